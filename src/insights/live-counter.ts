// Goal counts for one today, read from the index's live facts: additive metrics from their series, people met
// swept over the attendance table (memoised per window until a change touches a day in it).
import type { DateWindow } from "../model/calendar";
import type { LocalDate, Metric } from "../model/types";
import type { FactChange, FactIndex } from "../index/facts";
import { seriesKey } from "../index/series";
import { dayNumber } from "./day-numbers";
import type { GoalCounter } from "./goal-counter";
import type { CompiledFilters } from "./goal-filters";
import { NO_FILTERS } from "./goal-filters";

/** Goal counts read from the index's live facts for one today; people met memoised per window until a day in it changes. */
export class LiveCounter implements GoalCounter {
  private readonly todayDay: number;
  private readonly met = new Map<string, { filters: CompiledFilters; from: number; to: number; count: number }>();
  private readonly bests = new Map<string, { best: number; low: number; counts: string }>();
  /** The earliest day counted since `track` began. */
  private low = Number.POSITIVE_INFINITY;
  /** Person id → the last sweep that counted them. */
  private seen = new Int32Array(0);
  private sweep = 0;

  constructor(
    readonly today: LocalDate,
    private readonly facts: FactIndex,
  ) {
    this.todayDay = dayNumber(today);
  }

  countWindows(metric: Metric, filters: CompiledFilters, windows: readonly DateWindow[]): number[] {
    for (const w of windows) if (w.start <= w.end) this.low = Math.min(this.low, dayNumber(w.start));
    if (metric === "people-met") return windows.map((w) => (w.start > w.end ? 0 : this.peopleMet(filters, w)));
    const series = this.facts.series(metric, filters);
    // Facts after today are scheduled, not done: every window stops at today.
    return windows.map((w) => series.countBetween(dayNumber(w.start), Math.min(dayNumber(w.end), this.todayDay)));
  }

  best(metric: Metric, key: string, compute: () => number): number {
    let known = this.bests.get(key);
    if (known === undefined) {
      const outer = this.low;
      this.low = Number.POSITIVE_INFINITY;
      const best = compute();
      known = { best, low: this.low, counts: countsOf(metric, NO_FILTERS) };
      this.bests.set(key, known);
      this.low = outer;
    }
    this.low = Math.min(this.low, known.low);
    return known.best;
  }

  /**
   * Counts `measure` and returns it with the earliest day any count it made reads from (today is the last):
   * a change on a day outside [low, today] cannot move what it computed.
   */
  track<T>(measure: () => T): { value: T; low: number } {
    this.low = Number.POSITIVE_INFINITY;
    const value = measure();
    return { value, low: this.low };
  }

  /** Whether `day` falls where counts from `low` up to today read. */
  reads(low: number, day: number): boolean {
    return Number.isNaN(day) || (day >= low && day <= this.todayDay);
  }

  /** Distinct attendees passing the filters, of interactions passing the kind filter, in the window up to today. */
  private peopleMet(filters: CompiledFilters, window: DateWindow): number {
    const key = `${filters.key}|${window.start}|${window.end}`;
    const known = this.met.get(key);
    if (known !== undefined) return known.count;
    const from = dayNumber(window.start);
    const to = Math.min(dayNumber(window.end), this.todayDay);
    const facts = this.facts;
    let kinds: Uint8Array | null = null;
    if (filters.kinds !== null) {
      const ids = [...filters.kinds].map((kind) => facts.kindId(kind));
      kinds = new Uint8Array(facts.kindCount);
      for (const id of ids) kinds[id] = 1;
    }
    const people = facts.personCount;
    if (this.seen.length < people) this.seen = new Int32Array(Math.max(people, this.seen.length * 2));
    const passing = facts.passing(filters);
    const { seen } = this;
    const sweep = ++this.sweep;
    const table = facts.attendances;
    const { person, kind } = table.columns();
    const end = to < from ? 0 : table.lowerBound(to + 1);
    let count = 0;
    for (let at = to < from ? 0 : table.lowerBound(from); at < end; at++) {
      const id = person[at] ?? 0;
      if (seen[id] === sweep) continue;
      if (kinds !== null && kinds[kind[at] ?? 0] !== 1) continue;
      if (passing !== null && passing[id] !== 1) continue;
      seen[id] = sweep;
      count++;
    }
    this.met.set(key, { filters, from, to, count });
    return count;
  }

  /** Drops the people-met counts and best records a change can have moved. */
  forget(change: FactChange): void {
    for (const [key, memo] of this.bests) {
      const moved =
        memo.counts === PEOPLE_MET
          ? change.days.some((day) => this.reads(memo.low, day))
          : change.moves.some((move) => move.key === memo.counts && this.reads(memo.low, move.day));
      if (moved) this.bests.delete(key);
    }
    if (change.days.length === 0 && !change.filtersTouched) return;
    for (const [key, memo] of this.met) {
      const hit = change.days.some((day) => day >= memo.from && day <= memo.to);
      if (hit || (change.filtersTouched && memo.filters.contact !== null)) this.met.delete(key);
    }
  }
}

/** What a count of `metric` under `filters` reads: a series key, or people met (swept from the attendances). */
export const PEOPLE_MET = "people-met";
export function countsOf(metric: Metric, filters: CompiledFilters): string {
  return metric === "people-met" ? PEOPLE_MET : seriesKey(metric, filters);
}
