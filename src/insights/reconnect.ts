// Who to reconnect with (SPEC §3.2) and the people still to meet: one pass over contacts.
import type { Contact, Duration, LocalDate, NetworkView } from "../model/types";
import { dayNumber, daysFrom, fromDayNumber, plusMonths } from "./day-numbers";
import type { FactTable } from "./fact-table";
import { STATUSES } from "./fact-table";
import { lastContactOf, lastInteractionDates, manualLastContact } from "./last-contact";
import { comparePaths, nameKey, sortByKey } from "./order";

const ACTIVE = STATUSES.indexOf("active");
const TARGET = STATUSES.indexOf("target");

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
  /** The view's fact table: when its today is `asOf`, contacts and their latest interactions are read from it. */
  facts?: FactTable;
}

/** A tracked contact's row when it is due on or before `asOf` (or has no contact logged), else null. */
function rowOf(contact: Contact, lastInteraction: LocalDate | undefined, cadence: Duration, asOf: LocalDate, asOfDay: number): ReconnectRow | null {
  const last = lastContactOf(contact, lastInteraction, asOf);
  if (last === undefined) {
    return { contact: contact.path, name: contact.name, lastContact: null, due: null, daysOverdue: null, cadence };
  }
  // Most tracked contacts are not due: day and week cadences are decided on day numbers, before any date text is built.
  let due: LocalDate;
  let daysOverdue: number;
  if (cadence.unit === "day" || cadence.unit === "week") {
    const dueDay = dayNumber(last) + cadence.amount * (cadence.unit === "week" ? 7 : 1);
    if (dueDay > asOfDay) return null;
    due = fromDayNumber(dueDay);
    daysOverdue = asOfDay - dueDay;
  } else {
    due = plusMonths(last, cadence.amount * (cadence.unit === "year" ? 12 : 1));
    if (due > asOf) return null;
    daysOverdue = daysFrom(due, asOf);
  }
  return { contact: contact.path, name: contact.name, lastContact: last, due, daysOverdue, cadence };
}

/** Rows due on or before `asOf`, unordered; see `reconnectList` for the ordered list. */
export function reconnectRows(view: NetworkView, asOf: LocalDate, options: ReconnectOptions = {}): ReconnectRow[] {
  const honourSnooze = options.honourSnooze ?? true;
  const rows: ReconnectRow[] = [];
  const asOfDay = dayNumber(asOf);
  const visit = (contact: Contact, lastInteraction: LocalDate | undefined): void => {
    const cadence = trackedCadence(contact, lastInteraction, view.defaultCadence, asOf);
    if (cadence === null) return;
    if (honourSnooze && contact.snoozeUntil !== undefined && contact.snoozeUntil > asOf) return;
    const row = rowOf(contact, lastInteraction, cadence, asOf, asOfDay);
    if (row !== null) rows.push(row);
  };
  const facts = options.facts;
  if (facts !== undefined && facts.today === asOf) {
    // Only active contacts can be tracked: the others are skipped without reading them.
    const { status, lastRank, dates } = facts;
    for (let id = 0; id < facts.contacts.length; id++) {
      if (status[id] !== ACTIVE) continue;
      const rank = lastRank[id] ?? -1;
      visit(facts.contacts[id] as Contact, rank >= 0 ? dates[rank] : undefined);
    }
  } else {
    const latest = options.lastInteraction ?? lastInteractionDates(view, asOf);
    for (const contact of view.contacts()) visit(contact, latest.get(contact.path));
  }
  return rows;
}

/** The reconnect order: no contact logged first (by name), then most days overdue, then by name. */
export function sortReconnectRows(rows: ReconnectRow[]): ReconnectRow[] {
  // Thousands of rows on a big vault: one name key per row and a plain comparator, no key arrays.
  const keyed = rows.map((row) => ({ row, days: row.daysOverdue, name: nameKey(row.name) }));
  keyed.sort(
    (a, b) =>
      (a.days === null ? 0 : 1) - (b.days === null ? 0 : 1) ||
      (b.days ?? 0) - (a.days ?? 0) ||
      comparePaths(a.name, b.name) ||
      comparePaths(a.row.contact, b.row.contact),
  );
  return keyed.map((k) => k.row);
}

/** Today's reconnect list, in the order of SPEC §3.2. */
export function reconnectList(
  view: NetworkView,
  today: LocalDate,
  known?: ReadonlyMap<string, LocalDate> | FactTable,
): ReconnectRow[] {
  const options: ReconnectOptions = known === undefined ? {} : known instanceof Map ? { lastInteraction: known } : { facts: known as FactTable };
  return sortReconnectRows(reconnectRows(view, today, options));
}

/** `target` contacts, by name: people the user means to meet (read from the fact table when given). */
export function peopleToMeet(view: NetworkView, facts?: FactTable): PersonToMeet[] {
  const people: PersonToMeet[] = [];
  const add = (contact: Contact): void => {
    if (contact.status === "target") people.push({ contact: contact.path, name: contact.name });
  };
  if (facts) facts.contacts.forEach((contact, id) => facts.status[id] === TARGET && add(contact));
  else for (const contact of view.contacts()) add(contact);
  return sortByKey(people, (p) => [nameKey(p.name), p.contact]);
}
