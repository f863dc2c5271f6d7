// The `network-goal` block: title, what is counted, progress, pace, history, streak and the SMART check.
import type { GoalProgress } from "../insights/goal-progress";
import { filterWords } from "../insights/goal-title";
import type { LocalDate } from "../model/types";
import { SMART_LETTERS } from "../insights/goal-smart";
import { progressBar } from "./dom";
import { dayInWords, plural, windowInWords } from "./format";
import { renderBarChart } from "./chart";
import { goalCountText, goalStatusBadge, STATUS_TONES, streakText } from "./goal-parts";

/** "people-met · 5 per quarter · tag: marketing": what the goal counts, as the block says it. */
export function goalDefinitionText(progress: GoalProgress, today: LocalDate): string {
  const parts: string[] = [progress.metric ?? "no metric"];
  const target = progress.target === null ? "no target" : String(progress.target);
  if (progress.period !== null) parts.push(`${target} per ${progress.period}`);
  else if (progress.due !== null) parts.push(`${target} by ${dayInWords(progress.due, today)}`);
  else parts.push(target);
  parts.push(...filterWords(progress.filters));
  return parts.join(" · ");
}

/** Completed periods as small bars, oldest on the left, with the target as a line across them. */
function renderHistory(parent: HTMLElement, progress: GoalProgress, today: LocalDate): void {
  const { history, target, period } = progress;
  if (history.length === 0) return;
  const row = parent.createDiv({ cls: "ng-history" });
  row.createSpan({ cls: "ng-history-label", text: "History" });
  const bars = [...history].reverse().map((entry) => ({
    label: windowInWords(entry, today),
    value: entry.count,
    note: entry.hit ? "hit" : "missed",
    cls: entry.hit ? "ng-chart-hit" : "ng-chart-miss",
  }));
  const of = target === null ? "" : `, against a target of ${target}`;
  renderBarChart(row, bars, `History: the last ${plural(history.length, period ?? "period")}${of}`, target);
}

/** The five letters in a row, each passed or failed; below them, why each failing one fails. */
export function renderSmart(parent: HTMLElement, smart: GoalProgress["smart"]): void {
  const list = parent.createEl("ul", { cls: "ng-smart", attr: { "aria-label": "Specific, measurable, achievable, relevant, time-bound" } });
  const failing: { short: string; word: string; reason: string }[] = [];
  for (const { letter, short, word } of SMART_LETTERS) {
    const result = smart[letter];
    const item = list.createEl("li", { cls: ["ng-smart-item", result.ok ? "ng-smart-pass" : "ng-smart-fail"] });
    item.createSpan({
      cls: "ng-smart-letter",
      text: short,
      attr: { title: `${word}: ${result.ok ? "yes" : "no"}`, "aria-label": `${word}: ${result.ok ? "yes" : "no"}` },
    });
    if (!result.ok && result.reason !== null) failing.push({ short, word, reason: result.reason });
  }
  if (failing.length === 0) return;
  const reasons = parent.createEl("ul", { cls: "ng-smart-reasons" });
  for (const { short, word, reason } of failing) {
    const item = reasons.createEl("li", { cls: "ng-smart-fail" });
    item.createSpan({ cls: "ng-smart-letter", text: short, attr: { title: word, "aria-label": word } });
    item.createSpan({ cls: "ng-smart-reason", text: reason });
  }
}

/** Pace says something the count does not only while the goal is still running. */
export function paceWorthSaying(status: GoalProgress["status"]): boolean {
  return status === "on-track" || status === "behind" || status === "not-started";
}

/** Renders one goal's progress into the code block's element (emptied first). */
export function renderGoal(el: HTMLElement, progress: GoalProgress, today: LocalDate): void {
  el.empty();
  const root = el.createDiv({ cls: ["ng-block", "ng-goal", `ng-goal-${progress.status}`] });
  const header = root.createDiv({ cls: "ng-goal-header" });
  header.createDiv({ cls: "ng-goal-title", text: progress.title });
  goalStatusBadge(header, progress.status);
  root.createDiv({ cls: "ng-goal-definition", text: goalDefinitionText(progress, today) });
  if (progress.why !== null) root.createDiv({ cls: "ng-goal-why", text: `Why: ${progress.why}` });

  if (progress.count !== null && progress.target !== null) {
    progressBar(root, progress.count, progress.target, STATUS_TONES[progress.status]);
  }
  // An invalid goal has no count; its pace text says why it is not counted.
  if (progress.status !== "invalid") root.createDiv({ cls: "ng-goal-count", text: goalCountText(progress, today) });
  if (progress.status === "invalid" || paceWorthSaying(progress.status)) {
    root.createDiv({ cls: "ng-goal-pace", text: progress.paceText });
  }

  renderHistory(root, progress, today);
  const streak = streakText(progress);
  if (streak !== null) root.createDiv({ cls: "ng-goal-streak", text: streak });
  renderSmart(root, progress.smart);
}

export interface BlockProblem {
  field?: string;
  message: string;
}

/** A goal block that cannot be read (bad YAML, not a goal): what is wrong, in place of the goal. */
export function renderGoalError(el: HTMLElement, problems: readonly (BlockProblem | string)[], title = "This goal cannot be read"): void {
  el.empty();
  const root = el.createDiv({ cls: "ng-block ng-block-error", attr: { role: "alert" } });
  root.createDiv({ cls: "ng-error-title", text: title });
  const list = root.createEl("ul", { cls: "ng-error-list" });
  for (const problem of problems) {
    const item = list.createEl("li");
    if (typeof problem === "string") {
      item.setText(problem);
      continue;
    }
    if (problem.field !== undefined && problem.field !== "") item.createSpan({ cls: "ng-error-field", text: `${problem.field}: ` });
    item.appendText(problem.message);
  }
}
