// Who to reconnect with (SPEC §3.2) and the people still to meet: one pass over contacts.
import type { Contact, Duration, LocalDate, NetworkView } from "../model/types";
import { daysFrom, plusDuration } from "./day-numbers";
import { lastContactOf, lastInteractionDates, manualLastContact } from "./last-contact";
import { nameKey, sortByKey } from "./order";

export interface ReconnectRow {
  contact: string;
  name: string;
  /** Null for "no contact logged". */
  lastContact: LocalDate | null;
  due: LocalDate | null;
  /** 0 when due today. */
  daysOverdue: number | null;
  cadence: Duration;
}

export interface PersonToMeet {
  contact: string;
  name: string;
}

/**
 * The cadence a contact is tracked with, or null when it is not tracked. The default cadence applies
 * only to people with real history, so a bulk import of first-met dates does not flood the list.
 */
export function trackedCadence(
  contact: Contact,
  lastInteraction: LocalDate | undefined,
  defaultCadence: Duration | null,
  asOf: LocalDate,
): Duration | null {
  if (contact.status !== "active") return null;
  if (contact.cadence !== undefined) return contact.cadence;
  const hasHistory = lastInteraction !== undefined || manualLastContact(contact, asOf) !== undefined;
  return hasHistory ? defaultCadence : null;
}

export interface ReconnectOptions {
  /** Snoozing is about today's list; a review looking back ignores it. Default true. */
  honourSnooze?: boolean;
  /** Latest interaction per contact as of `asOf`, when already computed (the metric index has it). */
  lastInteraction?: ReadonlyMap<string, LocalDate>;
}

/** Rows due on or before `asOf`, unordered; see `reconnectList` for the ordered list. */
export function reconnectRows(view: NetworkView, asOf: LocalDate, options: ReconnectOptions = {}): ReconnectRow[] {
  const honourSnooze = options.honourSnooze ?? true;
  const latest = options.lastInteraction ?? lastInteractionDates(view, asOf);
  const rows: ReconnectRow[] = [];
  for (const contact of view.contacts()) {
    const lastInteraction = latest.get(contact.path);
    const cadence = trackedCadence(contact, lastInteraction, view.defaultCadence, asOf);
    if (cadence === null) continue;
    if (honourSnooze && contact.snoozeUntil !== undefined && contact.snoozeUntil > asOf) continue;
    const last = lastContactOf(contact, lastInteraction, asOf);
    if (last === undefined) {
      rows.push({ contact: contact.path, name: contact.name, lastContact: null, due: null, daysOverdue: null, cadence });
      continue;
    }
    const due = plusDuration(last, cadence);
    if (due > asOf) continue;
    const daysOverdue = daysFrom(due, asOf);
    rows.push({ contact: contact.path, name: contact.name, lastContact: last, due, daysOverdue, cadence });
  }
  return rows;
}

/** The reconnect order: no contact logged first (by name), then most days overdue, then by name. */
export function sortReconnectRows(rows: ReconnectRow[]): ReconnectRow[] {
  return sortByKey(rows, (r) => [r.daysOverdue === null ? 0 : 1, -(r.daysOverdue ?? 0), nameKey(r.name), r.contact]);
}

/** Today's reconnect list, in the order of SPEC §3.2. */
export function reconnectList(
  view: NetworkView,
  today: LocalDate,
  lastInteraction?: ReadonlyMap<string, LocalDate>,
): ReconnectRow[] {
  return sortReconnectRows(reconnectRows(view, today, lastInteraction ? { lastInteraction } : {}));
}

/** `target` contacts, by name: people the user means to meet. */
export function peopleToMeet(view: NetworkView): PersonToMeet[] {
  const people: PersonToMeet[] = [];
  for (const contact of view.contacts()) {
    if (contact.status === "target") people.push({ contact: contact.path, name: contact.name });
  }
  return sortByKey(people, (p) => [nameKey(p.name), p.contact]);
}
