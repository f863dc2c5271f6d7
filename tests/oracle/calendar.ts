// The calendar read plainly with date-fns (a Date at local midnight per call): the oracle that
// src/model/calendar.ts's integer arithmetic is checked against, day by day, and the date arithmetic of the
// SPEC oracle (spec.ts). Tests only.
import {
  addDays as addDaysToDate,
  addMonths as addMonthsToDate,
  differenceInCalendarDays,
  endOfMonth,
  endOfQuarter,
  endOfWeek,
  endOfYear,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from "date-fns";
import type { DateWindow } from "../../src/model/calendar";
import { fromDate } from "../../src/model/calendar";
import type { Weekday } from "../../src/model/settings";
import { WEEKDAYS } from "../../src/model/settings";
import type { Duration, LocalDate, Period } from "../../src/model/types";

/** Local midnight of a LocalDate (which must be valid). */
export function toDate(date: LocalDate): Date {
  const [y, m, d] = date.split("-").map(Number);
  // setFullYear, not new Date(y, m, d): the constructor reads years 0 to 99 as 1900 to 1999.
  const local = new Date(2000, 0, 1);
  local.setFullYear(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  return local;
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

