// The CSV of contacts and the .ics calendar: RFC 4180 and RFC 5545 as other programs read them (papaparse,
// ical.js), formula-safe cells, folding that never splits a character, UIDs stable from one export to the next.
import { join } from "node:path";
import fc from "fast-check";
import ICAL from "ical.js";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { cli } from "../cli/run-cli";
import { csvCell, csvText } from "../../src/io/csv-export";
import { calendarEvents, foldLine, icsCalendar, icsText } from "../../src/io/ics-export";

const demo = join(__dirname, "../../demo-vault");

describe("CSV cells", () => {
  it.each([
    ["=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\""],
    ["+1 555 0100", "'+1 555 0100"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "\"'\rx\""],
    ["Acme, Inc.", "\"Acme, Inc.\""],
    ["two\nlines", "\"two\nlines\""],
    ["plain", "plain"],
  ])("%j is written %j", (value, written) => expect(csvCell(value)).toBe(written));

  it("reads back through papaparse as written, every formula start guarded (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = Math.max(...rows.map((r) => r.length));
        // A header first: a file of one empty cell is, to any reader, no rows at all.
        const even = [Array<string>(width).fill("h"), ...rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")])];
        const text = csvText(even);
        expect(text.endsWith("\r\n")).toBe(true);
        const parsed = Papa.parse<string[]>(text.slice(0, -2), { delimiter: ",", newline: "\r\n" });
        expect(parsed.errors).toEqual([]);
        expect(parsed.data).toEqual(even.map((r) => r.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell))));
      }),
    );
  });
});

describe("export-csv over the demo vault", () => {
  it("writes one row per contact under the header, by name, with a BOM for spreadsheets", () => {
    const { code, out } = cli(["export-csv", "--vault", demo, "--today", "2026-11-22"]);
    expect(code).toBe(0);
    expect(out.startsWith("\ufeffName,Note,Status,Company,Role,Level,Tags,E-mail,Phone,LinkedIn,First met,Met at,Introduced by,Cadence,Last contact,Birthday,Purpose,Offer\r\n")).toBe(true);
    const rows = Papa.parse<string[]>(out.slice(1).trimEnd(), { delimiter: ",", newline: "\r\n" }).data;
    const report = JSON.parse(cli(["report", "--vault", demo, "--today", "2026-11-22", "--json"]).out) as { counts: { contacts: number } };
    expect(rows.length - 1).toBe(report.counts.contacts);
    const jane = rows.find((r) => r[1] === "People/Jane Doe.md");
    expect(jane?.slice(0, 4)).toEqual(["Jane Doe", "People/Jane Doe.md", "active", "Acme Corp"]);
    expect(jane?.[13]).toBe("1 month");
  });
});

describe("ICS text", () => {
  it("escapes backslashes, semicolons, commas and line breaks", () => {
    expect(icsText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds at 75 octets without splitting a character, and unfolds to the line (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const line = `SUMMARY:${icsText(text)}`;
        const folded = foldLine(line);
        expect(folded.endsWith("\r\n")).toBe(true);
        const physical = folded.slice(0, -2).split("\r\n");
        for (const [i, l] of physical.entries()) {
          expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
          if (i > 0) expect(l.startsWith(" ")).toBe(true);
          // A lone surrogate would mean a pair was split.
          expect(l).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        }
        expect(physical.map((l, i) => (i === 0 ? l : l.slice(1))).join("")).toBe(line);
      }),
    );
  });

  it("round-trips through ical.js: every event all-day, its summary and UID as written", () => {
    const events = calendarEvents(
      [{ note: "Meetings/2026-05-01 Coffee; with Ana, Bo.md", due: "2026-05-09", names: ["Ana María López", "Bo"] }],
      [{ contact: "People/Jane Doe.md", name: "Jane \"JD\" Doe — 日本語の名前がとても長い人のための折り返しテスト", due: "2026-04-20", lastContact: "2026-01-20" }],
    );
    const text = icsCalendar(events, new Date(Date.UTC(2026, 4, 20, 8, 30)));
    expect(text.split("\r\n").every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const vevents = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(vevents.map((e) => [e.uid, e.summary, e.startDate.isDate, e.startDate.toString(), e.endDate.toString()])).toEqual(
      events.map((e, i) => [e.uid, e.summary, true, e.date, i === 0 ? "2026-05-10" : "2026-04-21"]),
    );
    expect(vevents[0]?.summary).toBe("Follow up with Ana María López, Bo (2026-05-01 Coffee; with Ana, Bo)");
    expect(calendar.getFirstSubcomponent("vevent")?.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-05-20T08:30:00Z");
  });
});

describe("export-ics over the demo vault", () => {
  const exportIcs = (today: string) => cli(["export-ics", "--vault", demo, "--today", today]).out;

  it("has an event for every open follow-up and every reconnect due date of the report", () => {
    const report = JSON.parse(cli(["report", "--vault", demo, "--today", "2026-11-22", "--json"]).out) as {
      followUps: { note: string; due: string }[];
      reconnect: { contact: string; due: string | null }[];
    };
    const calendar = new ICAL.Component(ICAL.parse(exportIcs("2026-11-22")) as unknown[]);
    const dates = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c).startDate.toString()).sort();
    // The report lists follow-ups up to a week ahead; the calendar has every open one, so at least those.
    for (const row of report.followUps) expect(dates).toContain(row.due);
    for (const row of report.reconnect) if (row.due !== null) expect(dates).toContain(row.due);
    const reconnects = calendar.getAllSubcomponents("vevent").filter((c) => String(c.getFirstPropertyValue("uid")).startsWith("reconnect-"));
    expect(reconnects.length).toBe(report.reconnect.filter((r) => r.due !== null).length);
  });

  it("gives each event the same UID in the next export, so a calendar updates it", () => {
    const uids = (text: string) => text.split("\r\n").filter((l) => l.startsWith("UID:"));
    const first = uids(exportIcs("2026-11-22"));
    expect(first.length).toBeGreaterThan(0);
    expect(new Set(first).size).toBe(first.length);
    expect(uids(exportIcs("2026-11-22"))).toEqual(first);
  });
});
