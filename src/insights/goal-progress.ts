// One goal's progress (SPEC §3.4): window, count, status, pace, history, streak and SMART check.
import type { DateWindow } from "../model/calendar";
import { daysFrom } from "../model/calendar";
import type { Weekday } from "../model/settings";
import type { GoalFilters, GoalSpec, LocalDate, Metric, Period } from "../model/types";
import type { Achievability } from "./goal-achievable";
import { achievability } from "./goal-achievable";
import type { CompiledFilters } from "../parse/filters";
import { compileFilters } from "../parse/filters";
import type { GoalStatus, Pace } from "./goal-pace";
import { goalPace, paceText } from "./goal-pace";
import type { SmartCheck } from "./goal-smart";
import { countedGoal, smartCheck } from "./goal-smart";
import type { GoalState, GoalTiming, GoalTimingError } from "./goal-timing";
import { goalTiming } from "./goal-timing";
import { goalTitle } from "./goal-title";
import type { GoalCounter } from "./goal-counter";

export interface HistoryEntry {
  start: LocalDate;
  end: LocalDate;
  count: number;
  hit: boolean;
}

export interface GoalProgress {
  note: string;
  /** Order of the block within its note. */
  index: number;
  /** 0-based line of the block's opening fence. */
  line: number;
  /** The block's title, or one generated from the goal. */
  title: string;
  /** True when `title` was generated. */
  titleGenerated: boolean;
  metric: Metric | null;
  target: number | null;
  period: Period | null;
  due: LocalDate | null;
  start: LocalDate | null;
  end: LocalDate | null;
  filters: GoalFilters;
  why: string | null;
  /** Null when the goal is invalid. Never starts before `start`. */
  window: DateWindow | null;
  state: GoalState | null;
  /** Null when the goal is invalid; 0 when not started. */
  count: number | null;
  /** The count that keeps the goal on track today: floor(target × elapsed ÷ length). */
  expected: number | null;
  status: GoalStatus;
  pace: Pace | null;
  paceText: string;
  /** Hit periods in a row ending with the latest completed one; null for one-off and invalid goals. */
  streak: number | null;
  /** Completed periods, newest first (at most 12); [] for one-off and invalid goals. */
  history: HistoryEntry[];
  smart: SmartCheck;
  achievability: Achievability | null;
}

function statusOf(
  count: number,
  target: number,
  window: DateWindow,
  today: LocalDate,
  expected: number,
): "done" | "missed" | "on-track" | "behind" {
  if (count >= target) return "done";
  if (window.end < today) return "missed";
  return count >= expected ? "on-track" : "behind";
}

/** floor(target × elapsed ÷ length), elapsed counting the window's days up to and including today. */
export function expectedByToday(target: number, window: DateWindow, today: LocalDate): number {
  const length = daysFrom(window.start, window.end) + 1;
  const elapsed = Math.min(length, Math.max(0, daysFrom(window.start, today) + 1));
  return Math.floor((target * elapsed) / length);
}

export function streakOf(history: readonly HistoryEntry[]): number {
  let streak = 0;
  while (streak < history.length && history[streak]?.hit === true) streak++;
  return streak;
}

/** What goal progress adds to the goal as written: the part computed from the counts and today. */
type Outcome = Omit<
  GoalProgress,
  "note" | "index" | "line" | "title" | "titleGenerated" | "metric" | "target" | "period" | "due" | "filters" | "why"
>;

/**
 * The goal as written and its outcome in one object literal listing every field: spreading a shared part into
 * the result made each goal ~2 × slower to build.
 */
function assemble(goal: GoalSpec, outcome: Outcome): GoalProgress {
  return {
    note: goal.note,
    index: goal.index,
    line: goal.line,
    title: goalTitle(goal),
    titleGenerated: !goal.title?.trim(),
    metric: goal.metric ?? null,
    target: goal.target ?? null,
    period: goal.period ?? null,
    due: goal.period === undefined ? (goal.due ?? null) : null,
    filters: goal.filters,
    why: goal.why?.trim() || null,
    start: outcome.start,
    end: outcome.end,
    window: outcome.window,
    state: outcome.state,
    count: outcome.count,
    expected: outcome.expected,
    status: outcome.status,
    pace: outcome.pace,
    paceText: outcome.paceText,
    streak: outcome.streak,
    history: outcome.history,
    smart: outcome.smart,
    achievability: outcome.achievability,
  };
}

/** What a caller counting the same goal again for the same today may have kept from the last time. */
export interface GoalParts {
  /** `compileFilters(goal.filters)`. */
  filters?: CompiledFilters;
  /** `goalTiming(goal, counter.today, weekStart)`. */
  timing?: GoalTiming | GoalTimingError;
}

export function goalProgress(goal: GoalSpec, counter: GoalCounter, weekStart: Weekday, known: GoalParts = {}): GoalProgress {
  const today = counter.today;
  const timing = known.timing ?? goalTiming(goal, today, weekStart);
  const counted = countedGoal(goal, timing);
  if (counted === null) {
    const invalid = { status: "invalid" as const, count: null, target: goal.target ?? null, window: null, pace: null };
    return assemble(goal, {
      start: timing.ok ? timing.start : null,
      end: timing.ok ? timing.end : null,
      window: null,
      state: null,
      count: null,
      expected: null,
      status: "invalid",
      pace: null,
      paceText: paceText(invalid, today),
      streak: null,
      history: [],
      smart: smartCheck(goal, timing, null),
      achievability: null,
    });
  }
  const { metric, target, timing: running } = counted;
  const filters = known.filters ?? compileFilters(goal.filters);
  // One counting pass for the history and the current window together, oldest first.
  const windows = [...running.history].reverse();
  if (running.state === "running") windows.push(running.window);
  const counts = counter.countWindows(metric, filters, windows);
  const history: HistoryEntry[] = running.history.map((w, i) => {
    const count = counts[running.history.length - 1 - i] ?? 0;
    return { start: w.start, end: w.end, count, hit: count >= target };
  });
  let count = 0;
  if (running.state === "running") count = counts[counts.length - 1] ?? 0;
  else if (running.state === "over") count = history[0]?.count ?? counter.countWindows(metric, filters, [running.window])[0] ?? 0;
  const expected = expectedByToday(target, running.window, today);
  const status: Exclude<GoalStatus, "invalid"> =
    running.state === "not-started" ? "not-started" : statusOf(count, target, running.window, today, expected);
  const pace = goalPace(status, count, target, running.window, today);
  const achievable = achievability(metric, target, running, counter, weekStart);
  const repeating = running.period !== null;
  return assemble(goal, {
    start: running.start,
    end: running.end,
    window: running.window,
    state: running.state,
    count,
    expected,
    status,
    pace,
    paceText: paceText({ status, count, target, window: running.window, pace }, today),
    streak: repeating ? streakOf(history) : null,
    history: repeating ? history : [],
    smart: smartCheck(goal, running, achievable),
    achievability: achievable,
  });
}
