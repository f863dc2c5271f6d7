// Who to reconnect with (SPEC §3.2) and the people still to meet, row by row from the live facts' person columns.
import type { Cadence, Duration, LocalDate } from "../model/types";
import { dayNumber, fromDayNumber, plusMonths } from "../model/calendar";
import type { LiveFacts } from "../index/facts";
import { ACTIVE, NO_DAY, TARGET } from "../index/people";
import { nameKey } from "../parse/keys";
import { comparePaths } from "./order";

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
 * The cadence person `id` is tracked with as of day `asOfDay` (SPEC §3.2), or null when not tracked; `seen`: their
 * latest interaction then. The default cadence applies only to people with real history (an interaction or a manual
 * last contact), so a bulk import of first-met dates does not flood the list.
 */
function trackedCadence(facts: LiveFacts, id: number, defaultCadence: Cadence, asOfDay: number, seen: number): Duration | null {
  const { cadence, lastContactManual } = facts.people;
  const own = cadence[id];
  if (own !== undefined) return own;
  const manual = lastContactManual[id] ?? NO_DAY;
  return seen !== NO_DAY || (manual !== NO_DAY && manual <= asOfDay) ? defaultCadence : null;
}

/** The day a contact last seen on day `last` is due again (calendar months for months and years, SPEC §2.2). */
function dueDay(last: number, cadence: Duration): number {
  if (cadence.unit === "day" || cadence.unit === "week") return last + cadence.amount * (cadence.unit === "week" ? 7 : 1);
  return dayNumber(plusMonths(fromDayNumber(last), cadence.amount * (cadence.unit === "year" ? 12 : 1)));
}

/** The day a contact last seen on day `last` is due again, or null when that is after `asOfDay`. */
function dueDayOf(last: number, cadence: Duration, asOfDay: number): number | null {
  // Most tracked contacts are not due, and n months are at least 28·n days: decided before any date text is built.
  if (cadence.unit === "month" || cadence.unit === "year") {
    if (last + 28 * cadence.amount * (cadence.unit === "year" ? 12 : 1) > asOfDay) return null;
  }
  const due = dueDay(last, cadence);
  return due > asOfDay ? null : due;
}

/**
 * Person `id`'s last contact as of day `asOfDay` (SPEC §3.1): the latest of their interactions, their manual last
 * contact and their first-met date, each on or before that day; NO_DAY when none. `seen`: the latest interaction,
 * when the caller has read it already.
 */
export function lastContactDay(facts: LiveFacts, id: number, asOfDay: number, seen = facts.lastInteractionDay(id, asOfDay) ?? NO_DAY): number {
  const upTo = (day: number | undefined): number => (day !== undefined && day <= asOfDay ? day : NO_DAY);
  return Math.max(seen, upTo(facts.people.lastContactManual[id]), upTo(facts.people.met[id]));
}

/**
 * The reconnect row of person `id` as of day `asOfDay` (today, or a review's last day, which ignores snoozing),
 * read from the live facts' person columns; null when the person is not an active contact or not due.
 */
export function reconnectRowOfPerson(facts: LiveFacts, id: number, defaultCadence: Cadence, asOfDay: number, honourSnooze = true): ReconnectRow | null {
  const people = facts.people;
  if (people.status[id] !== ACTIVE) return null;
  const seen = facts.lastInteractionDay(id, asOfDay) ?? NO_DAY;
  const cadence = trackedCadence(facts, id, defaultCadence, asOfDay, seen);
  if (cadence === null) return null;
  if (honourSnooze && (people.snoozeUntil[id] ?? NO_DAY) > asOfDay) return null;
  const last = lastContactDay(facts, id, asOfDay, seen);
  const contact = facts.personPath(id);
  const name = people.names[id] ?? "";
  if (last === NO_DAY) return { contact, name, lastContact: null, due: null, daysOverdue: null, cadence };
  const due = dueDayOf(last, cadence, asOfDay);
  return due === null ? null : { contact, name, lastContact: fromDayNumber(last), due: fromDayNumber(due), daysOverdue: asOfDay - due, cadence };
}

/** How the reconnect list (SPEC §3.2) sees one contact today, whether or not it is due: a person's page. */
export type Tracking =
  | { tracked: true; cadence: Duration; lastContact: number; due: number | null; snoozed: boolean }
  | { tracked: false; why: "status" | "no-cadence" | "no-history"; lastContact: number };

/** Person `id`'s tracking as of day `asOfDay` (lastContact and due: day numbers; NO_DAY / null when none). */
export function trackingOf(facts: LiveFacts, id: number, defaultCadence: Cadence, asOfDay: number): Tracking {
  const people = facts.people;
  const seen = facts.lastInteractionDay(id, asOfDay) ?? NO_DAY;
  const lastContact = lastContactDay(facts, id, asOfDay, seen);
  if (people.status[id] !== ACTIVE) return { tracked: false, why: "status", lastContact };
  const cadence = trackedCadence(facts, id, defaultCadence, asOfDay, seen);
  if (cadence === null) return { tracked: false, why: people.cadence[id] === null || defaultCadence === null ? "no-cadence" : "no-history", lastContact };
  const snoozed = (people.snoozeUntil[id] ?? NO_DAY) > asOfDay;
  return { tracked: true, cadence, lastContact, due: lastContact === NO_DAY ? null : dueDay(lastContact, cadence), snoozed };
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

/** A person to meet with what the list sorts by (name as `nameKey` reads it, then path). */
export interface KeyedPersonToMeet {
  person: PersonToMeet;
  name: string;
}

/** Person `id` as a person to meet, or null when not a `target` contact (read from the index's contact columns). */
export function personToMeetOf(facts: LiveFacts, id: number): KeyedPersonToMeet | null {
  if (facts.people.status[id] !== TARGET) return null;
  const { names, nameKeys } = facts.people;
  return { person: { contact: facts.personPath(id), name: names[id] ?? "" }, name: nameKeys[id] ?? "" };
}

export function comparePeopleToMeet(a: KeyedPersonToMeet, b: KeyedPersonToMeet): number {
  return comparePaths(a.name, b.name) || comparePaths(a.person.contact, b.person.contact);
}

/** One contact of a "Keep in touch" base view (SPEC §4): the reconnect facts of anyone, due or not. */
export interface KeepInTouchRow {
  contact: string;
  name: string;
  lastContact: LocalDate | null;
  /** When they are next due (past or future); null when not tracked or no contact logged. */
  due: LocalDate | null;
  /** Days past due (negative: due in that many days); null as `due`. */
  daysOverdue: number | null;
  /** Null: not tracked (no cadence, or `none`, or no history for the default cadence). */
  cadence: Duration | null;
  /** Snoozed until this date, when that is after today. */
  snoozedUntil: LocalDate | null;
  /** Open follow-ups of interactions they took part in. */
  openFollowUps: number;
}

/**
 * The rows of the contacts among `paths` (other notes are left out), most overdue first: no contact logged, then
 * by days overdue, then the untracked; ties by name, then path. The same rules as the reconnect list (tracked
 * cadence, last contact, due date), without its cut-off at today.
 */
export function keepInTouchRows(facts: LiveFacts, paths: Iterable<string>, defaultCadence: Cadence, asOfDay: number): KeepInTouchRow[] {
  const people = facts.people;
  const open = new Map<string, number>();
  for (const interaction of facts.openFollowUpNotes().values()) {
    for (const path of interaction.attendees) open.set(path, (open.get(path) ?? 0) + 1);
  }
  const rows: { row: KeepInTouchRow; name: string }[] = [];
  for (const path of paths) {
    const id = facts.personId(path);
    const status = people.status[id];
    if (status !== ACTIVE && status !== TARGET) continue;
    const seen = facts.lastInteractionDay(id, asOfDay) ?? NO_DAY;
    const cadence = status === ACTIVE ? trackedCadence(facts, id, defaultCadence, asOfDay, seen) : null;
    const last = lastContactDay(facts, id, asOfDay, seen);
    const due = cadence === null || last === NO_DAY ? null : dueDayOf(last, cadence, Number.MAX_SAFE_INTEGER);
    const snooze = people.snoozeUntil[id] ?? NO_DAY;
    rows.push({
      name: people.nameKeys[id] ?? "",
      row: {
        contact: path,
        name: people.names[id] ?? "",
        lastContact: last === NO_DAY ? null : fromDayNumber(last),
        due: due === null ? null : fromDayNumber(due),
        daysOverdue: due === null ? null : asOfDay - due,
        cadence,
        snoozedUntil: snooze > asOfDay ? fromDayNumber(snooze) : null,
        openFollowUps: open.get(path) ?? 0,
      },
    });
  }
  const rank = ({ row }: { row: KeepInTouchRow }): number => (row.cadence === null ? 2 : row.lastContact === null ? 0 : 1);
  rows.sort(
    (a, b) =>
      rank(a) - rank(b) || (b.row.daysOverdue ?? 0) - (a.row.daysOverdue ?? 0) || comparePaths(a.name, b.name) || comparePaths(a.row.contact, b.row.contact),
  );
  return rows.map(({ row }) => row);
}
