// Calendar arithmetic on local dates (`YYYY-MM-DD`): no time of day, no time zone, ever.
import {
  addDays as addDaysToDate,
  addMonths as addMonthsToDate,
  differenceInCalendarDays,
  endOfMonth,
  endOfQuarter,
  endOfWeek,
  endOfYear,
  isValid,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from "date-fns";
import type { Duration, LocalDate, Period } from "./types";
import type { Weekday } from "./settings";
import { LONGEST_DAYS, WEEKDAYS } from "./settings";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The one date range rule: the years a date may have, wherever it comes from (a note, a goal, a review period,
 * `--today`, a YAML date). Dates compare as `YYYY-MM-DD` text, which orders them only while every year has four
 * digits; the last century before 10000 is kept free so that every date the engine computes from one it read
 * (a cadence or a window of at most LONGEST_SPAN later, the period after a review's) still has four. Outside
 * the range a date is a problem, never read as another year and never looped on (docs/note-format.md, Limits).
 */
export const DATE_RANGE = { first: 1000, last: 9899 } as const;
/** The longest cadence or window of days the engine adds to a date: 100 years (docs/note-format.md, Limits). */
export const LONGEST_SPAN = { years: 100, months: 1_200, days: LONGEST_DAYS } as const;

/** Whether a year lies in DATE_RANGE. */
export function yearInRange(year: number): boolean {
  return Number.isInteger(year) && year >= DATE_RANGE.first && year <= DATE_RANGE.last;
}

/** Words for a date outside DATE_RANGE, for a problem message. */
export const OUT_OF_RANGE = `outside the years ${DATE_RANGE.first} to ${DATE_RANGE.last} that dates may have`;

/** The local calendar date `y-m-d` as a Date at local midnight (months 1-based); null if impossible. */
export function makeDate(year: number, month: number, day: number): Date | null {
  // setFullYear, not new Date(y, m, d): the constructor reads years 0 to 99 as 1900 to 1999.
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, month - 1, day);
  // new Date(2026, 1, 30) rolls over to 2 March: an impossible date is rejected, not moved.
  if (!isValid(d) || d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) return null;
  return d;
}

/** A `YYYY-MM-DD` that names a real calendar day in DATE_RANGE, or null. */
export function parseLocalDate(text: string): LocalDate | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  return yearInRange(year) && makeDate(year, Number(m[2]), Number(m[3])) ? text : null;
}

/** Whether `YYYY-MM-DD` text is shaped like a date but its year is outside DATE_RANGE (for the message). */
export function outOfRange(text: string): boolean {
  const m = ISO_DATE.exec(text);
  return m !== null && !yearInRange(Number(m[1]));
}

/** Local midnight of a LocalDate (which must be valid). */
export function toDate(date: LocalDate): Date {
  const [y, m, d] = date.split("-").map(Number);
  const local = new Date(2000, 0, 1);
  local.setFullYear(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  return local;
}

/** The local calendar date of a Date. */
export function fromDate(date: Date): LocalDate {
  const pad = (n: number, width: number): string => String(n).padStart(width, "0");
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** Today in the local time zone of this process. */
export function localToday(now: Date = new Date()): LocalDate {
  return fromDate(now);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDate(addDaysToDate(toDate(date), days));
}

/** Calendar months: 31 January + 1 month = 28/29 February. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  return fromDate(addMonthsToDate(toDate(date), months));
}

export function addDuration(date: LocalDate, duration: Duration): LocalDate {
  switch (duration.unit) {
    case "day":
      return addDays(date, duration.amount);
    case "week":
      return addDays(date, duration.amount * 7);
    case "month":
      return addMonths(date, duration.amount);
    case "year":
      return addMonths(date, duration.amount * 12);
  }
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

export interface DateWindow {
  start: LocalDate;
  end: LocalDate;
}

function weekStartsOn(weekStart: Weekday): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  return WEEKDAYS.indexOf(weekStart) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
}

/** The period (week, month, quarter, year) that contains `date`. */
export function periodContaining(date: LocalDate, period: Period, weekStart: Weekday): DateWindow {
  const d = toDate(date);
  switch (period) {
    case "week": {
      const opts = { weekStartsOn: weekStartsOn(weekStart) };
      return { start: fromDate(startOfWeek(d, opts)), end: fromDate(endOfWeek(d, opts)) };
    }
    case "month":
      return { start: fromDate(startOfMonth(d)), end: fromDate(endOfMonth(d)) };
    case "quarter":
      return { start: fromDate(startOfQuarter(d)), end: fromDate(endOfQuarter(d)) };
    case "year":
      return { start: fromDate(startOfYear(d)), end: fromDate(endOfYear(d)) };
  }
}

/** Days in a window, both ends included. */
export function windowLength(window: DateWindow): number {
  return daysBetween(window.start, window.end) + 1;
}

export function inWindow(date: LocalDate, window: DateWindow): boolean {
  return date >= window.start && date <= window.end;
}
