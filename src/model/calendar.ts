// Calendar and period arithmetic on local dates (`YYYY-MM-DD`), once for everyone: no time of day, no
// time zone, ever. Plain integer day numbers rather than date-fns: the hot loops over thousands of
// contacts and follow-ups would build and format a Date per call (~20 µs each). tests/model/calendar.test.ts
// checks every function against the plain date-fns reading in tests/oracle/calendar.ts, day by day; main.js has no
// date-fns at all.
import type { Weekday } from "./settings";
import { LONGEST_DAYS, WEEKDAYS } from "./settings";
import type { LocalDate, Period } from "./types";

/** A span of days, both ends included. */
export interface DateWindow {
  start: LocalDate;
  end: LocalDate;
}

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
  // new Date(2026, 1, 30) rolls over to 2 March: an impossible date is rejected, not moved. An invalid Date (a year
  // past what Date holds, NaN) reads NaN here, which equals nothing.
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) return null;
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

/** The months in English, January first: in words ("30 June"), by their first three letters in rows, in LinkedIn's dates. */
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** The name of month 1–12 ("March"). */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** `YYYY-MM-DD` of a year, month (1-based) and day, zero-padded; not checked (parseLocalDate checks). */
export function dateText(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The local calendar date of a Date. */
export function fromDate(date: Date): LocalDate {
  return dateText(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Today in the local time zone of this process. */
export function localToday(now: Date = new Date()): LocalDate {
  return fromDate(now);
}

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` (H. Hinnant's days_from_civil: no Date, no time zone). */
export function dayNumber(date: LocalDate): number {
  // Digit by digit rather than three slices read by Number(): the index build reads ~150,000 dates.
  const at = (i: number): number => date.charCodeAt(i) - 48;
  let y = at(0) * 1000 + at(1) * 100 + at(2) * 10 + at(3);
  const m = at(5) * 10 + at(6);
  const d = at(8) * 10 + at(9);
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The `YYYY-MM-DD` of a day number (civil_from_days). */
export function fromDayNumber(n: number): LocalDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return dateText(y, m, d);
}

export function plusDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysFrom(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Month `month`, day `day` of `year`, the day clamped to the month's end: 29 February is 28 February in other years. */
export function anniversaryIn(year: number, month: number, day: number): LocalDate {
  return dateText(year, month, Math.min(day, daysInMonth(year, month)));
}

/** Calendar months, the day clamped to the month's end: 31 January + 1 month = 28/29 February. */
export function plusMonths(date: LocalDate, months: number): LocalDate {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return dateText(year, month, day);
}

/** The months `first`..`last` of the year of `date`, as a window (the year text is kept as written). */
function months(date: LocalDate, first: number, last: number): DateWindow {
  const year = date.slice(0, 4);
  return { start: `${year}-${pad(first, 2)}-01`, end: `${year}-${pad(last, 2)}-${pad(daysInMonth(Number(year), last), 2)}` };
}

/** The period (week, month, quarter, year) that contains `date`; weeks start on `weekStart`. */
export function periodOf(date: LocalDate, period: Period, weekStart: Weekday): DateWindow {
  switch (period) {
    case "week": {
      const day = dayNumber(date);
      // Day 0 (1970-01-01) was a Thursday; WEEKDAYS counts from Sunday, as date-fns does.
      const weekday = (((day + 4) % 7) + 7) % 7;
      const start = day - ((weekday - WEEKDAYS.indexOf(weekStart) + 7) % 7);
      return { start: fromDayNumber(start), end: fromDayNumber(start + 6) };
    }
    case "month": {
      const month = Number(date.slice(5, 7));
      return months(date, month, month);
    }
    case "quarter": {
      const first = Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 1;
      return months(date, first, first + 2);
    }
    case "year":
      return months(date, 1, 12);
  }
}

/** The period just before the one that starts on `start`. */
export function periodBefore(start: LocalDate, period: Period, weekStart: Weekday): DateWindow {
  return periodOf(plusDays(start, -1), period, weekStart);
}

/** The period just after the one that ends on `end`. */
export function periodAfter(end: LocalDate, period: Period, weekStart: Weekday): DateWindow {
  return periodOf(plusDays(end, 1), period, weekStart);
}

/** Days in a window, both ends included. */
export function lengthOf(window: DateWindow): number {
  return daysFrom(window.start, window.end) + 1;
}
