// Counting a metric (SPEC §3.4) in any window: two lookups in a running total per day, built once per
// metric and filter set, for everything but people met (distinct, so swept per window in goal-people.ts).
//
// Two hundred goals each counting a dozen past periods read the vault millions of times when each window
// was scanned; distinct filter sets are few, so one pass per set over the fact table answers them all.
import type { DateWindow } from "../model/calendar";
import type { Metric } from "../model/types";
import type { AdditiveMetric } from "../model/metrics";
import { isAdditive, metricDefinition } from "../model/metrics";
import type { FactTable } from "./fact-table";
import { rankAfter, rankFrom } from "./fact-table";
import type { CompiledFilters } from "../parse/filters";
import { kindMask, passingInteractions, passingPeople, peopleMet } from "./goal-people";
import type { MetricIndex } from "./metric-index";

type Additive = AdditiveMetric;

/** Per metric and filters (and per metric and kind id, `#id`): total[r] = facts on ranks before r. */
const totals = new WeakMap<FactTable, Map<string, Int32Array>>();

/** Interaction indexes grouped by kind: those of kind k are list[start[k] .. start[k+1]). */
const byKind = new WeakMap<FactTable, { start: Int32Array; list: Int32Array }>();

function kindGroups(facts: FactTable): { start: Int32Array; list: Int32Array } {
  const known = byKind.get(facts);
  if (known) return known;
  const start = new Int32Array(facts.kinds.size + 1);
  for (const k of facts.kind) start[k + 1] = (start[k + 1] ?? 0) + 1;
  for (let k = 1; k < start.length; k++) start[k] = (start[k] ?? 0) + (start[k - 1] ?? 0);
  const next = start.slice(0, facts.kinds.size);
  const list = new Int32Array(facts.kind.length);
  facts.kind.forEach((k, i) => {
    const at = next[k] ?? 0;
    next[k] = at + 1;
    list[at] = i;
  });
  const groups = { start, list };
  byKind.set(facts, groups);
  return groups;
}

/** Adds to `total[rank + 1]` the interactions `only` lists (null: all) that count for `metric`. */
function tally(facts: FactTable, metric: Additive, only: Int32Array | null, kinds: Uint8Array | null, total: Int32Array): void {
  const counts = metricDefinition(metric).counts;
  if (counts.of !== "interactions") return;
  const ranks = counts.on === "follow-up-done" ? facts.doneRank : facts.dateRank;
  const event = counts.kind !== undefined ? (facts.kinds.get(counts.kind) ?? -1) : -2;
  const given = counts.gave === true;
  const { kind, gave } = facts;
  const n = only === null ? facts.interactions.length : only.length;
  for (let j = 0; j < n; j++) {
    const i = only === null ? j : (only[j] ?? 0);
    const rank = ranks[i] ?? -1;
    if (rank < 0) continue;
    const k = kind[i] ?? 0;
    if (kinds !== null && kinds[k] !== 1) continue;
    if (event !== -2 && k !== event) continue;
    if (given && gave[i] !== 1) continue;
    total[rank + 1] = (total[rank + 1] ?? 0) + 1;
  }
}

function accumulate(total: Int32Array): Int32Array {
  for (let r = 1; r < total.length; r++) total[r] = (total[r] ?? 0) + (total[r - 1] ?? 0);
  return total;
}

/** The running total of one kind (by id): goals filtering by kind share these, each read once. */
function kindTotal(facts: FactTable, memo: Map<string, Int32Array>, metric: Additive, kind: number): Int32Array {
  const key = `${metric}|#${kind}`;
  const known = memo.get(key);
  if (known) return known;
  const { start, list } = kindGroups(facts);
  const total = new Int32Array(facts.dates.length + 1);
  tally(facts, metric, list.subarray(start[kind] ?? 0, start[kind + 1] ?? 0), null, total);
  memo.set(key, accumulate(total));
  return total;
}

/** The running total of an additive metric under the filters, from the facts the filters can let through. */
function runningTotal(facts: FactTable, metric: Additive, filters: CompiledFilters): Int32Array {
  let memo = totals.get(facts);
  if (memo === undefined) totals.set(facts, (memo = new Map<string, Int32Array>()));
  const key = `${metric}|${filters.key}`;
  const known = memo.get(key);
  if (known) return known;
  const total = new Int32Array(facts.dates.length + 1);
  const pass = passingPeople(facts, filters);
  if (metricDefinition(metric).counts.of === "contacts") {
    // The kind filter has no meaning for contacts; the SMART check says so rather than guessing.
    const { addedRank } = facts;
    for (let id = 0; id < facts.contacts.length; id++) {
      const rank = addedRank[id] ?? -1;
      if (rank >= 0 && (pass === null || pass[id] === 1)) total[rank + 1] = (total[rank + 1] ?? 0) + 1;
    }
    accumulate(total);
  } else if (pass === null && filters.kinds !== null) {
    // Kind filters only: the sum of each kind's total, so each kind is read once whatever the combinations.
    for (const name of filters.kinds) {
      const kind = facts.kinds.get(name);
      if (kind === undefined) continue;
      const part = kindTotal(facts, memo, metric, kind);
      for (let r = 0; r < total.length; r++) total[r] = (total[r] ?? 0) + (part[r] ?? 0);
    }
  } else {
    // An interaction passes the contact filters when at least one attendee does (SPEC §3.4).
    tally(facts, metric, pass === null ? null : passingInteractions(facts, filters, pass), kindMask(facts, filters), total);
    accumulate(total);
  }
  memo.set(key, total);
  return total;
}

/**
 * The count of `metric` in each window, each counted on its own (overlaps are fine). Only facts dated
 * on or before the index's today count.
 */
export function countWindows(
  index: MetricIndex,
  metric: Metric,
  filters: CompiledFilters,
  windows: readonly DateWindow[],
): number[] {
  const facts = index.facts;
  if (!isAdditive(metric)) return windows.map((w) => (w.start > w.end ? 0 : peopleMet(facts, filters, w.start, w.end)));
  const total = runningTotal(facts, metric, filters);
  return windows.map((w) => {
    const from = rankFrom(facts.dates, w.start);
    const to = rankAfter(facts.dates, w.end);
    return to > from ? (total[to] ?? 0) - (total[from] ?? 0) : 0;
  });
}

/** The count of `metric` in one window. */
export function countWindow(
  index: MetricIndex,
  metric: Metric,
  filters: CompiledFilters,
  window: DateWindow,
): number {
  return countWindows(index, metric, filters, [window])[0] ?? 0;
}
