// Counting a metric (SPEC §3.4) over several windows at once: each fact is read once and dropped into its window.
import type { DateWindow } from "../model/calendar";
import type { LocalDate, Metric, ResolvedInteraction } from "../model/types";
import type { CompiledFilters } from "./goal-filters";
import type { MetricIndex } from "./metric-index";
import { forEachBetween } from "./metric-index";

/** The window holding `date`, by binary search over windows sorted by start; -1 when in none (a gap). */
function windowOf(windows: readonly DateWindow[], date: LocalDate): number {
  let lo = 0;
  let hi = windows.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = windows[mid];
    if (w !== undefined && w.start <= date) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  const w = windows[found];
  return w !== undefined && date <= w.end ? found : -1;
}

/** The contacts passing the filters' contact part (null: no contact filters), computed once per index. */
function passingContacts(index: MetricIndex, filters: CompiledFilters): ReadonlySet<string> | null {
  const test = filters.contact;
  if (test === null) return null;
  let set = index.passing.get(filters.contactKey);
  if (set === undefined) {
    const paths = new Set<string>();
    for (const contact of index.view.contacts()) if (test(contact)) paths.add(contact.path);
    index.passing.set(filters.contactKey, paths);
    set = paths;
  }
  return set;
}

/** One pass over the facts in the windows' span, each dropped into its window. */
function scanWindows(
  index: MetricIndex,
  metric: Metric,
  filters: CompiledFilters,
  windows: readonly DateWindow[],
): number[] {
  const counts = windows.map(() => 0);
  const first = windows[0];
  const last = windows[windows.length - 1];
  if (first === undefined || last === undefined) return counts;
  const from = first.start;
  const to = last.end < index.today ? last.end : index.today;
  const passing = passingContacts(index, filters);
  const kinds = filters.kinds;
  // An interaction passes the contact filters when at least one attendee does (SPEC §3.4).
  const passes = (i: ResolvedInteraction): boolean =>
    (kinds === null || kinds.has(i.kind)) && (passing === null || i.attendees.some((p) => passing.has(p)));
  const bump = (date: LocalDate): void => {
    const at = windowOf(windows, date);
    if (at >= 0) counts[at] = (counts[at] ?? 0) + 1;
  };
  switch (metric) {
    case "interactions":
      forEachBetween(index.interactions, from, to, ({ date, interaction }) => {
        if (passes(interaction)) bump(date);
      });
      break;
    case "events":
      forEachBetween(index.interactions, from, to, ({ date, interaction }) => {
        if (interaction.kind === "event" && passes(interaction)) bump(date);
      });
      break;
    case "given":
      forEachBetween(index.interactions, from, to, ({ date, interaction }) => {
        if (interaction.gave.length > 0 && passes(interaction)) bump(date);
      });
      break;
    case "follow-ups-done":
      forEachBetween(index.followUpsDone, from, to, ({ date, interaction }) => {
        if (passes(interaction)) bump(date);
      });
      break;
    case "contacts-added":
      // The kind filter has no meaning for contacts; the SMART check says so rather than guessing.
      forEachBetween(index.contactsAdded, from, to, ({ date, contact }) => {
        if (passing === null || passing.has(contact.path)) bump(date);
      });
      break;
    case "people-met": {
      // The people counted are the attendees who pass: "5 people in marketing" skips the colleague who came along.
      const seen = windows.map(() => new Set<string>());
      forEachBetween(index.interactions, from, to, ({ date, interaction }) => {
        if (kinds !== null && !kinds.has(interaction.kind)) return;
        const people = seen[windowOf(windows, date)];
        if (people === undefined) return;
        for (const path of interaction.attendees) if (passing === null || passing.has(path)) people.add(path);
      });
      seen.forEach((people, i) => (counts[i] = people.size));
      break;
    }
  }
  return counts;
}

/**
 * The count of `metric` in each window (windows sorted by start, not overlapping). Only facts dated on
 * or before the index's today count. Counts are memoised in the index: goals share calendar periods.
 */
export function countWindows(
  index: MetricIndex,
  metric: Metric,
  filters: CompiledFilters,
  windows: readonly DateWindow[],
): number[] {
  const keys = windows.map((w) => `${metric}|${filters.key}|${w.start}|${w.end}`);
  const counts = keys.map((key) => index.counts.get(key));
  const missing = windows.filter((_, i) => counts[i] === undefined);
  if (missing.length > 0) {
    const fresh = scanWindows(index, metric, filters, missing);
    let j = 0;
    keys.forEach((key, i) => {
      if (counts[i] !== undefined) return;
      const count = fresh[j++] ?? 0;
      index.counts.set(key, count);
      counts[i] = count;
    });
  }
  return counts.map((c) => c ?? 0);
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
