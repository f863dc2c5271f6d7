// When a goal runs (SPEC §3.4): its start, the window counted now, and its completed periods.
import type { DateWindow } from "../model/calendar";
import type { Weekday } from "../model/settings";
import type { GoalSpec, LocalDate, Period } from "../model/types";
import { periodAfter, periodBefore, periodOf } from "../model/calendar";

export type GoalState = "not-started" | "running" | "over";

export interface GoalTiming {
  ok: true;
  /** Null for a one-off goal. */
  period: Period | null;
  start: LocalDate;
  /** The goal's last day: `end` for a repeating goal (when set), `due` for a one-off goal. */
  end: LocalDate | null;
  /** The window counted now; never starts before `start` nor ends after `end`. */
  window: DateWindow;
  state: GoalState;
  /** Completed periods since start, newest first, at most `HISTORY_LIMIT`; [] for one-off goals. */
  history: DateWindow[];
}

export interface GoalTimingError {
  ok: false;
  /** Which SMART letter the failure belongs to, and why, in words for the user. */
  letter: "timeBound";
  reason: string;
  /** True when it only says the time is missing (the parser may have said which value was wrong). */
  generic: boolean;
}

export const HISTORY_LIMIT = 12;

function untimed(reason: string, generic = false): GoalTimingError {
  return { ok: false, letter: "timeBound", reason, generic };
}

function clip(window: DateWindow, start: LocalDate, end: LocalDate | null): DateWindow {
  return {
    start: window.start < start ? start : window.start,
    end: end !== null && window.end > end ? end : window.end,
  };
}

/**
 * A goal's start: its `start`; else the date of the note holding it; else the start of the current
 * period (repeating) or 1 January of the due year (one-off).
 */
export function goalStart(goal: GoalSpec, today: LocalDate, weekStart: Weekday): LocalDate | null {
  if (goal.start !== undefined) return goal.start;
  if (goal.noteDate !== undefined) return goal.noteDate;
  if (goal.period !== undefined) return periodOf(today, goal.period, weekStart).start;
  if (goal.due !== undefined) return `${goal.due.slice(0, 4)}-01-01`;
  return null;
}

/** Completed periods before (and including, when it has ended) `window`, newest first. */
function completedPeriods(
  window: DateWindow,
  period: Period,
  start: LocalDate,
  end: LocalDate | null,
  today: LocalDate,
  weekStart: Weekday,
): DateWindow[] {
  const history: DateWindow[] = [];
  if (window.end < today) history.push(window);
  // Step back from the whole period: the window may be clipped to start, and its day before is still in it.
  let cursor = periodBefore(periodOf(window.start, period, weekStart).start, period, weekStart);
  while (history.length < HISTORY_LIMIT && cursor.end >= start) {
    history.push(clip(cursor, start, end));
    cursor = periodBefore(cursor.start, period, weekStart);
  }
  return history;
}

/**
 * Where a goal stands on `today`. A period wins over `due` when a block has both (the parser reports
 * the clash); a repeating goal's window is clipped to `end`, its last day.
 */
export function goalTiming(goal: GoalSpec, today: LocalDate, weekStart: Weekday): GoalTiming | GoalTimingError {
  const start = goalStart(goal, today, weekStart);
  if (start === null || (goal.period === undefined && goal.due === undefined)) {
    return untimed("it has no period (week, month, quarter or year) or due date", true);
  }
  if (goal.period === undefined) {
    const due = goal.due ?? start;
    if (start > due) return untimed(`it starts (${start}) after it is due (${due})`);
    const state: GoalState = today < start ? "not-started" : today > due ? "over" : "running";
    return { ok: true, period: null, start, end: due, window: { start, end: due }, state, history: [] };
  }
  const period = goal.period;
  const end = goal.end ?? null;
  if (end !== null && end < start) {
    return untimed(`it ends (${end}) before it starts (${start})`);
  }
  if (today < start) {
    const window = clip(periodOf(start, period, weekStart), start, end);
    return { ok: true, period, start, end, window, state: "not-started", history: [] };
  }
  const over = end !== null && today > end;
  const window = clip(periodOf(over ? end : today, period, weekStart), start, end);
  const history = completedPeriods(window, period, start, end, today, weekStart);
  return { ok: true, period, start, end, window, state: over ? "over" : "running", history };
}

/**
 * The goal's periods (clipped to its start and end) whose last day falls in `range`, oldest first:
 * what a review over `range` reports as hit or missed.
 */
export function periodsEndingIn(timing: GoalTiming, range: DateWindow, weekStart: Weekday): DateWindow[] {
  if (timing.period === null) {
    return timing.window.end >= range.start && timing.window.end <= range.end ? [timing.window] : [];
  }
  const periods: DateWindow[] = [];
  const from = range.start > timing.start ? range.start : timing.start;
  let cursor = periodOf(from, timing.period, weekStart);
  while (cursor.start <= range.end && (timing.end === null || cursor.start <= timing.end)) {
    const clipped = clip(cursor, timing.start, timing.end);
    if (clipped.end >= range.start && clipped.end <= range.end) periods.push(clipped);
    cursor = periodAfter(cursor.end, timing.period, weekStart);
  }
  return periods;
}
