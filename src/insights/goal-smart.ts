// The SMART check shown beside every goal (SPEC §3.4): each letter passes, or says why not.
import { METRICS_IN_WORDS, metricDefinition } from "../model/metrics";
import type { GoalSpec, Metric, SmartLetter } from "../model/types";
import type { Achievability } from "./goal-achievable";
import type { GoalTiming, GoalTimingError } from "./goal-timing";

export interface SmartResult {
  ok: boolean;
  /** Why the letter fails, in words for the user; null when it passes. */
  reason: string | null;
}

export type SmartCheck = Record<SmartLetter, SmartResult>;

/** The five letters in order, each with its initial and its word: what the goal block and the text report show. */
export const SMART_LETTERS: readonly { letter: SmartLetter; short: string; word: string }[] = [
  { letter: "specific", short: "S", word: "Specific" },
  { letter: "measurable", short: "M", word: "Measurable" },
  { letter: "achievable", short: "A", word: "Achievable" },
  { letter: "relevant", short: "R", word: "Relevant" },
  { letter: "timeBound", short: "T", word: "Time-bound" },
];

/** A reason found here; `generic` ones only say a value is missing, which a parser issue says better. */
interface Finding {
  text: string;
  generic: boolean;
}

function specificProblem(goal: GoalSpec): Finding | null {
  if (goal.metric === undefined) {
    const text =
      goal.metricText !== undefined && goal.metricText.trim() !== ""
        ? `metric '${goal.metricText}' is not one of ${METRICS_IN_WORDS}`
        : `it has no metric: say what to count (${METRICS_IN_WORDS})`;
    return { text, generic: true };
  }
  if (metricDefinition(goal.metric).counts.of === "contacts" && goal.filters.kind.length > 0) {
    return {
      text: `kind does not apply to ${goal.metric} (contacts have no kind); use tag, level or company`,
      generic: false,
    };
  }
  return null;
}

/** What a goal that counts is counted with. */
export interface CountedGoal {
  metric: Metric;
  target: number;
  timing: GoalTiming;
}

/** Letters that decide whether a goal counts at all (SPEC §3.4); Achievable and Relevant are only advice. */
const COUNTING_LETTERS: ReadonlySet<SmartLetter> = new Set<SmartLetter>(["specific", "measurable", "timeBound"]);

/**
 * The one rule for whether a goal counts (SPEC §3.4): Specific (a known metric and valid filters), Measurable
 * (a whole-number target ≥ 1) and Time-bound (a valid period or due) all hold. Null: the goal is `invalid`.
 * A filter the parser could not read (`level: seniro`) fails S: the goal is not counted as if it had none.
 */
export function countedGoal(goal: GoalSpec, timing: GoalTiming | GoalTimingError): CountedGoal | null {
  const { metric, target } = goal;
  if (!timing.ok || metric === undefined || target === undefined) return null;
  if (specificProblem(goal) !== null || goal.issues.some((issue) => COUNTING_LETTERS.has(issue.letter))) return null;
  return { metric, target, timing };
}

function generic(text: string | null | undefined): Finding | null {
  return text === null || text === undefined ? null : { text, generic: true };
}

function specificOnly(text: string | null | undefined): Finding | null {
  return text === null || text === undefined ? null : { text, generic: false };
}

/**
 * Each letter: the reasons the parser found (goal.issues) and the ones found here, joined. `achievable`
 * is null when the goal is too incomplete to judge; another letter then carries the failure.
 */
export function smartCheck(
  goal: GoalSpec,
  timing: GoalTiming | GoalTimingError,
  achievable: Achievability | null,
): SmartCheck {
  const found: Record<SmartLetter, Finding | null> = {
    specific: specificProblem(goal),
    measurable: generic(goal.target === undefined ? "the target must be a whole number of at least 1, such as 5" : null),
    achievable: specificOnly(achievable?.reason),
    relevant: generic(goal.why === undefined || goal.why.trim() === "" ? "add why: what does this goal serve?" : null),
    timeBound: timing.ok ? null : { text: timing.reason, generic: timing.generic },
  };
  const letters: SmartLetter[] = ["specific", "measurable", "achievable", "relevant", "timeBound"];
  const check = {} as SmartCheck;
  for (const letter of letters) {
    const reasons = goal.issues.filter((issue) => issue.letter === letter).map((issue) => issue.message);
    const own = found[letter];
    if (own !== null && !(own.generic && reasons.length > 0) && !reasons.includes(own.text)) reasons.push(own.text);
    check[letter] = reasons.length > 0 ? { ok: false, reason: reasons.join("; ") } : { ok: true, reason: null };
  }
  return check;
}
