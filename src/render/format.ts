// Words for dates, counts and distances in time, shared by every rendered section.
import type { DateWindow } from "../model/calendar";
import { monthName } from "../model/calendar";
import { plural } from "../model/words";
import type { LocalDate } from "../model/types";


/**
 * "30 Jun": for rows, where the year is nearly always this one. Read from the date's own digits
 * (what date-fns' "d MMM" says, without a Date per row), so no time zone can move the day.
 */
export function shortDate(date: LocalDate): string {
  return `${Number(date.slice(8, 10))} ${shortMonth(date)}`;
}

/** "Jun": the month of a date, as shortDate writes it (the first three letters of its name). */
export function shortMonth(date: LocalDate): string {
  return monthName(Number(date.slice(5, 7))).slice(0, 3);
}

/** "30 Jun", or "20 Jan 2025" when `today` is given and the year is not today's. */
export function shortDay(date: LocalDate, today?: LocalDate): string {
  const year = date.slice(0, 4);
  if (today === undefined || year === today.slice(0, 4)) return shortDate(date);
  return `${shortDate(date)} ${year}`;
}

// "30 June", or "30 June 2027" when the year is not today's: one definition, shared with the CLI and pace text.
export { dayInWords } from "../insights/order";

/** "1 Oct – 31 Dec", with years only when the window is not within today's year. */
export function windowInWords(window: DateWindow, today: LocalDate): string {
  const year = today.slice(0, 4);
  const sameYear = window.start.slice(0, 4) === year && window.end.slice(0, 4) === year;
  const words = (date: LocalDate): string => (sameYear ? shortDate(date) : `${shortDate(date)} ${date.slice(0, 4)}`);
  return `${words(window.start)} – ${words(window.end)}`;
}

// "1 day", "3 days": the words' own rule (model/words.ts), which the text report and review say too.
export { plural };

/** "in 3 days", "tomorrow", "today", "yesterday", "11 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  return days > 0 ? `in ${plural(days, "day")}` : `${plural(-days, "day")} ago`;
}

// "11 days overdue", "due today": insights/order's, which the text report says too.
export { overdueInWords } from "../insights/order";

/** A note path as a reader names it: the file name without folder or `.md`. */
export { basenameOf as basename } from "../model/paths";
