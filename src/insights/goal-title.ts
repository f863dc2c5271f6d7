// A readable title for a goal block that has none ("Meet 5 people per quarter").
import { metricDefinition } from "../model/metrics";
import type { GoalSpec } from "../model/types";
import { monthName } from "./order";

function fullDate(date: string): string {
  const [year, month, day] = date.split("-");
  return `${Number(day)} ${monthName(Number(month))} ${year}`;
}

function filterWords(goal: GoalSpec): string {
  const { kind, tag, level, company } = goal.filters;
  const parts: string[] = [];
  const add = (label: string, values: readonly string[]): void => {
    if (values.length > 0) parts.push(`${label}: ${values.join(" or ")}`);
  };
  add("kind", kind);
  add("tag", tag);
  add("level", level);
  add("company", company);
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
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
  const when = goal.period !== undefined ? ` per ${goal.period}` : goal.due !== undefined ? ` by ${fullDate(goal.due)}` : "";
  return `${what}${when}${filterWords(goal)}`;
}
