// Applying a list block's options to today's rows: pure, so blocks and tests share one meaning.
import type { FollowUpRow } from "./follow-ups";
import { compileFilters } from "../parse/filters";
import type { ReconnectRow } from "./reconnect";
import type { Contact } from "../model/types";
import type { BirthdayRow } from "./birthdays";
import { birthdaysWithin } from "./birthdays";
import type { ListOptions } from "../parse/list-options";

export type ContactLookup = (path: string) => Contact | undefined;

/** The contact test of the options, with the goal filters' meaning (nested tags, linked companies). */
function contactTest(options: ListOptions): ((contact: Contact | undefined) => boolean) | null {
  return compileFilters({ kind: [], tag: options.tag, level: options.level, company: options.company }).contact;
}

function limit<T>(rows: T[], options: ListOptions): T[] {
  return options.limit === undefined ? rows : rows.slice(0, options.limit);
}

/**
 * Reconnect rows whose contact passes `tag`/`level`/`company`, at least `days` overdue ("no contact
 * logged" rows have no overdue count and stay), at most `limit`. The order is kept.
 */
export function filterReconnect(
  rows: readonly ReconnectRow[],
  contacts: ContactLookup,
  options: ListOptions,
): ReconnectRow[] {
  const test = contactTest(options);
  const days = options.days;
  const kept = rows.filter(
    (row) =>
      (test === null || test(contacts(row.contact))) &&
      (days === undefined || row.daysOverdue === null || row.daysOverdue >= days),
  );
  return limit(kept, options);
}

/**
 * Follow-ups with at least one attendee passing `tag`/`level`/`company`, upcoming ones only within
 * `days` days (overdue and due-today rows always stay), at most `limit`.
 */
export function filterFollowUps(
  rows: readonly FollowUpRow[],
  contacts: ContactLookup,
  options: ListOptions,
): FollowUpRow[] {
  const test = contactTest(options);
  const days = options.days;
  const kept = rows.filter(
    (row) =>
      (test === null || row.contacts.some((path) => test(contacts(path)))) &&
      (days === undefined || row.status !== "upcoming" || row.days <= days),
  );
  return limit(kept, options);
}

/**
 * Birthdays whose contact passes `tag`/`level`/`company`, within `days` days (default `windowDays`, the
 * setting), at most `limit`. `rows` are every next birthday in order (`Report.birthdaysAhead`).
 */
export function filterBirthdays(rows: readonly BirthdayRow[], contacts: ContactLookup, options: ListOptions, windowDays: number): BirthdayRow[] {
  const test = contactTest(options);
  const within = birthdaysWithin(rows, options.days ?? windowDays);
  return limit(test === null ? within : within.filter((row) => test(contacts(row.contact))), options);
}

/** People to meet who pass `tag`/`level`/`company` (the target's own fields), at most `limit`. The order is kept. */
export function filterPeopleToMeet<T extends { contact: string }>(rows: readonly T[], contacts: ContactLookup, options: ListOptions): T[] {
  const test = contactTest(options);
  return limit(test === null ? [...rows] : rows.filter((row) => test(contacts(row.contact))), options);
}
