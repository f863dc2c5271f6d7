// Who to reconnect with (SPEC §3.2) and the people still to meet: one pass over contacts.
import type { Cadence, Contact, Duration, LocalDate, NetworkView } from "../model/types";
import type { ContactColumns } from "./contact-columns";
import { STATUSES, readContacts } from "./contact-columns";
import { dayNumber, daysFrom, fromDayNumber, plusMonths } from "./day-numbers";
import type { FactTable } from "./fact-table";
import { lastContactFrom, lastInteractionDates, manualLastContact } from "./last-contact";
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

/** The tracking rule of SPEC §3.2 on the values it reads, shared by `trackedCadence` and the column pass. */
function tracked(active: boolean, cadence: Cadence | undefined, hasHistory: boolean, defaultCadence: Cadence): Duration | null {
  if (!active) return null;
  if (cadence !== undefined) return cadence;
  return hasHistory ? defaultCadence : null;
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
  const hasHistory = lastInteraction !== undefined || manualLastContact(contact, asOf) !== undefined;
  return tracked(contact.status === "active", contact.cadence, hasHistory, defaultCadence);
}

export interface ReconnectOptions {
  /** Snoozing is about today's list; a review looking back ignores it. Default true. */
  honourSnooze?: boolean;
  /** Latest interaction per contact as of `asOf`, when already computed (the metric index has it). */
  lastInteraction?: ReadonlyMap<string, LocalDate>;
  /** The view's fact table: when its today is `asOf`, contacts and their latest interactions are read from it. */
  facts?: FactTable;
}

/** Due date and days overdue of a contact last seen on `last`, or null when not due by `asOf`. */
function dueOf(last: LocalDate, cadence: Duration, asOf: LocalDate, asOfDay: number): { due: LocalDate; daysOverdue: number } | null {
  // Most tracked contacts are not due: day and week cadences are decided on day numbers, before any date text is built.
  if (cadence.unit === "day" || cadence.unit === "week") {
    const dueDay = dayNumber(last) + cadence.amount * (cadence.unit === "week" ? 7 : 1);
    return dueDay > asOfDay ? null : { due: fromDayNumber(dueDay), daysOverdue: asOfDay - dueDay };
  }
  const due = plusMonths(last, cadence.amount * (cadence.unit === "year" ? 12 : 1));
  return due > asOf ? null : { due, daysOverdue: daysFrom(due, asOf) };
}

/** The rows of the contacts in `columns`, each contact's latest interaction given by `lastInteraction(id)`. */
function rowsOf(
  columns: ContactColumns,
  lastInteraction: (id: number) => LocalDate | undefined,
  defaultCadence: Cadence,
  asOf: LocalDate,
  honourSnooze: boolean,
): ReconnectRow[] {
  const rows: ReconnectRow[] = [];
  const asOfDay = dayNumber(asOf);
  const { status, cadence: cadences, lastContactManual, snoozeUntil, met } = columns;
  for (let id = 0; id < status.length; id++) {
    // Only active contacts can be tracked: the others cost nothing more.
    if (status[id] !== ACTIVE) continue;
    const row = rowOf(
      { path: columns.paths[id] ?? "", name: columns.names[id] ?? "", manual: lastContactManual[id], met: met[id], cadence: cadences[id], snooze: snoozeUntil[id] },
      lastInteraction(id),
      defaultCadence,
      asOf,
      asOfDay,
      honourSnooze,
    );
    if (row !== null) rows.push(row);
  }
  return rows;
}

/** What a reconnect row reads of an active contact. */
interface Tracked {
  path: string;
  name: string;
  manual: LocalDate | undefined;
  met: LocalDate | undefined;
  cadence: Cadence | undefined;
  snooze: LocalDate | undefined;
}

function rowOf(
  contact: Tracked,
  seen: LocalDate | undefined,
  defaultCadence: Cadence,
  asOf: LocalDate,
  asOfDay: number,
  honourSnooze: boolean,
): ReconnectRow | null {
  const { manual, snooze } = contact;
  const hasHistory = seen !== undefined || (manual !== undefined && manual <= asOf);
  const cadence = tracked(true, contact.cadence, hasHistory, defaultCadence);
  if (cadence === null) return null;
  if (honourSnooze && snooze !== undefined && snooze > asOf) return null;
  const last = lastContactFrom(seen, manual, contact.met, asOf);
  if (last === undefined) return { contact: contact.path, name: contact.name, lastContact: null, due: null, daysOverdue: null, cadence };
  const due = dueOf(last, cadence, asOf, asOfDay);
  return due === null ? null : { contact: contact.path, name: contact.name, lastContact: last, due: due.due, daysOverdue: due.daysOverdue, cadence };
}

/** Today's reconnect row of one contact whose latest interaction is `seen`, or null when it is not due. */
export function reconnectRowOf(contact: Contact, seen: LocalDate | undefined, defaultCadence: Cadence, asOf: LocalDate): ReconnectRow | null {
  if (contact.status !== "active") return null;
  const { path, name, lastContactManual: manual, met, cadence, snoozeUntil: snooze } = contact;
  return rowOf({ path, name, manual, met, cadence, snooze }, seen, defaultCadence, asOf, dayNumber(asOf), true);
}

/** Rows due on or before `asOf`, unordered; see `reconnectList` for the ordered list. */
export function reconnectRows(view: NetworkView, asOf: LocalDate, options: ReconnectOptions = {}): ReconnectRow[] {
  const honourSnooze = options.honourSnooze ?? true;
  const facts = options.facts;
  if (facts !== undefined && facts.today === asOf) {
    const { lastRank, dates } = facts;
    const latest = (id: number): LocalDate | undefined => {
      const rank = lastRank[id] ?? -1;
      return rank >= 0 ? dates[rank] : undefined;
    };
    return rowsOf(facts.columns, latest, view.defaultCadence, asOf, honourSnooze);
  }
  const columns = readContacts(view.contacts());
  const latest = options.lastInteraction ?? lastInteractionDates(view, asOf);
  return rowsOf(columns, (id) => latest.get(columns.paths[id] ?? ""), view.defaultCadence, asOf, honourSnooze);
}

/** The reconnect order: no contact logged first (by name), then most days overdue, then by name. */
export function sortReconnectRows(rows: ReconnectRow[]): ReconnectRow[] {
  // Thousands of rows on a big vault: one name key per row and a plain comparator, no key arrays.
  return rows.map(keyReconnectRow).sort(compareKeyedRows).map((k) => k.row);
}

/** A reconnect row with what it sorts by, computed once. */
export interface KeyedReconnectRow {
  row: ReconnectRow;
  days: number | null;
  name: string;
}

export function keyReconnectRow(row: ReconnectRow): KeyedReconnectRow {
  return { row, days: row.daysOverdue, name: nameKey(row.name) };
}

export function compareKeyedRows(a: KeyedReconnectRow, b: KeyedReconnectRow): number {
  return (
    (a.days === null ? 0 : 1) - (b.days === null ? 0 : 1) ||
    (b.days ?? 0) - (a.days ?? 0) ||
    comparePaths(a.name, b.name) ||
    comparePaths(a.row.contact, b.row.contact)
  );
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
  if (facts) {
    const { status, paths, names } = facts.columns;
    status.forEach((s, id) => s === TARGET && people.push({ contact: paths[id] ?? "", name: names[id] ?? "" }));
  } else {
    for (const contact of view.contacts()) add(contact);
  }
  return sortByKey(people, (p) => [nameKey(p.name), p.contact]);
}

/** A person to meet with what the list sorts by (name as `nameKey` reads it, then path). */
export interface KeyedPersonToMeet {
  person: PersonToMeet;
  name: string;
}

export function keyPersonToMeet(contact: Contact): KeyedPersonToMeet | null {
  return contact.status === "target" ? { person: { contact: contact.path, name: contact.name }, name: nameKey(contact.name) } : null;
}

export function comparePeopleToMeet(a: KeyedPersonToMeet, b: KeyedPersonToMeet): number {
  return comparePaths(a.name, b.name) || comparePaths(a.person.contact, b.person.contact);
}
