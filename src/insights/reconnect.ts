// Who to reconnect with (SPEC §3.2) and the people still to meet: one pass over contacts.
import type { Cadence, Contact, Duration, LocalDate, NetworkView } from "../model/types";
import type { ContactColumns } from "./contact-columns";
import { STATUSES, readContacts } from "./contact-columns";
import { dayNumber, fromDayNumber, plusMonths } from "../model/calendar";
import type { LiveFacts } from "../index/facts";
import { ACTIVE as ACTIVE_PERSON, NO_DAY, TARGET as TARGET_PERSON } from "../index/people";
import type { FactTable } from "./fact-table";
import { lastContactFrom, lastInteractionDates, manualLastContact } from "./last-contact";
import { nameKey } from "../parse/keys";
import { comparePaths, sortByKey } from "./order";

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

/** The day a contact last seen on day `last` is due again, or null when that is after `asOfDay`. */
function dueDayOf(last: number, cadence: Duration, asOfDay: number): number | null {
  if (cadence.unit === "day" || cadence.unit === "week") {
    const due = last + cadence.amount * (cadence.unit === "week" ? 7 : 1);
    return due > asOfDay ? null : due;
  }
  const months = cadence.amount * (cadence.unit === "year" ? 12 : 1);
  // Most tracked contacts are not due, and n months are at least 28·n days: decided before any date text is built.
  if (last + 28 * months > asOfDay) return null;
  const due = dayNumber(plusMonths(fromDayNumber(last), months));
  return due > asOfDay ? null : due;
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
  const due = dueDayOf(dayNumber(last), cadence, asOfDay);
  return due === null ? null : { contact: contact.path, name: contact.name, lastContact: last, due: fromDayNumber(due), daysOverdue: asOfDay - due, cadence };
}

/**
 * Today's reconnect row of person `id` read from the index's contact columns (the rule of `rowOf` on day
 * numbers), or null when the person is not an active contact or not due.
 */
export function reconnectRowOfPerson(facts: LiveFacts, id: number, defaultCadence: Cadence, asOfDay: number, honourSnooze = true): ReconnectRow | null {
  const people = facts.people;
  if (people.status[id] !== ACTIVE_PERSON) return null;
  const seen = facts.lastInteractionDay(id, asOfDay) ?? NO_DAY;
  const manual = people.lastContactManual[id] ?? NO_DAY;
  const shownManual = manual <= asOfDay ? manual : NO_DAY;
  const cadence = tracked(true, people.cadence[id], seen !== NO_DAY || shownManual !== NO_DAY, defaultCadence);
  if (cadence === null) return null;
  if (honourSnooze && (people.snoozeUntil[id] ?? NO_DAY) > asOfDay) return null;
  const met = people.met[id] ?? NO_DAY;
  const last = Math.max(seen, shownManual, met <= asOfDay ? met : NO_DAY);
  const contact = facts.personPath(id);
  const name = people.names[id] ?? "";
  if (last === NO_DAY) return { contact, name, lastContact: null, due: null, daysOverdue: null, cadence };
  const due = dueDayOf(last, cadence, asOfDay);
  return due === null ? null : { contact, name, lastContact: fromDayNumber(last), due: fromDayNumber(due), daysOverdue: asOfDay - due, cadence };
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
  return sortKeyedRows(rows.map((row) => keyReconnectRow(row))).map((k) => k.row);
}

/** Room for a row's position below its days in a sort key (2^21: two million rows, and as many days). */
const SPAN = 2 ** 21;

/**
 * Keyed rows in the reconnect order (`compareKeyedRows`). Thousands of rows on a big vault: the days decide
 * most comparisons, so the rows are first sorted by one number each (no logged contact, then days overdue,
 * most first; the row's position below them) in a typed array, which sorts without calling back into
 * script, and only the short runs of equal days are put in order by name.
 */
export function sortKeyedRows(rows: readonly KeyedReconnectRow[]): KeyedReconnectRow[] {
  const n = rows.length;
  if (n >= SPAN) return [...rows].sort(compareKeyedRows);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const days = (rows[i] as KeyedReconnectRow).days;
    keys[i] = (days === null ? 0 : SPAN - Math.min(days, SPAN - 1)) * SPAN + i;
  }
  keys.sort();
  const sorted = Array.from(keys, (key) => rows[key % SPAN] as KeyedReconnectRow);
  for (let start = 0; start < n; ) {
    const group = Math.floor((keys[start] as number) / SPAN);
    let end = start + 1;
    while (end < n && Math.floor((keys[end] as number) / SPAN) === group) end++;
    if (end - start > 1) {
      const run = sorted.slice(start, end).sort(compareKeyedRows);
      for (let i = 0; i < run.length; i++) sorted[start + i] = run[i] as KeyedReconnectRow;
    }
    start = end;
  }
  return sorted;
}

/** A reconnect row with what it sorts by, computed once. */
export interface KeyedReconnectRow {
  row: ReconnectRow;
  days: number | null;
  name: string;
}

/** `key`: the row's name as `nameKey` reads it, when already known. */
export function keyReconnectRow(row: ReconnectRow, key = nameKey(row.name)): KeyedReconnectRow {
  return { row, days: row.daysOverdue, name: key };
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

/** Person `id` as a person to meet, or null when not a `target` contact (read from the index's contact columns). */
export function personToMeetOf(facts: LiveFacts, id: number): KeyedPersonToMeet | null {
  if (facts.people.status[id] !== TARGET_PERSON) return null;
  const { names, nameKeys } = facts.people;
  return { person: { contact: facts.personPath(id), name: names[id] ?? "" }, name: nameKeys[id] ?? "" };
}

export function comparePeopleToMeet(a: KeyedPersonToMeet, b: KeyedPersonToMeet): number {
  return comparePaths(a.name, b.name) || comparePaths(a.person.contact, b.person.contact);
}
