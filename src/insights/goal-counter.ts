// What goal progress needs to count: one interface, two sources — the fact table of one view and one today
// (metric-index.ts, any view, built in one pass), and the index's live facts (live-report.ts, kept up to date).
import type { DateWindow } from "../model/calendar";
import type { LocalDate, Metric } from "../model/types";
import type { CompiledFilters } from "../parse/filters";

export interface GoalCounter {
  readonly today: LocalDate;
  /** The count of `metric` in each window, each counted on its own; facts after today never count. */
  countWindows(metric: Metric, filters: CompiledFilters, windows: readonly DateWindow[]): number[];
  /**
   * The Achievable check's best count under `key` (metric, span, week start), computed by `compute` only
   * when the facts it reads have changed since it was last asked.
   */
  best(metric: Metric, key: string, compute: () => number): number;
}
