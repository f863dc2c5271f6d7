// Date arithmetic by plain integer day numbers, for the hot loops over thousands of contacts and
// follow-ups: the date-fns helpers in model/calendar.ts build a Date and format it on every call,
// which costs ~20 µs each. The results are the same (tests/insights/day-numbers.test.ts checks them).
import type { Duration, LocalDate } from "../model/types";

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` (H. Hinnant's days_from_civil: no Date, no time zone). */
export function dayNumber(date: LocalDate): number {
  let y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
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
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
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

/** Calendar months, the day clamped to the month's end: 31 January + 1 month = 28/29 February. */
export function plusMonths(date: LocalDate, months: number): LocalDate {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function plusDuration(date: LocalDate, duration: Duration): LocalDate {
  switch (duration.unit) {
    case "day":
      return plusDays(date, duration.amount);
    case "week":
      return plusDays(date, duration.amount * 7);
    case "month":
      return plusMonths(date, duration.amount);
    case "year":
      return plusMonths(date, duration.amount * 12);
  }
}
