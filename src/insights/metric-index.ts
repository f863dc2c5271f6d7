// What every goal and review counts from, for one view and one today: the fact table (built eagerly, one
// pass) and, built only when a review first asks, the facts bucketed by month in the view's order.
import type { Contact, LocalDate, NetworkView, ResolvedInteraction } from "../model/types";
import type { FactTable } from "./fact-table";
import { buildFactTable } from "./fact-table";
import { countWindows } from "./goal-count";
import type { GoalCounter } from "./goal-counter";


export interface DatedInteraction {
  date: LocalDate;
  interaction: ResolvedInteraction;
}

export interface AddedContact {
  date: LocalDate;
  contact: Contact;
}

export interface MetricIndex extends GoalCounter {
  readonly view: NetworkView;
  readonly today: LocalDate;
  /** The flat facts goal counts read; counting memos hang off it (goal-count.ts, goal-people.ts). */
  readonly facts: FactTable;
  /** Interactions dated on or before today, by `YYYY-MM` of their date. */
  readonly interactions: ReadonlyMap<string, readonly DatedInteraction[]>;
  /** Completed follow-ups, by month of the day they were done (on or before today). */
  readonly followUpsDone: ReadonlyMap<string, readonly DatedInteraction[]>;
  /** Non-`target` contacts by month of the day they were added (first met, else earliest interaction). */
  readonly contactsAdded: ReadonlyMap<string, readonly AddedContact[]>;
  /** Latest interaction on or before today per attendee path (SPEC §3.1), from the same pass. */
  readonly lastInteraction: ReadonlyMap<string, LocalDate>;
}

interface Buckets {
  interactions: Map<string, DatedInteraction[]>;
  followUpsDone: Map<string, DatedInteraction[]>;
  contactsAdded: Map<string, AddedContact[]>;
}

function push<T>(buckets: Map<string, T[]>, date: LocalDate, item: T): void {
  const key = date.slice(0, 7);
  const bucket = buckets.get(key);
  if (bucket) bucket.push(item);
  else buckets.set(key, [item]);
}

/** Month buckets in the order of the view, which a review's tallies (first spelling of a company) depend on. */
function bucketsOf(facts: FactTable): Buckets {
  const { dates, dateRank, doneRank, addedRank } = facts;
  const interactions = new Map<string, DatedInteraction[]>();
  const followUpsDone = new Map<string, DatedInteraction[]>();
  facts.interactions.forEach((interaction, i) => {
    const done = doneRank[i] ?? -1;
    if (done >= 0) push(followUpsDone, dates[done] ?? "", { date: dates[done] ?? "", interaction });
    const rank = dateRank[i] ?? -1;
    if (rank >= 0) push(interactions, dates[rank] ?? "", { date: dates[rank] ?? "", interaction });
  });
  const contactsAdded = new Map<string, AddedContact[]>();
  facts.contacts.forEach((contact, id) => {
    const rank = addedRank[id] ?? -1;
    if (rank >= 0) push(contactsAdded, dates[rank] ?? "", { date: dates[rank] ?? "", contact });
  });
  return { interactions, followUpsDone, contactsAdded };
}

function lastInteractions(facts: FactTable): Map<string, LocalDate> {
  const latest = new Map<string, LocalDate>();
  facts.people.forEach((path, id) => {
    const rank = facts.lastRank[id] ?? -1;
    if (rank >= 0) latest.set(path, facts.dates[rank] ?? "");
  });
  return latest;
}

export function buildMetricIndex(view: NetworkView, today: LocalDate): MetricIndex {
  const facts = buildFactTable(view, today);
  let buckets: Buckets | null = null;
  let latest: Map<string, LocalDate> | null = null;
  // The table never changes, so a best count once computed stands.
  const bests = new Map<string, number>();
  const index: MetricIndex = {
    view,
    today,
    facts,
    countWindows: (metric, filters, windows) => countWindows(index, metric, filters, windows),
    best(_metric, key, compute) {
      let best = bests.get(key);
      if (best === undefined) bests.set(key, (best = compute()));
      return best;
    },
    get interactions() {
      return (buckets ??= bucketsOf(facts)).interactions;
    },
    get followUpsDone() {
      return (buckets ??= bucketsOf(facts)).followUpsDone;
    },
    get contactsAdded() {
      return (buckets ??= bucketsOf(facts)).contactsAdded;
    },
    get lastInteraction() {
      return (latest ??= lastInteractions(facts));
    },
  };
  return index;
}

/** The `YYYY-MM` keys from the month of `from` to the month of `to`, inclusive. */
export function monthKeys(from: LocalDate, to: LocalDate): string[] {
  const keys: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const endYear = Number(to.slice(0, 4));
  const endMonth = Number(to.slice(5, 7));
  while (year < endYear || (year === endYear && month <= endMonth)) {
    keys.push(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return keys;
}

/** Calls `visit` for every bucketed item dated from `from` to `to` inclusive, in month order. */
export function forEachBetween<T extends { date: LocalDate }>(
  buckets: ReadonlyMap<string, readonly T[]>,
  from: LocalDate,
  to: LocalDate,
  visit: (item: T) => void,
): void {
  if (from > to) return;
  for (const key of monthKeys(from, to)) {
    const bucket = buckets.get(key);
    if (!bucket) continue;
    for (const item of bucket) {
      if (item.date >= from && item.date <= to) visit(item);
    }
  }
}
