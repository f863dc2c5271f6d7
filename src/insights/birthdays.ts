// Birthdays coming up (SPEC §3.8): a contact's next birthday, and who has one within the window.
import type { Birthday, Contact, LocalDate } from "../model/types";
import { anniversaryIn, dayNumber } from "../model/calendar";
import { nameKey } from "../parse/keys";
import { comparePaths } from "./order";

/** Every next birthday is at most this many days away (a year, leap day included). */
export const BIRTHDAYS_AHEAD = 366;

export interface NextBirthday {
  /** The day of the next birthday, today or later. */
  date: LocalDate;
  /** Days from today (0: today). */
  inDays: number;
  /** The age they turn then; null when the year of birth is unknown. */
  turns: number | null;
}

export interface BirthdayRow extends NextBirthday {
  contact: string;
  name: string;
}

/** The next birthday on or after `today`: this year's, or next year's once it has passed (29 February on 28 February in other years). */
export function nextBirthday(birthday: Birthday, today: LocalDate): NextBirthday {
  const year = Number(today.slice(0, 4));
  let date = anniversaryIn(year, birthday.month, birthday.day);
  if (date < today) date = anniversaryIn(year + 1, birthday.month, birthday.day);
  const turns = birthday.year === undefined ? null : Number(date.slice(0, 4)) - birthday.year;
  return { date, inDays: dayNumber(date) - dayNumber(today), turns: turns !== null && turns > 0 ? turns : null };
}

/** A contact's birthday row when it is not archived and its next birthday is at most `days` days away. */
export function birthdayRow(contact: Contact, today: LocalDate, days: number): BirthdayRow | null {
  if (contact.birthday === undefined || contact.status === "archived") return null;
  const next = nextBirthday(contact.birthday, today);
  if (next.inDays > days) return null;
  return { contact: contact.path, name: contact.name, date: next.date, inDays: next.inDays, turns: next.turns };
}

/** A row with what it sorts by, computed once. */
export interface KeyedBirthdayRow {
  row: BirthdayRow;
  name: string;
}

export function keyBirthdayRow(row: BirthdayRow): KeyedBirthdayRow {
  return { row, name: nameKey(row.name) };
}

/** Soonest first, then by name, then by path. */
export function compareBirthdays(a: KeyedBirthdayRow, b: KeyedBirthdayRow): number {
  return a.row.inDays - b.row.inDays || comparePaths(a.name, b.name) || comparePaths(a.row.contact, b.row.contact);
}

/** The rows of `rows` (in the order above) at most `days` days away: a prefix. */
export function birthdaysWithin(rows: readonly BirthdayRow[], days: number): BirthdayRow[] {
  let end = 0;
  while (end < rows.length && (rows[end] as BirthdayRow).inDays <= days) end++;
  return rows.slice(0, end);
}
