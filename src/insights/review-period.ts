// Reading a review's period (`2026-Q1`, `2026-03`, `2026`, `2026-W10`, `last-quarter`, …) into a window.
//
// Weeks: week 1 of a year is the week (starting on the week-start setting) that contains 4 January.
// With Monday weeks this is exactly ISO 8601; with Sunday weeks it keeps the same idea, so a year's
// weeks never change meaning when the setting does not.
import type { DateWindow } from "../model/calendar";
import { OUT_OF_RANGE, daysFrom, parseLocalDate, periodBefore, periodOf, plusDays, yearInRange } from "../model/calendar";
import type { Weekday } from "../model/settings";
import type { LocalDate, Period } from "../model/types";
import { monthName } from "./order";

/** A review's window, how it is called, its kind, and the window of the same kind just before it. */
export interface ReviewWindow {
  window: DateWindow;
  label: string;
  kind: Period;
  previous: DateWindow;
}

export type ReviewPeriod = ({ ok: true } & ReviewWindow) | { ok: false; message: string };

function found(window: DateWindow, kind: Period, weekStart: Weekday, label = labelOf(window, kind, weekStart)): ReviewPeriod {
  return { ok: true, window, label, kind, previous: periodBefore(window.start, kind, weekStart) };
}

const FORMS =
  "2026-Q1, 2026-03, 2026, 2026-W10, this-week, last-week, this-month, last-month, this-quarter, last-quarter, this-year or last-year";

function weekOne(year: number, weekStart: Weekday): LocalDate {
  return periodOf(`${String(year).padStart(4, "0")}-01-04`, "week", weekStart).start;
}

function labelOf(window: DateWindow, period: Period, weekStart: Weekday): string {
  const year = Number(window.start.slice(0, 4));
  const month = Number(window.start.slice(5, 7));
  switch (period) {
    case "year":
      return String(year);
    case "quarter":
      return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
    case "month":
      return `${monthName(month)} ${year}`;
    case "week": {
      // The week belongs to the year whose week 1 it follows (ISO: 29 Dec may be in week 1 of next year).
      let weekYear = Number(plusDays(window.start, 3).slice(0, 4));
      if (window.start < weekOne(weekYear, weekStart)) weekYear -= 1;
      const n = Math.round(daysFrom(weekOne(weekYear, weekStart), window.start) / 7) + 1;
      return `Week ${n} of ${weekYear}`;
    }
  }
}

function relative(spec: string, today: LocalDate, weekStart: Weekday): ReviewPeriod | null {
  const m = /^(this|last)-(week|month|quarter|year)$/.exec(spec);
  if (!m) return null;
  const period = m[2] as Period;
  const current = periodOf(today, period, weekStart);
  return found(m[1] === "this" ? current : periodBefore(current.start, period, weekStart), period, weekStart);
}

/** Parses a review period; `today` resolves the relative forms. Case and surrounding spaces do not matter. */
export function parseReviewPeriod(text: string, today: LocalDate, weekStart: Weekday): ReviewPeriod {
  const spec = text.trim().toLowerCase();
  const rel = relative(spec, today, weekStart);
  if (rel) return rel;
  const bad: ReviewPeriod = { ok: false, message: `period '${text.trim()}' is not one of ${FORMS}` };
  // Every form starts with its year: one outside the date range is refused before any arithmetic runs on it.
  const year = /^(\d+)(?:-|$)/.exec(spec);
  if (year && !yearInRange(Number(year[1]))) return { ok: false, message: `period '${text.trim()}' is ${OUT_OF_RANGE}` };
  let m = /^(\d{4})$/.exec(spec);
  if (m) {
    return found(periodOf(`${m[1]}-01-01`, "year", weekStart), "year", weekStart);
  }
  m = /^(\d{4})-q([1-4])$/.exec(spec);
  if (m) {
    const month = (Number(m[2]) - 1) * 3 + 1;
    return found(periodOf(`${m[1]}-${String(month).padStart(2, "0")}-01`, "quarter", weekStart), "quarter", weekStart);
  }
  m = /^(\d{4})-(\d{2})$/.exec(spec);
  if (m) {
    const first = parseLocalDate(`${m[1]}-${m[2]}-01`);
    if (first === null) return bad;
    return found(periodOf(first, "month", weekStart), "month", weekStart);
  }
  m = /^(\d{4})-w(\d{1,2})$/.exec(spec);
  if (m) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    const start = plusDays(weekOne(year, weekStart), 7 * (week - 1));
    if (week < 1 || start >= weekOne(year + 1, weekStart)) {
      return { ok: false, message: `${year} has no week ${week}` };
    }
    return found({ start, end: plusDays(start, 6) }, "week", weekStart, `Week ${week} of ${year}`);
  }
  return bad;
}
