// The dated facts the insights count, kept up to date by the index note by note, so a report after one edit
// reads a few changed entries instead of 60,000 notes (docs/performance.md).
//
// Nothing here depends on "today": facts after today are kept and cut off when counted, so the same facts
// serve every day. What is kept:
//   - per attendee, the interactions they attended, sorted by date (last contact, the first interaction that
//     dates a contact's "added" day);
//   - every attendance (day, person, kind) sorted by day (people met, a distinct count, is one sweep per window);
//   - the open follow-ups;
//   - per (metric, filters) the vault's goals use, the sorted days of every fact that counts (a window is two
//     binary searches). When a contact's tags, level or company change, a series filtered by contact fields moves
//     only the meetings of that person that now pass or fail;
//   - the dated interactions by day and by follow-up day (the reviews of windows);
//   - a journal of what changed, so a live report (insights/live-report.ts) redoes only the rows it touches.
import type { Contact, GoalSpec, Metric, NetworkView, ResolvedInteraction } from "../model/types";
import { isAdditive, metricDefinition } from "../model/metrics";
import { dayNumber } from "../model/calendar";
import type { CompiledFilters } from "../parse/filters";
import { NO_FILTERS, compileFilters } from "../parse/filters";
import { isOpenFollowUp } from "../parse/interaction";
import { AttendedList } from "./attended";
import { ByDay } from "./by-day";
import { Attendances } from "./attendances";
import { DayMultiset } from "./day-multiset";
import { ValueIds, sameList } from "./lists";
import { NO_DAY, NOT_A_CONTACT, PeopleColumns, TARGET } from "./people";
import { InteractionColumns } from "./vault-columns";
import { FilterVerdicts } from "./verdicts";
import type { AdditiveMetric, Series, SeriesMove, SeriesSpec } from "./series";
import { MutableSeries, attendeesPassing, countedDay, daysOf, interactionDay, seriesKey, seriesWanted } from "./series";

/** What one change did, for the live report to redo just those rows. */
export interface FactChange {
  /** The note that changed (or was re-resolved). */
  readonly path: string;
  /** Contacts whose last contact, added day or own fields may have changed. */
  readonly people: readonly string[];
  /** Days whose attendances changed (people met). */
  readonly days: readonly number[];
  /**
   * When a contact's tags, level, company or existence changed: the days of its interactions, on which people met
   * under a contact filter may count differently (the series it moves are in `moves`, day by day).
   */
  readonly filterDays: readonly number[];
  /** The kinds of those interactions, day by day. */
  readonly filterKinds: readonly string[];
  /**
   * With `filterDays`: how the contact's verdict under the contact part of `filters` moved: 1 it passes now and did
   * not before, -1 the other way, 0 as before (null: no contact filter can have moved).
   */
  readonly flip: ((filters: CompiledFilters) => -1 | 0 | 1) | null;
  /** Where series counts moved. */
  readonly moves: readonly SeriesMove[];
}

/** Journal entries kept for readers that fall behind; past this a reader starts over. */
const JOURNAL_LIMIT = 4096;

const NO_PEOPLE: readonly string[] = Object.freeze([]);
const NO_MEETINGS: readonly ResolvedInteraction[] = Object.freeze([]);

/** How a contact's verdict under the contact part of `filters` moved from `before` to `after` (see `FactChange.flip`). */
function verdictMove(filters: CompiledFilters, before: Contact | undefined, after: Contact | undefined): -1 | 0 | 1 {
  if (filters.contact === null) return 0;
  const was = filters.contact(before);
  return was === filters.contact(after) ? 0 : was ? -1 : 1;
}

function filterFieldsDiffer(a: Contact | undefined, b: Contact | undefined): boolean {
  if (a === undefined || b === undefined) return a !== b;
  return a.level !== b.level || a.company !== b.company || !sameList(a.tags, b.tags);
}

/**
 * What the insights read of the live facts: the one query interface of the counting engine. Counts, rows and
 * reviews are all asked through it; a reader follows the journal to learn what to ask again.
 */
export interface LiveFacts {
  /** Moves when the facts were rebuilt wholesale: readers start over. */
  readonly epoch: number;
  /** The position after the newest journal entry. */
  readonly journalEnd: number;
  /** The changes from position `from` on, or null when they are no longer kept (start over). */
  changesSince(from: number): readonly FactChange[] | null;
  /** How many facts of `metric` under `filters` fall on days `from` to `to` (people met: distinct people). */
  count(metric: Metric, filters: CompiledFilters, from: number, to: number): number;
  /** The interactions dated from day `from` to `to`, by day. */
  forEachDated(from: number, to: number, visit: (interaction: ResolvedInteraction, day: number) => void): void;
  /** The interactions whose follow-up date is from day `from` to `to`, by that day. */
  forEachFollowUpDue(from: number, to: number, visit: (interaction: ResolvedInteraction, day: number) => void): void;
  /** The open follow-ups (a follow-up date, not done), by note path. */
  openFollowUpNotes(): ReadonlyMap<string, ResolvedInteraction>;
  /** The day of person `id`'s latest interaction on or before day `asOf` (undefined: none). */
  lastInteractionDay(id: number, asOf: number): number | undefined;
  /** The day the contact at `path` counts as added (null: not added, or a target). */
  addedDayOf(path: string): number | null;
  /** The interactions the contact at `path` attended, by date (undated first). */
  interactionsOf(path: string): readonly ResolvedInteraction[];
  /** What the lists read of each contact, by person id. */
  readonly people: Readonly<PeopleColumns>;
  /** The id of a person's path (given out on first use; never reused). */
  personId(path: string): number;
  personPath(id: number): string;
  /** Every person id is below this. */
  readonly personCount: number;
}

export class FactIndex implements LiveFacts {
  /** By person id: the interactions they attended. */
  #attended: (AttendedList | undefined)[] = [];
  #attendanceTable = new Attendances();
  /** Attendee paths and kinds as small integers, for sweeps over typed arrays (ids are never reused). */
  readonly #personIds = new ValueIds();
  readonly #kindIds = new ValueIds();
  /** What reconnect and the people to meet read of each contact, by person id. */
  readonly people = new PeopleColumns();
  /** Who passes each contact filter of the people-met goals, by person id. */
  readonly #verdicts = new FilterVerdicts(this.people, () => this.personCount);
  readonly #openFollowUps = new Map<string, ResolvedInteraction>();
  /** The dated interactions by day, and those with a follow-up date by that day (a review's window). */
  #byDate = new ByDay<ResolvedInteraction>(new Int32Array(0), []);
  #byFollowUp = new ByDay<ResolvedInteraction>(new Int32Array(0), []);
  /** Person id → the last sweep that counted them (people met). */
  #seen = new Int32Array(0);
  #sweep = 0;
  readonly #seriesByKey = new Map<string, MutableSeries>();
  /** Per series key, how many goals (and their Achievable records) count it. */
  readonly #seriesUses = new Map<string, number>();
  #journal: FactChange[] = [];
  /** Position of journal[0] in the sequence of every change since the last rebuild. */
  #journalStart = 0;
  #epochValue = 0;

  constructor(private readonly view: NetworkView) {}

  /** Moves when the facts were rebuilt wholesale: readers start over. */
  get epoch(): number {
    return this.#epochValue;
  }

  /** The position after the newest journal entry. */
  get journalEnd(): number {
    return this.#journalStart + this.#journal.length;
  }

  /** The changes from position `from` on, or null when they are no longer kept (start over). */
  changesSince(from: number): readonly FactChange[] | null {
    if (from < this.#journalStart || from > this.journalEnd) return null;
    return this.#journal.slice(from - this.#journalStart);
  }

  /** Every fact read again from the view (after a bulk load); series for the view's goals built at once. */
  rebuild(): void {
    this.#personIds.clear();
    this.people.clear();
    this.#kindIds.clear();
    this.#openFollowUps.clear();
    const columns = new InteractionColumns(this.view.interactions(), this);
    const { interactions, open } = columns;
    for (let i = 0; i < interactions.length; i++) {
      const interaction = interactions[i] as ResolvedInteraction;
      if (open[i] === 1) this.#openFollowUps.set(interaction.path, interaction);
    }
    this.#attendanceTable = columns.attendanceTable();
    this.#attended = columns.attendedLists();
    this.#byDate = ByDay.of(columns.byDate, columns.date, interactions);
    this.#byFollowUp = ByDay.of(columns.byDue, columns.due, interactions);
    for (const contact of this.view.contacts()) {
      const id = this.personId(contact.path);
      this.people.set(id, contact);
    }
    this.#seriesByKey.clear();
    this.#seriesUses.clear();
    this.#verdicts.clear();
    this.goalsChanged("", [], this.view.goals(), columns);
    this.#journal = [];
    this.#journalStart = 0;
    this.#epochValue++;
  }

  /**
   * Note `path`'s goals changed from `before` to `after`: series no goal counts any more go (a journal entry says so,
   * so a reader drops what it remembers of them), new ones are built.
   */
  goalsChanged(path: string, before: readonly GoalSpec[], after: readonly GoalSpec[], columns?: InteractionColumns): void {
    for (const goal of after) if (goal.metric !== undefined && !isAdditive(goal.metric)) this.#verdicts.use(compileFilters(goal.filters));
    for (const goal of before) if (goal.metric !== undefined && !isAdditive(goal.metric)) this.#verdicts.release(compileFilters(goal.filters));
    const missing: SeriesSpec[] = [];
    for (const [key, wanted] of seriesWanted(after)) {
      const uses = this.#seriesUses.get(key) ?? 0;
      this.#seriesUses.set(key, uses + 1);
      if (!this.#seriesByKey.has(key)) missing.push(wanted);
    }
    if (missing.length > 0) for (const series of this.#buildSeries(missing, columns)) this.#seriesByKey.set(series.key, series);
    const dropped: SeriesMove[] = [];
    for (const key of seriesWanted(before).keys()) {
      const uses = (this.#seriesUses.get(key) ?? 0) - 1;
      if (uses > 0) {
        this.#seriesUses.set(key, uses);
      } else {
        this.#seriesUses.delete(key);
        // No longer kept up to date: whatever a reader remembers of it may go stale from here on.
        if (this.#seriesByKey.delete(key)) dropped.push({ key, day: Number.NaN });
      }
    }
    if (dropped.length > 0 && columns === undefined) this.#record({ path, people: NO_PEOPLE, days: [], filterDays: [], filterKinds: [], flip: null, moves: dropped });
  }

  /** The series of `metric` under `filters`, built on first use when no goal keeps it. */
  #series(metric: AdditiveMetric, filters: CompiledFilters): Series {
    const key = seriesKey(metric, filters);
    let series = this.#seriesByKey.get(key);
    if (series === undefined) {
      const [built] = this.#buildSeries([{ metric, filters }]);
      if (built === undefined) throw new Error(`no series built for ${key}`);
      series = built;
      this.#seriesByKey.set(key, series);
    }
    return series;
  }

  /**
   * Series read from the whole vault, as columns (the bulk build's own, or read now): each is one walk over the
   * interactions in day order that keeps the days of those that count, so it comes out sorted. An interaction
   * passes a contact filter when at least one attendee does (SPEC §3.4); who passes is tested once per filter.
   */
  #buildSeries(specs: readonly SeriesSpec[], columns = new InteractionColumns(this.view.interactions(), this)): MutableSeries[] {
    const passing = new Map<string, Uint8Array>();
    const passOf = (filters: CompiledFilters): Uint8Array | null => {
      if (filters.contact === null) return null;
      let pass = passing.get(filters.contactKey);
      if (pass === undefined) passing.set(filters.contactKey, (pass = this.#verdicts.of(filters) ?? new Uint8Array(0)));
      return pass;
    };
    let firstDays: Int32Array | null = null;
    return specs.map(({ metric, filters }) => {
      const pass = passOf(filters);
      let days: Int32Array;
      if (metricDefinition(metric).counts.of === "contacts") {
        firstDays ??= columns.firstDays(this.personCount);
        days = this.#addedDays(firstDays, pass);
      } else {
        days = this.#countedDays(columns, metric, filters, pass);
      }
      return new MutableSeries(metric, filters, new DayMultiset(days));
    });
  }

  /** The sorted days of the interactions that count for `metric` under `filters` (`pass`: who passes its contact part). */
  #countedDays(columns: InteractionColumns, metric: AdditiveMetric, filters: CompiledFilters, pass: Uint8Array | null): Int32Array {
    const counts = metricDefinition(metric).counts;
    if (counts.of !== "interactions") return new Int32Array(0);
    // Kinds as a mask over kind ids; a metric of one kind (`events`) counts that kind alone, within the filter's kinds.
    let kinds: Uint8Array | null = null;
    if (filters.kinds !== null || counts.kind !== undefined) {
      kinds = new Uint8Array(this.kindCount);
      for (const [id, name] of this.#kindIds.values.entries()) {
        if ((filters.kinds === null || filters.kinds.has(name)) && (counts.kind === undefined || name === counts.kind)) kinds[id] = 1;
      }
    }
    return columns.countedDays(counts.on === "follow-up-done", kinds, counts.gave === true, pass);
  }

  /** The sorted days contacts count as added (first met, else first interaction), of those who pass. */
  #addedDays(firstDays: Int32Array, pass: Uint8Array | null): Int32Array {
    const { status, met } = this.people;
    const days: number[] = [];
    for (let id = 0; id < this.personCount; id++) {
      const code = status[id];
      if (code === undefined || code === NOT_A_CONTACT || code === TARGET) continue;
      if (pass !== null && pass[id] !== 1) continue;
      const day = met[id] !== NO_DAY ? (met[id] as number) : (firstDays[id] ?? NO_DAY);
      if (day !== NO_DAY) days.push(day);
    }
    return Int32Array.from(days).sort();
  }

  /**
   * How many facts of `metric` under `filters` fall on days `from` to `to`, both included: the sum of a series, or
   * for people met the distinct attendees who pass the filters, of interactions passing the kind filter.
   */
  count(metric: Metric, filters: CompiledFilters, from: number, to: number): number {
    if (to < from) return 0;
    return isAdditive(metric) ? this.#series(metric, filters).countBetween(from, to) : this.#peopleMet(filters, from, to);
  }

  /** One sweep of the attendances of days `from` to `to`, with a stamp per person instead of a Set. */
  #peopleMet(filters: CompiledFilters, from: number, to: number): number {
    let kinds: Uint8Array | null = null;
    if (filters.kinds !== null) {
      const ids = [...filters.kinds].map((kind) => this.kindId(kind));
      kinds = new Uint8Array(this.kindCount);
      for (const id of ids) kinds[id] = 1;
    }
    const people = this.personCount;
    if (this.#seen.length < people) this.#seen = new Int32Array(Math.max(people, this.#seen.length * 2));
    const passing = this.#verdicts.of(filters);
    const seen = this.#seen;
    const sweep = ++this.#sweep;
    const table = this.#attendanceTable;
    const { person, kind } = table.columns();
    const end = table.lowerBound(to + 1);
    let count = 0;
    for (let at = table.lowerBound(from); at < end; at++) {
      const id = person[at] ?? 0;
      if (seen[id] === sweep) continue;
      if (kinds !== null && kinds[kind[at] ?? 0] !== 1) continue;
      if (passing !== null && passing[id] !== 1) continue;
      seen[id] = sweep;
      count++;
    }
    return count;
  }

  /** Calls `visit` with every interaction dated from day `from` to `to`, by day. */
  forEachDated(from: number, to: number, visit: (interaction: ResolvedInteraction, day: number) => void): void {
    this.#byDate.forEach(from, to, visit);
  }

  /** Calls `visit` with every interaction whose follow-up date is from day `from` to `to`, by that day. */
  forEachFollowUpDue(from: number, to: number, visit: (interaction: ResolvedInteraction, day: number) => void): void {
    this.#byFollowUp.forEach(from, to, visit);
  }

  /** The day the contact at `path` counts as added (first met, else first interaction; null: not added, or a target). */
  addedDayOf(path: string): number | null {
    return this.#addedDay(this.view.contact(path), NO_FILTERS);
  }

  /** The day a contact counts as added (first met, else first interaction), when it passes the filters. */
  #addedDay(contact: Contact | undefined, filters: CompiledFilters): number | null {
    if (contact === undefined || contact.status === "target") return null;
    if (filters.contact !== null && !filters.contact(contact)) return null;
    if (contact.met !== undefined) return dayNumber(contact.met);
    const first = this.#attendedBy(contact.path)?.firstDated();
    return first?.date === undefined ? null : dayNumber(first.date);
  }

  /** The open follow-ups (a follow-up date, not done), by note path. */
  openFollowUpNotes(): ReadonlyMap<string, ResolvedInteraction> {
    return this.#openFollowUps;
  }

  interactionsOf(path: string): readonly ResolvedInteraction[] {
    return this.#attendedBy(path)?.all() ?? [];
  }

  #attendedBy(path: string): AttendedList | undefined {
    const id = this.#personIds.existing(path);
    return id === undefined ? undefined : this.#attended[id];
  }

  /** The day of person `id`'s latest interaction on or before day number `asOf` (undefined: none). */
  lastInteractionDay(id: number, asOf: number): number | undefined {
    return this.#attended[id]?.lastDayOnOrBefore(asOf);
  }

  /** The id of an attendee path (people met are counted over ids). */
  personId(path: string): number {
    return this.#personIds.id(path);
  }

  /** The attendee path of a person id. */
  personPath(id: number): string {
    return this.#personIds.values[id] ?? "";
  }

  /** How many kind ids have been given out. */
  get kindCount(): number {
    return this.#kindIds.size;
  }

  /** How many person ids have been given out: every id is below this. */
  get personCount(): number {
    return this.#personIds.size;
  }

  /** The id of an interaction kind (given out on first use, by a filter as well as by an interaction). */
  kindId(kind: string): number {
    return this.#kindIds.id(kind);
  }

  /**
   * An interaction note changed: `before` with the attendees it had (its array may since have been replaced),
   * `after` as it is now. Either may be undefined (added, removed). Called after the view holds `after`.
   */
  interactionChanged(
    before: ResolvedInteraction | undefined,
    beforeAttendees: readonly string[],
    after: ResolvedInteraction | undefined,
  ): void {
    const afterAttendees = after?.attendees ?? NO_PEOPLE;
    const path = (after ?? before)?.path ?? "";
    const dateMoved = before?.date !== after?.date;
    const peopleMoved = !sameList(beforeAttendees, afterAttendees);
    const kindMoved = before?.kind !== after?.kind;
    const people = dateMoved || peopleMoved ? [...new Set([...beforeAttendees, ...afterAttendees])] : NO_PEOPLE;
    const addedSeries = [...this.#seriesByKey.values()].filter((s) => s.countsContacts);
    // Added days of the people whose first interaction may move, before the lists change.
    const addedBefore = addedSeries.map((s) => people.map((p) => this.#addedDay(this.view.contact(p), s.filters)));

    for (const p of beforeAttendees) {
      const id = this.personId(p);
      const list = this.#attended[id];
      if (list && before) list.remove(before);
      if (list?.size === 0) this.#attended[id] = undefined;
    }
    for (const p of afterAttendees) {
      if (!after) break;
      const id = this.personId(p);
      const list = this.#attended[id];
      if (list) list.insert(after);
      else this.#attended[id] = AttendedList.of([after]);
    }
    if (dateMoved || peopleMoved || kindMoved) {
      const table = this.#attendanceTable;
      if (before?.date !== undefined) {
        const day = dayNumber(before.date);
        const kind = this.kindId(before.kind);
        for (const p of beforeAttendees) table.delete(day, this.personId(p), kind);
      }
      if (after?.date !== undefined) {
        const day = dayNumber(after.date);
        const kind = this.kindId(after.kind);
        for (const p of afterAttendees) table.add(day, this.personId(p), kind);
      }
    }
    this.#openFollowUps.delete(path);
    if (after !== undefined && isOpenFollowUp(after)) this.#openFollowUps.set(path, after);
    if (before !== after) {
      // A note read again is a new object: the lists by day hold the one the view holds now.
      if (before?.date !== undefined) this.#byDate.delete(dayNumber(before.date), before);
      if (after?.date !== undefined) this.#byDate.add(dayNumber(after.date), after);
      if (before?.followUp !== undefined) this.#byFollowUp.delete(dayNumber(before.followUp), before);
      if (after?.followUp !== undefined) this.#byFollowUp.add(dayNumber(after.followUp), after);
    }

    const contactOf = (p: string): Contact | undefined => this.view.contact(p);
    const moves: SeriesMove[] = [];
    const beforeDays = daysOf(before);
    const afterDays = daysOf(after);
    const beforePass = attendeesPassing(beforeAttendees, contactOf);
    const afterPass = attendeesPassing(afterAttendees, contactOf);
    for (const series of this.#seriesByKey.values()) {
      if (series.countsContacts) continue;
      series.move(interactionDay(series, before, beforeDays, beforePass), interactionDay(series, after, afterDays, afterPass), moves);
    }
    addedSeries.forEach((series, s) => {
      people.forEach((p, i) => series.move(addedBefore[s]?.[i] ?? null, this.#addedDay(this.view.contact(p), series.filters), moves));
    });

    const days: number[] = [];
    if (dateMoved || peopleMoved || kindMoved) {
      if (before?.date !== undefined) days.push(dayNumber(before.date));
      if (after?.date !== undefined && after.date !== before?.date) days.push(dayNumber(after.date));
      }
    this.#record({ path, people, days, filterDays: [], filterKinds: [], flip: null, moves });
  }

  /** A contact note was added, replaced or removed. Called after the view holds `after`. */
  contactChanged(before: Contact | undefined, after: Contact | undefined): void {
    const path = (after ?? before)?.path ?? "";
    const id = this.personId(path);
    this.people.set(id, after);
    this.#verdicts.contactChanged(id);
    const fieldsMoved = filterFieldsDiffer(before, after);
    const attended = fieldsMoved ? (this.#attended[id]?.all() ?? NO_MEETINGS) : NO_MEETINGS;
    let days: { date: number | null; done: number | null }[] | null = null;
    const moves: SeriesMove[] = [];
    for (const series of this.#seriesByKey.values()) {
      if (series.countsContacts) {
        series.move(this.#addedDay(before, series.filters), this.#addedDay(after, series.filters), moves);
        continue;
      }
      const test = series.filters.contact;
      if (test === null || attended.length === 0) continue;
      const was = test(before);
      const is = test(after);
      if (was === is) continue;
      // Only this person's meetings can pass or fail anew, and only those no other attendee lets through.
      days ??= attended.map(daysOf);
      const flipped: number[] = [];
      attended.forEach((interaction, i) => {
        const day = countedDay(series, interaction, days?.[i] ?? daysOf(interaction));
        if (day !== null && !interaction.attendees.some((p) => p !== path && test(this.view.contact(p)))) flipped.push(day);
      });
      series.moveMany(was ? flipped : [], is ? flipped : [], moves);
    }
    const filterDays: number[] = [];
    const filterKinds: string[] = [];
    for (const interaction of attended) {
      if (interaction.date === undefined) continue;
      filterDays.push(dayNumber(interaction.date));
      filterKinds.push(interaction.kind);
    }
    const flip = fieldsMoved ? (filters: CompiledFilters): -1 | 0 | 1 => verdictMove(filters, before, after) : null;
    this.#record({ path, people: [path], days: [], filterDays, filterKinds, flip, moves });
  }

  #record(change: FactChange): void {
    this.#journal.push(change);
    if (this.#journal.length > JOURNAL_LIMIT) {
      const dropped = this.#journal.length - JOURNAL_LIMIT / 2;
      this.#journal = this.#journal.slice(dropped);
      this.#journalStart += dropped;
    }
  }
}
