// Goal counts for one today, read from the index's live facts: additive metrics from their series, people met
// swept over the attendance table (memoised per window until a change touches a day in it).
import type { DateWindow } from "../model/calendar";
import type { LocalDate, Metric } from "../model/types";
import { isAdditive } from "../model/metrics";
import type { FactChange, LiveFacts } from "../index/facts";
import { seriesKey } from "../index/series";
import { dayNumber } from "../model/calendar";
import type { GoalCounter } from "./goal-counter";
import type { CompiledFilters } from "../parse/filters";
import { NO_FILTERS } from "../parse/filters";

/** An Achievable record a goal read, and what it was then. */
export interface BestRead {
  readonly key: string;
  readonly best: number;
}

interface BestMemo {
  best: number;
  /** The earliest day its count read, and what it counted. */
  low: number;
  counts: string;
  compute: () => number;
  /** A count it read moved: computed again before it is next read. */
  stale: boolean;
}

/** People met in one window under one set of filters, up to today. */
interface MetMemo {
  readonly key: string;
  readonly filters: CompiledFilters;
  readonly from: number;
  readonly to: number;
  count: number;
}

/** Goal counts read from the index's live facts for one today; people met memoised per window until a day in it changes. */
export class LiveCounter implements GoalCounter {
  readonly #todayDay: number;
  readonly #met = new Map<string, MetMemo>();
  readonly #bests = new Map<string, BestMemo>();
  /** The earliest day counted since `track` began (the records it read aside: see `bestsRead`). */
  #low = Number.POSITIVE_INFINITY;
  /** The records read since `track` began (null outside `track`: a goal block counting on its own keeps none). */
  #bestsRead: BestRead[] | null = null;
  readonly #facts: LiveFacts;

  constructor(
    readonly today: LocalDate,
    facts: LiveFacts,
  ) {
    this.#facts = facts;
    this.#todayDay = dayNumber(today);
  }

  countWindows(metric: Metric, filters: CompiledFilters, windows: readonly DateWindow[]): number[] {
    for (const w of windows) if (w.start <= w.end) this.#low = Math.min(this.#low, dayNumber(w.start));
    if (!isAdditive(metric)) return windows.map((w) => (w.start > w.end ? 0 : this.#peopleMet(filters, w)));
    // Facts after today are scheduled, not done: every window stops at today.
    return windows.map((w) => this.#facts.count(metric, filters, dayNumber(w.start), Math.min(dayNumber(w.end), this.#todayDay)));
  }

  best(metric: Metric, key: string, compute: () => number): number {
    let known = this.#bests.get(key);
    if (known === undefined) {
      known = { best: 0, low: 0, counts: countsOf(metric, NO_FILTERS), compute, stale: true };
      this.#bests.set(key, known);
    }
    const best = this.#fresh(known).best;
    this.#bestsRead?.push({ key, best });
    return best;
  }

  /** The record computed again if a count it read moved (its days kept apart from the reader's). */
  #fresh(known: BestMemo): BestMemo {
    if (!known.stale) return known;
    const outer = this.#low;
    this.#low = Number.POSITIVE_INFINITY;
    known.best = known.compute();
    known.low = this.#low;
    known.stale = false;
    this.#low = outer;
    return known;
  }

  /**
   * Counts `measure` and returns it with the earliest day its own counts read from (today is the last) and the
   * records it read: it stands until a change lands on a day in [low, today] or one of those records moves.
   */
  track<T>(measure: () => T): { value: T; low: number; bests: BestRead[] } {
    this.#low = Number.POSITIVE_INFINITY;
    const bests: BestRead[] = [];
    this.#bestsRead = bests;
    try {
      return { value: measure(), low: this.#low, bests };
    } finally {
      this.#bestsRead = null;
    }
  }

  /** Whether any of these records is not what it was when read (records a change touched are computed again). */
  bestsMoved(reads: readonly BestRead[]): boolean {
    return reads.some((read) => {
      const known = this.#bests.get(read.key);
      return known === undefined || this.#fresh(known).best !== read.best;
    });
  }

  /** Whether `day` falls where counts from `low` up to today read. */
  reads(low: number, day: number): boolean {
    return Number.isNaN(day) || (day >= low && day <= this.#todayDay);
  }

  /** Distinct people met in the window up to today, remembered until a change touches a day in it. */
  #peopleMet(filters: CompiledFilters, window: DateWindow): number {
    const key = `${filters.key}|${window.start}|${window.end}`;
    const known = this.#met.get(key);
    if (known !== undefined) return known.count;
    const from = dayNumber(window.start);
    const to = Math.min(dayNumber(window.end), this.#todayDay);
    const count = this.#facts.count(PEOPLE_MET, filters, from, to);
    this.#met.set(key, { key, filters, from, to, count });
    return count;
  }

  /**
   * Drops the people-met counts and best records a change can have moved. Called for every change with every memo,
   * so it allocates nothing: loops, not closures.
   */
  forget(change: FactChange): void {
    const { days, moves } = change;
    for (const memo of this.#bests.values()) {
      if (memo.stale) continue;
      if (memo.counts === PEOPLE_MET) {
        for (const day of days) if (this.reads(memo.low, day)) memo.stale = true;
      } else {
        for (const move of moves) if (move.key === memo.counts && this.reads(memo.low, move.day)) memo.stale = true;
      }
    }
    if (days.length === 0 && change.filterDays.length === 0) return;
    for (const memo of this.#met.values()) {
      if (anyBetween(days, memo.from, memo.to)) {
        this.#met.delete(memo.key);
        continue;
      }
      // A contact whose verdict under the filters flipped is one person more or fewer, if they met someone in the
      // window (a kind the filters let through): no sweep of the window's attendances.
      const flip = change.flip === null ? 0 : change.flip(memo.filters);
      if (flip !== 0 && metIn(change, memo.filters, memo.from, memo.to)) memo.count += flip;
    }
  }
}

function anyBetween(days: readonly number[], from: number, to: number): boolean {
  for (const day of days) if (day >= from && day <= to) return true;
  return false;
}

/** Whether the contact of a change attended an interaction from day `from` to `to` of a kind `filters` let through. */
function metIn(change: FactChange, filters: CompiledFilters, from: number, to: number): boolean {
  const { filterDays, filterKinds } = change;
  for (let i = 0; i < filterDays.length; i++) {
    const day = filterDays[i] as number;
    if (day >= from && day <= to && (filters.kinds === null || filters.kinds.has(filterKinds[i] as string))) return true;
  }
  return false;
}

/** What a count of `metric` under `filters` reads: a series key, or people met (swept from the attendances). */
export const PEOPLE_MET: Metric = "people-met";
/**
 * Where the days go on which people met under the contact part of `filters` may move: a contact whose verdict
 * under it flipped met people on those days.
 */
export function filteredPeopleMet(filters: CompiledFilters): string {
  return `${PEOPLE_MET}|${filters.contactKey}`;
}
export function countsOf(metric: Metric, filters: CompiledFilters): string {
  return isAdditive(metric) ? seriesKey(metric, filters) : PEOPLE_MET;
}
