// What goal progress needs to count, for one today: the live facts answer it (live-counter.ts); the tests hold
// them to a plain reading of SPEC §3 behind the same interface (tests/oracle).
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
