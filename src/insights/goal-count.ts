// Counting a metric (SPEC §3.4) over several windows at once: each fact is read once and dropped into its window.
import type { DateWindow } from "../model/calendar";
import type { LocalDate, Metric } from "../model/types";
import type { CompiledFilters } from "./goal-filters";
import { interactionPasses, kindPasses } from "./goal-filters";
import type { MetricIndex } from "./metric-index";
import { forEachBetween } from "./metric-index";
import { normaliseKind } from "./order";

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

/**
 * The count of `metric` in each window (windows sorted by start, not overlapping). Only facts dated on
 * or before the index's today count. For `people-met` the counted people are the attendees who pass
 * the contact filters: "meet 5 people in marketing" does not count the colleague who came along.
 */
export function countWindows(
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
  const view = index.view;
  const bump = (date: LocalDate): void => {
    const at = windowOf(windows, date);
    if (at >= 0) counts[at] = (counts[at] ?? 0) + 1;
  };
  switch (metric) {
    case "interactions":
    case "events":
    case "given":
      forEachBetween(index.interactions, from, to, ({ date, interaction }) => {
        if (metric === "events" && normaliseKind(interaction.kind) !== "event") return;
        if (metric === "given" && interaction.gave.length === 0) return;
        if (interactionPasses(interaction, filters, view)) bump(date);
      });
      break;
    case "follow-ups-done":
      forEachBetween(index.followUpsDone, from, to, ({ date, interaction }) => {
        if (interactionPasses(interaction, filters, view)) bump(date);
      });
      break;
    case "contacts-added": {
      // The kind filter has no meaning for contacts; the SMART check says so rather than guessing.
      const test = filters.contact;
      forEachBetween(index.contactsAdded, from, to, ({ date, contact }) => {
        if (test === null || test(contact)) bump(date);
      });
      break;
    }
    case "people-met": {
      const seen = windows.map(() => new Set<string>());
      const test = filters.contact;
      forEachBetween(index.interactions, from, to, ({ date, interaction }) => {
        if (!kindPasses(interaction, filters)) return;
        const at = windowOf(windows, date);
        const people = seen[at];
        if (people === undefined) return;
        for (const path of interaction.attendees) {
          if (test === null || test(view.contact(path))) people.add(path);
        }
      });
      seen.forEach((people, i) => (counts[i] = people.size));
      break;
    }
  }
  return counts;
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
