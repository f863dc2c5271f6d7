// A readable title for a goal block that has none ("Meet 5 people per quarter").
import { metricDefinition } from "../model/metrics";
import type { GoalFilters, GoalSpec } from "../model/types";
import { dayInWords } from "./order";

/** ["kind: coffee or call", "tag: marketing"]: a goal's filters in words, as its title and its block say them. */
export function filterWords(filters: GoalFilters): string[] {
  return (["kind", "tag", "level", "company"] as const)
    .filter((key) => filters[key].length > 0)
    .map((key) => `${key}: ${filters[key].join(" or ")}`);
}

/** The goal's own title when it has one, else one built from its metric, target, time and filters. */
export function goalTitle(goal: GoalSpec): string {
  const own = goal.title?.trim();
  if (own) return own;
  let what: string;
  if (goal.metric === undefined) {
    what = goal.metricText?.trim() ? `Goal: ${goal.metricText.trim()}` : "Untitled goal";
  } else if (goal.target === undefined) {
    what = metricDefinition(goal.metric).title.uncounted;
  } else {
    const { one, many } = metricDefinition(goal.metric).title;
    what = (goal.target === 1 ? one : many).replace("#", String(goal.target));
  }
  // The due date with its year, always: a title is read long after it was written.
  const when = goal.period !== undefined ? ` per ${goal.period}` : goal.due !== undefined ? ` by ${dayInWords(goal.due, "")}` : "";
  const filters = filterWords(goal.filters);
  return `${what}${when}${filters.length > 0 ? ` (${filters.join("; ")})` : ""}`;
}
