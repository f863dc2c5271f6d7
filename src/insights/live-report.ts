// The report of a NetworkIndex, kept up to date change by change: after one edit only the rows the edit
// touches are redone (read from the index's journal of changes) and only the goals whose counts can have
// moved are counted again; the reviews of open `network-review` blocks are kept up to date the same way
// (live-review.ts). tests/insights/live-report.test.ts holds both to the oracle in tests/oracle over random vaults
// and random edits; a new day or new settings start over.
import type { Settings } from "../model/settings";
import type { GoalSpec, LocalDate, Problem } from "../model/types";
import type { NetworkIndex } from "../index/network-index";
import type { FactChange } from "../index/facts";
import { dayNumber } from "../model/calendar";
import type { FollowUpRow } from "./follow-ups";
import { compareFollowUps, followUpHorizon, followUpRow } from "./follow-ups";
import type { GoalCounter } from "./goal-counter";
import type { CompiledFilters } from "../parse/filters";
import { compileFilters, NO_FILTERS } from "../parse/filters";
import type { GoalProgress } from "./goal-progress";
import { goalProgress } from "./goal-progress";
import type { GoalTiming, GoalTimingError } from "./goal-timing";
import { goalTiming } from "./goal-timing";
import type { KeyedPersonToMeet, KeyedReconnectRow, PersonToMeet, ReconnectRow } from "./reconnect";
import { compareKeyedRows, comparePeopleToMeet, keyReconnectRow, personToMeetOf, reconnectRowOfPerson, sortKeyedRows } from "./reconnect";
import type { Report } from "./report";
import type { Review } from "./review";
import { LiveReview } from "./live-review";
import type { ReviewWindow } from "./review-period";
import { parseReviewPeriod } from "./review-period";
import type { BestRead } from "./live-counter";
import { LiveCounter, PEOPLE_MET, countsOf, filteredPeopleMet } from "./live-counter";
import { SortedList } from "./sorted-list";
import type { PersonToMeetRow } from "./people-to-meet";
import { withIntroducers } from "./people-to-meet";
import type { BirthdayRow, KeyedBirthdayRow } from "./birthdays";
import { BIRTHDAYS_AHEAD, birthdayRow, birthdaysWithin, compareBirthdays, keyBirthdayRow } from "./birthdays";
import { DEFAULT_SETTINGS } from "../model/settings";

/** The birthday window defaults to the setting's default when a caller does not say (tests, the benchmark). */
type ReportSettings = Pick<Settings, "upcomingDays" | "weekStart"> & Partial<Pick<Settings, "birthdayWindowDays">>;


interface GoalMemo {
  /** The goal as read (JSON), to recognise it in a note read again. */
  spec: string;
  filters: CompiledFilters;
  /** Its periods for this today: only its counts can move while the state lasts. */
  timing: GoalTiming | GoalTimingError;
  progress: GoalProgress;
  /**
   * What its counts read (series keys, or people met; people met under a contact filter also `filteredPeopleMet`),
   * and from which day on.
   */
  counts: readonly string[];
  low: number;
  /** The Achievable records it read: a change to their counts recounts the goal only when a record moves. */
  bests: readonly BestRead[];
}

/** Everything computed for one today, settings and rebuild of the facts. */
interface State {
  today: LocalDate;
  horizon: LocalDate;
  upcomingDays: number;
  weekStart: Settings["weekStart"];
  epoch: number;
  /** Journal position read up to. */
  cursor: number;
  counter: LiveCounter;
  /** By note path. */
  followUps: SortedList<FollowUpRow, FollowUpRow>;
  /** These by contact path. */
  reconnect: SortedList<KeyedReconnectRow, ReconnectRow>;
  toMeet: SortedList<KeyedPersonToMeet, PersonToMeet>;
  /** Every contact's next birthday (within a year: all of them). */
  birthdays: SortedList<KeyedBirthdayRow, BirthdayRow>;
  /** The goal list counted last, its memos in the same order, and its progress as handed out. */
  goalList: readonly GoalSpec[];
  goalMemos: GoalMemo[];
  progress: GoalProgress[];
  /** Since the goals were last counted: the days each count moved on (filteredPeopleMet: people met under a contact filter). */
  moved: Map<string, number[]>;
  /** The reviews asked for lately, by window (a few blocks are open at a time). */
  reviews: Map<string, LiveReview>;
}

/** How many reviews are kept up to date; the one asked for least recently goes first. */
const REVIEWS_KEPT = 8;

export class LiveReport {
  #state: State | null = null;
  #last: Report | null = null;
  /** The index's problem list and the copy handed out with it: copied again only when the index's list moves. */
  #problems: { source: readonly Problem[]; copy: Problem[] } | null = null;

  readonly #index: NetworkIndex;

  constructor(index: NetworkIndex) {
    this.#index = index;
  }

  /** The report for `today`: the previous one when nothing changed, else brought up to date. */
  report(today: LocalDate, settings: ReportSettings): Report {
    const index = this.#index;
    const facts = index.facts;
    let state = this.#state;
    const changes = state !== null && this.#fits(state, today, settings) ? facts.changesSince(state.cursor) : null;
    if (state === null || changes === null) {
      state = this.#start(today, settings);
      this.#state = state;
    } else if (changes.length === 0 && this.#last?.revision === index.revision) {
      return this.#last;
    } else {
      this.#apply(state, changes);
    }
    state.cursor = facts.journalEnd;
    const goals = index.goals();
    const toMeet = state.toMeet.values();
    let peopleToMeet: PersonToMeetRow[] | undefined;
    const report: Report = {
      today,
      revision: index.revision,
      counts: { contacts: index.contactCount, interactions: index.interactionCount, goals: goals.length },
      followUps: state.followUps.values(),
      reconnect: state.reconnect.values(),
      birthdays: birthdaysWithin(state.birthdays.values(), settings.birthdayWindowDays ?? DEFAULT_SETTINGS.birthdayWindowDays),
      // Every birthday is at most a year away: the live list keeps them all, and the report's window is its prefix.
      birthdaysAhead: state.birthdays.values(),
      // Purposes and introducers are added when the list is first read (then kept with the report), as each row's
      // introducers are when the row is: hundreds of rows made for every report cost every edit ~1.3 ms and ~450 KB.
      get peopleToMeet(): PersonToMeetRow[] {
        return (peopleToMeet ??= withIntroducers(index, toMeet, today));
      },
      goals: this.#goalsOf(state, goals),
      problems: this.#problemsOf(index.problems()),
    };
    this.#last = report;
    return report;
  }

  /** Goal progress counted by the live facts, for a goal block outside the report (the same memo as the report). */
  counter(today: LocalDate, settings: ReportSettings): GoalCounter {
    this.report(today, settings);
    return (this.#state as State).counter;
  }

  /**
   * The review of a period as a `network-review` block writes it (`2026-Q1`, `last-year` …) for `today`, from the
   * same live facts and counter as the report (SPEC §3.5), or what is wrong with the period.
   */
  review(today: LocalDate, settings: ReportSettings, period: string, top = 5): Review | { error: string } {
    const parsed = parseReviewPeriod(period, today, settings.weekStart);
    if (!parsed.ok) return { error: parsed.message };
    return this.reviewOf(today, settings, parsed, top);
  }

  /** The review of a window, kept up to date with the report. */
  reviewOf(today: LocalDate, settings: ReportSettings, period: ReviewWindow, top = 5): Review {
    this.report(today, settings);
    const reviews = (this.#state as State).reviews;
    const { window, label, kind } = period;
    const key = `${window.start}|${window.end}|${label}|${kind}`;
    let live = reviews.get(key);
    reviews.delete(key);
    if (live === undefined || !live.update()) live = new LiveReview(this.#index, (this.#state as State).counter, period, settings.weekStart);
    reviews.set(key, live);
    if (reviews.size > REVIEWS_KEPT) reviews.delete(reviews.keys().next().value as string);
    return live.review(top);
  }

  #problemsOf(source: readonly Problem[]): Problem[] {
    if (this.#problems?.source !== source) this.#problems = { source, copy: [...source] };
    return this.#problems.copy;
  }

  #fits(state: State, today: LocalDate, settings: ReportSettings): boolean {
    return (
      state.today === today &&
      state.upcomingDays === settings.upcomingDays &&
      state.weekStart === settings.weekStart &&
      state.epoch === this.#index.facts.epoch
    );
  }

  #start(today: LocalDate, settings: ReportSettings): State {
    const index = this.#index;
    const facts = index.facts;
    const horizon = followUpHorizon(today, settings);
    const followUpRows: FollowUpRow[] = [];
    for (const interaction of facts.openFollowUpNotes().values()) {
      const row = followUpRow(interaction, today, horizon);
      if (row !== null) followUpRows.push(row);
    }
    const reconnectRows: KeyedReconnectRow[] = [];
    const todayDay = dayNumber(today);
    const toMeetRows: KeyedPersonToMeet[] = [];
    for (let id = 0; id < facts.personCount; id++) {
      const row = reconnectRowOfPerson(facts, id, index.defaultCadence, todayDay);
      if (row !== null) reconnectRows.push(keyReconnectRow(row, facts.people.nameKeys[id]));
      const person = personToMeetOf(facts, id);
      if (person !== null) toMeetRows.push(person);
    }
    const birthdayRows: KeyedBirthdayRow[] = [];
    for (const contact of index.contacts()) {
      if (contact.birthday === undefined) continue;
      const row = birthdayRow(contact, today, BIRTHDAYS_AHEAD);
      if (row !== null) birthdayRows.push(keyBirthdayRow(row));
    }
    return {
      today,
      horizon,
      upcomingDays: settings.upcomingDays,
      weekStart: settings.weekStart,
      epoch: facts.epoch,
      cursor: facts.journalEnd,
      counter: new LiveCounter(today, facts),
      followUps: new SortedList(followUpRows, compareFollowUps, (row) => row, (row) => row.note),
      reconnect: new SortedList(sortKeyedRows(reconnectRows), compareKeyedRows, (k) => k.row, (k) => k.row.contact),
      toMeet: new SortedList(toMeetRows, comparePeopleToMeet, (k) => k.person, (k) => k.person.contact),
      birthdays: new SortedList(birthdayRows, compareBirthdays, (k) => k.row, (k) => k.row.contact),
      goalList: [],
      goalMemos: [],
      progress: [],
      moved: new Map(),
      reviews: new Map(),
    };
  }

  /** Redoes the rows the changes touch: the follow-up of each changed note, the rows of each contact named. */
  #apply(state: State, changes: readonly FactChange[]): void {
    const notes = new Set<string>();
    const people = new Set<string>();
    for (const change of changes) {
      notes.add(change.path);
      for (const person of change.people) people.add(person);
      state.counter.forget(change);
      for (const move of change.moves) push(state.moved, move.key, move.day);
      for (const day of change.days) push(state.moved, PEOPLE_MET, day);
      if (change.flip !== null && change.filterDays.length > 0) this.#flipped(state, change);
    }
    const index = this.#index;
    for (const path of notes) {
      const interaction = index.interaction(path);
      state.followUps.set(path, interaction === undefined ? null : followUpRow(interaction, state.today, state.horizon));
    }
    const todayDay = dayNumber(state.today);
    for (const path of people) {
      const id = index.facts.personId(path);
      const row = reconnectRowOfPerson(index.facts, id, index.defaultCadence, todayDay);
      state.reconnect.set(path, row === null ? null : keyReconnectRow(row, index.facts.people.nameKeys[id]));
      state.toMeet.set(path, personToMeetOf(index.facts, id));
      const contact = index.contact(path);
      const birthday = contact === undefined ? null : birthdayRow(contact, state.today, BIRTHDAYS_AHEAD);
      state.birthdays.set(path, birthday === null ? null : keyBirthdayRow(birthday));
    }
  }

  /** A contact's filter fields changed: the days of its meetings, under each people-met goal's contact filter that it now passes or fails anew. */
  #flipped(state: State, change: FactChange): void {
    const done = new Set<string>();
    for (const memo of state.goalMemos) {
      const { filters } = memo;
      if (memo.counts[0] !== PEOPLE_MET || filters.contact === null || done.has(filters.contactKey)) continue;
      done.add(filters.contactKey);
      if (change.flip !== null && change.flip(filters) !== 0) for (const day of change.filterDays) push(state.moved, filteredPeopleMet(filters), day);
    }
  }

  /** Each goal's progress, counted again only when its goal changed or a count it reads moved on a day it reads. */
  #goalsOf(state: State, goals: readonly GoalSpec[]): GoalProgress[] {
    if (goals === state.goalList) {
      // The same goals (an edit to a meeting or a contact): only those whose counts moved are counted again. A
      // record (Achievable) goes stale only through a move that is in `moved` too.
      if (state.moved.size > 0) this.#recountMoved(state);
    } else {
      this.#matchGoals(state, goals);
    }
    state.moved.clear();
    return state.progress;
  }

  #recountMoved(state: State): void {
    const { goalList, goalMemos } = state;
    let progress: GoalProgress[] | null = null;
    for (let i = 0; i < goalMemos.length; i++) {
      const memo = goalMemos[i] as GoalMemo;
      if (!this.#moved(state, memo)) continue;
      const next = this.#count(state, goalList[i] as GoalSpec, memo.spec, memo);
      goalMemos[i] = next;
      // A report once handed out never changes: the list is copied before its first change.
      (progress ??= [...state.progress])[i] = next.progress;
    }
    if (progress !== null) state.progress = progress;
  }

  /**
   * A new goal list (a note's goals changed). Both lists are in the index's order (note path, then place in the
   * note), so each goal finds the one at its place in the old list by walking forward: the same object keeps its
   * memo, and so does a goal written as before in a note read again (an edit elsewhere in the note).
   */
  #matchGoals(state: State, goals: readonly GoalSpec[]): void {
    const { goalList: old, goalMemos: oldMemos } = state;
    // Nothing moved since the last count (a goal edit moves no count): a memo found stands as it is.
    const anyMoved = state.moved.size > 0;
    let j = 0;
    const aligned = goals.map((goal) => {
      while (j < old.length && old[j] !== goal && placedBefore(old[j] as GoalSpec, goal)) j++;
      const there = old[j];
      let memo: GoalMemo | undefined;
      let spec: string | undefined;
      if (there === goal) {
        memo = oldMemos[j];
      } else if (there !== undefined && there.note === goal.note && there.index === goal.index) {
        spec = JSON.stringify(goal);
        if (oldMemos[j]?.spec === spec) memo = oldMemos[j];
      }
      if (memo === undefined || (anyMoved && this.#moved(state, memo))) memo = this.#count(state, goal, spec ?? memo?.spec ?? JSON.stringify(goal), memo);
      return memo;
    });
    state.goalList = goals;
    state.goalMemos = aligned;
    state.progress = aligned.map((memo) => memo.progress);
  }

  /** Counts one goal (written as `spec`), reusing what `memo`, from the same goal, knew of it. */
  #count(state: State, goal: GoalSpec, spec: string, memo: GoalMemo | undefined): GoalMemo {
    const filters = memo?.filters ?? compileFilters(goal.filters);
    const timing = memo?.timing ?? goalTiming(goal, state.today, state.weekStart);
    const metric = goal.metric;
    const { value, low, bests } = state.counter.track(() => goalProgress(goal, state.counter, state.weekStart, { filters, timing }));
    const counts = metric === undefined ? [] : [countsOf(metric, filters), countsOf(metric, NO_FILTERS)];
    if (counts[0] === PEOPLE_MET && filters.contact !== null) counts.push(filteredPeopleMet(filters));
    return { spec, filters, timing, progress: value, counts, low, bests };
  }

  /** Whether a count the goal reads moved on a day it reads, or a record it read moved (asked of every goal after every edit: no closures). */
  #moved(state: State, memo: GoalMemo): boolean {
    for (const key of memo.counts) {
      const days = state.moved.get(key);
      if (days !== undefined) for (const day of days) if (state.counter.reads(memo.low, day)) return true;
    }
    return state.counter.bestsMoved(memo.bests);
  }
}

/** Whether `a` comes before `b` in the index's goal order: by note path (as plain strings), then place in the note. */
function placedBefore(a: GoalSpec, b: GoalSpec): boolean {
  return a.note < b.note || (a.note === b.note && a.index < b.index);
}

function push(map: Map<string, number[]>, key: string, day: number): void {
  const days = map.get(key);
  if (days) days.push(day);
  else map.set(key, [day]);
}
