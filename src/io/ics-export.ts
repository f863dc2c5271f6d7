// A calendar of open follow-ups and reconnect due dates (SPEC §6), as RFC 5545 text: all-day events, CRLF,
// lines folded at 75 octets without splitting a character, text escaped, and a UID per event that stays the
// same from one export to the next, so a calendar that imports the file again updates rather than duplicates.
import { plusDays } from "../model/calendar";
import { basenameOf } from "../model/paths";
import type { LocalDate } from "../model/types";

/** One all-day event. */
export interface CalendarEvent {
  uid: string;
  date: LocalDate;
  summary: string;
  description?: string;
}

/** An open follow-up as the report lists it (SPEC §3.3), with its people's names. */
export interface FollowUpEntry {
  note: string;
  due: LocalDate;
  names: readonly string[];
}

/** A reconnect row with a due date (SPEC §3.2). */
export interface ReconnectEntry {
  contact: string;
  name: string;
  due: LocalDate;
  lastContact: LocalDate;
}

/** 64 bits of FNV-1a over the text's UTF-16 code units, as 16 hex digits: a short, stable id for a path. */
function stableId(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}

/**
 * The events of the export: one per open follow-up (on its follow-up date) and one per reconnect row with a
 * due date. UIDs come from the note's path, not the date: a snoozed follow-up keeps its event and moves it.
 */
export function calendarEvents(followUps: readonly FollowUpEntry[], reconnect: readonly ReconnectEntry[]): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const f of followUps) {
    const who = f.names.length > 0 ? ` with ${f.names.join(", ")}` : "";
    events.push({
      uid: `follow-up-${stableId(f.note)}@network-goals`,
      date: f.due,
      summary: `Follow up${who} (${basenameOf(f.note)})`,
      description: `Open follow-up of ${f.note}.`,
    });
  }
  for (const r of reconnect) {
    events.push({
      uid: `reconnect-${stableId(r.contact)}@network-goals`,
      date: r.due,
      summary: `Reconnect with ${r.name}`,
      description: `Last contact ${r.lastContact}. ${r.contact}`,
    });
  }
  return events;
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped, line breaks as `\n`. */
export function icsText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/**
 * One content line folded (RFC 5545 §3.1): at most 75 octets a line, continuation lines opening with a space,
 * breaks only between characters (never inside a UTF-8 sequence or a surrogate pair), CRLF after each.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation 74 after its leading space.
    if (octets + size > 75) {
      out.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n") + "\r\n";
}

function basicDate(date: LocalDate): string {
  return date.replace(/-/g, "");
}

/** A UTC timestamp as `YYYYMMDDTHHMMSSZ`. */
function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
}

/** The calendar file. `now` is the export's time (DTSTAMP); events keep the order given. */
export function icsCalendar(events: readonly CalendarEvent[], now: Date): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Network Goals//Obsidian plugin//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Network Goals"];
  const dtstamp = stamp(now);
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${icsText(event.uid)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(plusDays(event.date, 1))}`,
      `SUMMARY:${icsText(event.summary)}`,
      ...(event.description === undefined ? [] : [`DESCRIPTION:${icsText(event.description)}`]),
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("");
}
