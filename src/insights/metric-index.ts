// The dated facts every goal metric counts, gathered in one pass and bucketed by month, so a goal or a
// review reads only the months its windows span instead of every interaction in the vault.
import type { Contact, LocalDate, NetworkView, ResolvedInteraction } from "../model/types";

export interface DatedInteraction {
  date: LocalDate;
  interaction: ResolvedInteraction;
}

export interface AddedContact {
  date: LocalDate;
  contact: Contact;
}

export interface MetricIndex {
  readonly view: NetworkView;
  readonly today: LocalDate;
  /** Interactions dated on or before today, by `YYYY-MM` of their date. */
  readonly interactions: ReadonlyMap<string, readonly DatedInteraction[]>;
  /** Completed follow-ups, by month of the day they were done (on or before today). */
  readonly followUpsDone: ReadonlyMap<string, readonly DatedInteraction[]>;
  /** Non-`target` contacts by month of the day they were added (first met, else earliest interaction). */
  readonly contactsAdded: ReadonlyMap<string, readonly AddedContact[]>;
  /**
   * Memo of counts by metric, filters and window. Goals share calendar periods, so with two hundred
   * goals most windows are counted once; the index is rebuilt whenever the view or today changes.
   */
  readonly counts: Map<string, number>;
  /** Latest interaction on or before today per attendee path (SPEC §3.1), from the same pass. */
  readonly lastInteraction: ReadonlyMap<string, LocalDate>;
  /** Memo of the contacts passing each set of contact filters, by filter key. */
  readonly passing: Map<string, ReadonlySet<string>>;
}

function push<T>(buckets: Map<string, T[]>, date: LocalDate, item: T): void {
  const key = date.slice(0, 7);
  const bucket = buckets.get(key);
  if (bucket) bucket.push(item);
  else buckets.set(key, [item]);
}

/** When a follow-up was done: its done date, or its follow-up date when done is just `true`. */
export function followUpDoneDate(interaction: ResolvedInteraction): LocalDate | undefined {
  const done = interaction.followUpDone;
  if (done === false) return undefined;
  if (done === true) return interaction.followUp;
  return done;
}

export function buildMetricIndex(view: NetworkView, today: LocalDate): MetricIndex {
  const interactions = new Map<string, DatedInteraction[]>();
  const followUpsDone = new Map<string, DatedInteraction[]>();
  const earliest = new Map<string, LocalDate>();
  const latest = new Map<string, LocalDate>();
  for (const interaction of view.interactions()) {
    const doneOn = followUpDoneDate(interaction);
    if (doneOn !== undefined && doneOn <= today) push(followUpsDone, doneOn, { date: doneOn, interaction });
    const date = interaction.date;
    if (date === undefined || date > today) continue;
    push(interactions, date, { date, interaction });
    for (const path of interaction.attendees) {
      const first = earliest.get(path);
      if (first === undefined || date < first) earliest.set(path, date);
      const last = latest.get(path);
      if (last === undefined || date > last) latest.set(path, date);
    }
  }
  const contactsAdded = new Map<string, AddedContact[]>();
  for (const contact of view.contacts()) {
    if (contact.status === "target") continue;
    // The first-met date wins even when later than the first interaction: it is what the user wrote.
    const date = contact.met ?? earliest.get(contact.path);
    if (date !== undefined && date <= today) push(contactsAdded, date, { date, contact });
  }
  return {
    view,
    today,
    interactions,
    followUpsDone,
    contactsAdded,
    lastInteraction: latest,
    counts: new Map(),
    passing: new Map(),
  };
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
