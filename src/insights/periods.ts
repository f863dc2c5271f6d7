// Calendar periods by integer arithmetic: a goal's timing asks for ~30 periods, and model/calendar.ts's
// date-fns versions build and format Dates (~20 µs a call), which cost more than the counting itself.
// The results are the same (tests/insights/periods.test.ts compares them day by day).
import type { DateWindow } from "../model/calendar";
import type { Weekday } from "../model/settings";
import { WEEKDAYS } from "../model/settings";
import type { LocalDate, Period } from "../model/types";
import { dayNumber, daysFrom, fromDayNumber, plusDays } from "./day-numbers";

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function monthDays(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The months `first`..`last` of the year of `date`, as a window (the year text is kept as written). */
function months(date: LocalDate, first: number, last: number): DateWindow {
  const year = date.slice(0, 4);
  return { start: `${year}-${pad2(first)}-01`, end: `${year}-${pad2(last)}-${pad2(monthDays(Number(year), last))}` };
}

/** The period (week, month, quarter, year) that contains `date`: model/calendar's periodContaining. */
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
