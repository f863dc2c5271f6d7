// What the exports read off the engine: the calendar's rows from the report itself (SPEC §3.2, §3.3), and each
// contact's last contact (SPEC §3.1) for the CSV. Nothing is counted again here.
import type { NetworkIndex } from "../index/network-index";
import { NO_DAY } from "../index/people";
import { dayNumber, fromDayNumber } from "../model/calendar";
import { LONGEST_DAYS, type Settings } from "../model/settings";
import type { Contact, LocalDate } from "../model/types";
import { nameKey } from "../parse/keys";
import { LiveReport } from "./live-report";
import { sortByKey } from "./order";
import { lastContactDay } from "./reconnect";

export interface CalendarRows {
  followUps: { note: string; due: LocalDate; names: string[] }[];
  reconnect: { contact: string; name: string; due: LocalDate; lastContact: LocalDate }[];
}

/**
 * Every open follow-up (the report's upcoming window widened to the longest the engine allows, so none is left
 * out) and every reconnect row with a due date ("no contact logged" rows have none), as the report has them.
 */
export function calendarRows(index: NetworkIndex, today: LocalDate, settings: Pick<Settings, "weekStart">): CalendarRows {
  const report = new LiveReport(index).report(today, { weekStart: settings.weekStart, upcomingDays: LONGEST_DAYS });
  const name = (path: string) => index.contact(path)?.name ?? path;
  return {
    followUps: report.followUps.map((row) => ({ note: row.note, due: row.due, names: row.contacts.map(name) })),
    reconnect: report.reconnect.flatMap((row) =>
      row.due === null || row.lastContact === null ? [] : [{ contact: row.contact, name: row.name, due: row.due, lastContact: row.lastContact }],
    ),
  };
}

/** A contact's last contact as of `today`, as the reconnect list reckons it; undefined when there is none. */
export function lastContactOf(index: NetworkIndex, path: string, today: LocalDate): LocalDate | undefined {
  const day = lastContactDay(index.facts, index.facts.personId(path), dayNumber(today));
  return day === NO_DAY ? undefined : fromDayNumber(day);
}

/** Every contact, by name as the lists sort them (then by path). */
export function contactsByName(index: NetworkIndex): Contact[] {
  return sortByKey([...index.contacts()], (c) => [nameKey(c.name), c.path]);
}
