// The Achievable letter of the SMART check: is the target far beyond what the user has shown they can do?
//
// The rule (SPEC §3.4 leaves it to us):
//   demonstrated = the best count of the goal's metric in one comparable span, where the spans are
//     - repeating goal: the calendar period containing today and the ones before it, of the goal's own
//       period (12 weeks, 12 months, 4 quarters or 2 years — about a year of evidence, at least two spans);
//     - one-off goal: back-to-back spans as long as the goal's window, ending today, over the last year
//       (at least one, at most 12).
//     The count ignores the goal's filters: they say where the user wants to focus, and someone who
//     meets eight people a month can meet eight in marketing; what they have not shown is eighty.
//   floor  = 2 a week, scaled to the span (2 a week, 9 a month, 26 a quarter, 105 a year): a brand-new
//     user with no history may still set a modest goal such as one new person a week.
//   limit  = max(floor, 2 × demonstrated): doubling one's best is a stretch; more is wishful.
//   achievable when target ≤ limit.
// So "50 new contacts in one month" fails for someone whose best month had 5 (limit 10), and
// "one new person a week" passes for a new user (limit 2).
import type { DateWindow } from "../model/calendar";
import type { Weekday } from "../model/settings";
import type { LocalDate, Metric, Period } from "../model/types";
import { lengthOf, periodBefore, periodOf, plusDays } from "../model/calendar";
import type { GoalCounter } from "./goal-counter";
import { NO_FILTERS } from "../parse/filters";
import type { GoalTiming } from "./goal-timing";

export const FLOOR_PER_WEEK = 2;
export const STRETCH = 2;
const NOMINAL_DAYS: Record<Period, number> = { week: 7, month: 30, quarter: 91, year: 365 };
const LOOKBACK: Record<Period, number> = { week: 12, month: 12, quarter: 4, year: 2 };

export interface Achievability {
  ok: boolean;
  /** The largest target the rule accepts. */
  limit: number;
  /** The best count in one comparable span. */
  best: number;
  floor: number;
  /** In words, when not ok. */
  reason: string | null;
}

/** The spans the user's record is read from, oldest first (as `countWindows` wants them). */
function comparableSpans(timing: GoalTiming, today: LocalDate, weekStart: Weekday): DateWindow[] {
  const spans: DateWindow[] = [];
  if (timing.period !== null) {
    let span = periodOf(today, timing.period, weekStart);
    for (let i = 0; i < LOOKBACK[timing.period]; i++) {
      spans.push(span);
      span = periodBefore(span.start, timing.period, weekStart);
    }
  } else {
    const length = lengthOf(timing.window);
    const count = Math.min(12, Math.max(1, Math.floor(365 / length)));
    let end = today;
    for (let i = 0; i < count; i++) {
      spans.push({ start: plusDays(end, 1 - length), end });
      end = plusDays(end, -length);
    }
  }
  return spans.reverse();
}

/** "a month", "in 30 days": the span named the way the reason sentence needs it. */
function spanWords(timing: GoalTiming): { per: string; inOne: string } {
  if (timing.period !== null) return { per: `a ${timing.period}`, inOne: `in a ${timing.period}` };
  const days = lengthOf(timing.window);
  return { per: `in ${days} days`, inOne: `in ${days} days` };
}

export function achievability(
  metric: Metric,
  target: number,
  timing: GoalTiming,
  counter: GoalCounter,
  weekStart: Weekday,
): Achievability {
  const days = timing.period !== null ? NOMINAL_DAYS[timing.period] : lengthOf(timing.window);
  // The record ignores the goal's filters, so goals sharing a metric and a span share it: one count per pair.
  const key = `${metric}|${timing.period ?? days}|${weekStart}`;
  const best = counter.best(metric, key, () =>
    Math.max(0, ...counter.countWindows(metric, NO_FILTERS, comparableSpans(timing, counter.today, weekStart))),
  );
  const floor = Math.max(1, Math.ceil((FLOOR_PER_WEEK * days) / 7));
  const limit = Math.max(floor, STRETCH * best);
  if (target <= limit) return { ok: true, limit, best, floor, reason: null };
  const words = spanWords(timing);
  const reason =
    best > 0
      ? `${target} ${words.per} is more than twice your best so far (${best} ${words.inOne} over the last year); aim for at most ${limit}`
      : `${target} ${words.per} is a lot with no track record yet; start with at most ${limit} and raise it`;
  return { ok: false, limit, best, floor, reason };
}
