// The review of one window (SPEC §3.5), kept up to date change by change from the index's live facts: after
// one edit only the notes and people the edit touched are read again (from the facts' journal), and only the
// goals whose counts moved in the window are counted again. Built and refreshed by the live report, which owns
// the counter it shares (live-report.ts); tests/insights/live-report.test.ts holds it to the oracle in tests/oracle.
import type { DateWindow } from "../model/calendar";
import { dayNumber, fromDayNumber, periodOf } from "../model/calendar";
import { METRICS } from "../model/metrics";
import { basenameOf } from "../model/paths";
import type { Weekday } from "../model/settings";
import type { GoalSpec, Level, ResolvedInteraction } from "../model/types";
import type { NetworkIndex } from "../index/network-index";
import type { FactChange } from "../index/facts";
import type { CompiledFilters } from "../parse/filters";
import { NO_FILTERS, compileFilters } from "../parse/filters";
import { followUpDoneDate } from "../parse/interaction";
import { companyKey, nameKey } from "../parse/keys";
import type { LiveCounter } from "./live-counter";
import { PEOPLE_MET, countsOf } from "./live-counter";
import { countedGoal } from "./goal-smart";
import { goalTiming, periodsEndingIn } from "./goal-timing";
import { goalTitle } from "./goal-title";
import { comparePaths, sortByKey } from "./order";
import type { KeyedReconnectRow, ReconnectRow } from "./reconnect";
import { compareKeyedRows, keyReconnectRow, reconnectRowOfPerson, sortKeyedRows } from "./reconnect";
import type { Review, ReviewGoalPeriod, ReviewNewContact, ReviewPerson } from "./review";
import { mixWarnings } from "./review";
import type { ReviewWindow } from "./review-period";
import { SortedList } from "./sorted-list";

type LevelOrUnknown = Level | "unknown";

/** What one interaction adds to the review. */
interface Contribution {
  path: string;
  /** Dated in the window, up to today: it adds its kind, what was given and asked, and its attendees. */
  dated: boolean;
  /** Its week in perWeek (when dated). */
  week: number;
  kind: string;
  gave: number;
  asked: number;
  attendees: readonly string[];
  /** Its follow-up fell due in the window, before today, and was not done, or done late (after its date). */
  missed: boolean;
}

/** Where a person met in the window was counted in the mix. */
interface Mixed {
  level: LevelOrUnknown;
  company: string;
  spelling: string | null;
}

interface NewContact {
  entry: ReviewNewContact;
  day: number;
  name: string;
}

/** One goal's periods that ended in the window, and what they read. */
interface GoalPeriods {
  goal: GoalSpec;
  /** The count it reads (countsOf), null when the goal does not count. */
  counts: string | null;
  filters: CompiledFilters;
  /** The first day its periods read. */
  low: number;
  hit: ReviewGoalPeriod[];
  missed: ReviewGoalPeriod[];
}

function compareNewContacts(a: NewContact, b: NewContact): number {
  return a.day - b.day || comparePaths(a.name, b.name) || comparePaths(a.entry.contact, b.entry.contact);
}

export class LiveReview {
  readonly #from: number;
  /** The window's last day, or today if sooner: nothing later counts. */
  readonly #asOf: number;
  /** Follow-ups due up to this day can be missed (due today is not missed yet). */
  readonly #lastDue: number;
  readonly #todayDay: number;
  #cursor: number;
  readonly #epoch: number;
  readonly #notes = new Map<string, Contribution>();
  readonly #kinds = new Map<string, number>();
  /** The first day of the week the window starts in, and the interactions of each week from it. */
  readonly #firstWeek: number;
  readonly #weeks: number[];
  #gave = 0;
  #asked = 0;
  /** The window's notes that gave or asked, and those whose follow-up was missed. */
  readonly #givingNotes = new Set<string>();
  readonly #missedNotes = new Set<string>();
  /** Interactions in the window per attendee path. */
  readonly #seen = new Map<string, number>();
  readonly #mixed = new Map<string, Mixed>();
  readonly #byLevel: Record<LevelOrUnknown, number> = { senior: 0, peer: 0, junior: 0, unknown: 0 };
  readonly #added: SortedList<NewContact, NewContact["entry"]>;
  readonly #drifted: SortedList<KeyedReconnectRow, ReconnectRow>;
  #goalList: readonly GoalSpec[] = [];
  #goalPeriods: GoalPeriods[] = [];
  #last: { top: number; review: Review } | null = null;
  /** Parts of the last review still true (each dropped when what it is drawn from changes). */
  #shown: {
    seenMost?: { top: number; people: Review["seenMost"] };
    byKind?: Review["byKind"];
    byCompany?: Review["byCompany"];
    givingNotes?: string[];
    missedNotes?: string[];
    goals?: Review["goals"];
  } = {};

  readonly window: DateWindow;
  /** The previous window's days that count (up to today). */
  readonly #before: { from: number; to: number };

  readonly #index: NetworkIndex;
  readonly #counter: LiveCounter;
  readonly #period: ReviewWindow;
  readonly #weekStart: Weekday;

  constructor(index: NetworkIndex, counter: LiveCounter, period: ReviewWindow, weekStart: Weekday) {
    this.#index = index;
    this.#counter = counter;
    this.#period = period;
    this.#weekStart = weekStart;
    const facts = index.facts;
    const today = counter.today;
    const window = (this.window = period.window);
    this.#todayDay = dayNumber(today);
    this.#before = { from: dayNumber(period.previous.start), to: Math.min(dayNumber(period.previous.end), this.#todayDay) };
    this.#from = dayNumber(window.start);
    this.#asOf = Math.min(dayNumber(window.end), this.#todayDay);
    this.#lastDue = Math.min(dayNumber(window.end), this.#todayDay - 1);
    this.#firstWeek = dayNumber(periodOf(window.start, "week", weekStart).start);
    this.#weeks = new Array<number>(this.#asOf < this.#from ? 0 : Math.floor((this.#asOf - this.#firstWeek) / 7) + 1).fill(0);
    this.#cursor = facts.journalEnd;
    this.#epoch = facts.epoch;
    facts.forEachDated(this.#from, this.#asOf, (interaction) => this.#take(interaction));
    facts.forEachFollowUpDue(this.#from, this.#lastDue, (interaction) => {
      if (!this.#notes.has(interaction.path)) this.#take(interaction);
    });
    const added: NewContact[] = [];
    const rows: KeyedReconnectRow[] = [];
    for (let id = 0; id < facts.personCount; id++) {
      const path = facts.personPath(id);
      const contact = this.#newContact(path);
      if (contact !== null) added.push(contact);
      const row = this.#driftedRow(id);
      if (row !== null) rows.push(row);
    }
    this.#added = new SortedList(added, compareNewContacts, (c) => c.entry, (c) => c.entry.contact);
    this.#drifted = new SortedList(sortKeyedRows(rows), compareKeyedRows, (k) => k.row, (k) => k.row.contact);
    this.#countGoals([]);
  }

  /**
   * Brings the review up to date with the facts (the counter already is: the live report moved it first);
   * false when the facts were rebuilt or the journal no longer reaches back to it, and it must start over.
   */
  update(): boolean {
    const facts = this.#index.facts;
    if (facts.epoch !== this.#epoch) return false;
    const changes = facts.changesSince(this.#cursor);
    if (changes === null) return false;
    this.#cursor = facts.journalEnd;
    const goals = this.#index.goals();
    if (changes.length === 0 && goals === this.#goalList) return true;
    const notes = new Set<string>();
    const people = new Set<string>();
    // A count of the window or the one before moved (the metrics read them): the review is drawn anew.
    let moved = false;
    const { from, to } = this.#before;
    const inWindow = (day: number): boolean => Number.isNaN(day) || (day >= this.#from && day <= this.#asOf) || (day >= from && day <= to);
    // A contact came, went or changed: a new contact's introducer may resolve to it, or no longer.
    let contactMoved = false;
    for (const change of changes) {
      notes.add(change.path);
      for (const person of change.people) people.add(person);
      if (change.people.includes(change.path)) contactMoved = true;
      if (!moved) moved = change.days.some(inWindow) || change.moves.some((move) => inWindow(move.day));
    }
    for (const path of notes) {
      const old = this.#notes.get(path);
      if (old !== undefined) this.#count(old, -1);
      this.#notes.delete(path);
      const interaction = this.#index.interaction(path);
      const taken = interaction !== undefined && this.#take(interaction);
      if (old !== undefined || taken) moved = true;
    }
    for (const path of people) if (this.#person(path)) moved = true;
    // Their introducer may resolve to a contact that came, or no longer (the index does not say which): read again.
    if (contactMoved) {
      for (const c of this.#added.values()) if (c.introducedBy !== null && !people.has(c.contact) && this.#person(c.contact)) moved = true;
    }
    if (this.#countGoals(changes)) moved = true;
    // Nothing this review shows moved (an edit outside its window): the last one stands.
    if (moved) this.#last = null;
    return true;
  }

  /** The review, with the `top` people seen most. */
  review(top: number): Review {
    if (this.#last?.top === top) return this.#last.review;
    const { window, previous } = this.#period;
    const metrics = Object.fromEntries(
      METRICS.map((m) => {
        const [count = 0, before = 0] = this.#counter.countWindows(m.name, NO_FILTERS, [window, previous]);
        return [m.name, { count, previous: before }];
      }),
    ) as Review["metrics"];
    const shown = this.#shown;
    shown.goals ??= { hit: this.#goalPeriods.flatMap((g) => g.hit), missed: this.#goalPeriods.flatMap((g) => g.missed) };
    if (shown.seenMost?.top !== top) shown.seenMost = { top, people: this.#seenMost(top) };
    shown.byKind ??= sortByKey(
      [...this.#kinds].map(([kind, count]) => ({ kind, count })),
      (k) => [-k.count, k.kind],
    );
    shown.byCompany ??= this.#byCompany();
    shown.givingNotes ??= [...this.#givingNotes].sort(comparePaths);
    shown.missedNotes ??= [...this.#missedNotes].sort(comparePaths);
    const byLevel = { ...this.#byLevel };
    const review: Review = {
      window,
      previous,
      label: this.#period.label,
      today: this.#counter.today,
      partial: this.window.end >= this.#counter.today,
      metrics,
      newContacts: this.#added.values(),
      seenMost: shown.seenMost.people,
      byKind: shown.byKind,
      perWeek: this.#weeks.map((count, i) => ({ start: fromDayNumber(this.#firstWeek + 7 * i), count })),
      giving: { gave: this.#gave, asked: this.#asked, notes: shown.givingNotes },
      followUps: {
        done: this.#index.facts.count("follow-ups-done", NO_FILTERS, this.#from, this.#asOf),
        missed: this.#missedNotes.size,
        missedNotes: shown.missedNotes,
      },
      goals: shown.goals,
      byLevel,
      byCompany: shown.byCompany,
      warnings: mixWarnings(byLevel, shown.byCompany, this.#period.kind),
      drifted: this.#drifted.values(),
    };
    this.#last = { top, review };
    return review;
  }

  /** Reads an interaction into the tallies, when it adds to them (then true). */
  #take(interaction: ResolvedInteraction): boolean {
    const day = interaction.date === undefined ? null : dayNumber(interaction.date);
    const dated = day !== null && day >= this.#from && day <= this.#asOf;
    let missed = false;
    if (interaction.followUp !== undefined) {
      const due = dayNumber(interaction.followUp);
      if (due >= this.#from && due <= this.#lastDue) {
        const done = followUpDoneDate(interaction);
        missed = done === undefined || dayNumber(done) > due;
      }
    }
    if (!dated && !missed) return false;
    const contribution: Contribution = {
      path: interaction.path,
      dated,
      week: dated && day !== null ? Math.floor((day - this.#firstWeek) / 7) : -1,
      kind: interaction.kind,
      gave: interaction.gave.length,
      asked: interaction.asked.length,
      attendees: dated ? interaction.attendees : [],
      missed,
    };
    this.#notes.set(interaction.path, contribution);
    this.#count(contribution, 1);
    return true;
  }

  /** Adds (`sign` 1) or takes away (-1) what one interaction contributes. */
  #count(c: Contribution, sign: 1 | -1): void {
    if (c.missed) {
      this.#shown.missedNotes = undefined;
      if (sign > 0) this.#missedNotes.add(c.path);
      else this.#missedNotes.delete(c.path);
    }
    if (!c.dated) return;
    if (c.gave + c.asked > 0) {
      this.#shown.givingNotes = undefined;
      if (sign > 0) this.#givingNotes.add(c.path);
      else this.#givingNotes.delete(c.path);
    }
    this.#shown.byKind = undefined;
    if (c.attendees.length > 0) this.#shown.seenMost = undefined;
    const kinds = (this.#kinds.get(c.kind) ?? 0) + sign;
    if (kinds === 0) this.#kinds.delete(c.kind);
    else this.#kinds.set(c.kind, kinds);
    this.#gave += sign * c.gave;
    this.#asked += sign * c.asked;
    if (c.dated) this.#weeks[c.week] = (this.#weeks[c.week] ?? 0) + sign;
    for (const path of c.attendees) {
      const seen = (this.#seen.get(path) ?? 0) + sign;
      if (seen === 0) {
        this.#seen.delete(path);
        this.#unmix(path);
      } else {
        this.#seen.set(path, seen);
        if (seen === 1 && sign === 1) this.#mix(path);
      }
    }
  }

  /** A person met in the window joins the mix by their level and company as they are now. */
  #mix(path: string): void {
    const contact = this.#index.contact(path);
    const company = contact?.company === undefined ? "" : companyKey(contact.company);
    const mixed: Mixed = { level: contact?.level ?? "unknown", company, spelling: company === "" ? null : (contact?.company ?? null) };
    this.#mixed.set(path, mixed);
    this.#shown.byCompany = undefined;
    this.#byLevel[mixed.level] += 1;
  }

  #unmix(path: string): void {
    const mixed = this.#mixed.get(path);
    if (mixed === undefined) return;
    this.#mixed.delete(path);
    this.#shown.byCompany = undefined;
    this.#byLevel[mixed.level] -= 1;
  }

  /**
   * A contact changed (or the meetings that date it did): its mix, its new-contact entry and its drifted row again;
   * true when the review shows the person (so its name or fields may show differently).
   */
  #person(path: string): boolean {
    const seen = this.#seen.has(path);
    if (seen) {
      // Its name may have changed.
      this.#shown.seenMost = undefined;
      this.#unmix(path);
      this.#mix(path);
    }
    const added = this.#added.set(path, this.#newContact(path));
    const drifted = this.#drifted.set(path, this.#driftedRow(this.#index.facts.personId(path)));
    return seen || added || drifted;
  }

  /** The contact at `path` as a new contact of the window, or null when it was not added in it. */
  #newContact(path: string): NewContact | null {
    const day = this.#index.facts.addedDayOf(path);
    if (day === null || day < this.#from || day > this.#asOf) return null;
    const contact = this.#index.contact(path);
    const name = contact?.name ?? "";
    const entry = { contact: path, name, date: fromDayNumber(day), metAt: contact?.metAt ?? null, introducedBy: this.#introducer(contact?.introducedBy) };
    return { entry, day, name: nameKey(name) };
  }

  /** Who `introduced_by` names: the contact it resolves to (as an attendee would), else the text as written. */
  #introducer(reference: string | undefined): ReviewNewContact["introducedBy"] {
    if (reference === undefined) return null;
    const found = this.#index.resolveContact(reference);
    if (found.kind !== "found") return { contact: null, name: reference };
    return { contact: found.path, name: this.#index.contact(found.path)?.name ?? basenameOf(found.path) };
  }

  /** Person `id` as the reconnect list would have shown them at the window's end, snoozed or not; only with a due date. */
  #driftedRow(id: number): KeyedReconnectRow | null {
    const facts = this.#index.facts;
    const row = reconnectRowOfPerson(facts, id, this.#index.defaultCadence, this.#asOf, false);
    return row === null || row.due === null ? null : keyReconnectRow(row, facts.people.nameKeys[id]);
  }

  /** The `top` people seen most: most interactions first, then by name; one pass, keeping the best few. */
  #seenMost(top: number): (ReviewPerson & { count: number })[] {
    const best: { person: ReviewPerson & { count: number }; key: string }[] = [];
    const before = (a: { person: { count: number; contact: string }; key: string }, b: { person: { count: number; contact: string }; key: string }): boolean =>
      a.person.count !== b.person.count ? a.person.count > b.person.count : a.key !== b.key ? a.key < b.key : a.person.contact < b.person.contact;
    for (const [path, count] of this.#seen) {
      const last = best[best.length - 1];
      if (best.length >= top && last !== undefined && count < last.person.count) continue;
      const name = this.#index.contact(path)?.name ?? basenameOf(path);
      const candidate = { person: { contact: path, name, count }, key: nameKey(name) };
      if (best.length >= top && last !== undefined && !before(candidate, last)) continue;
      let at = best.length;
      while (at > 0 && before(candidate, best[at - 1] as (typeof best)[number])) at--;
      best.splice(at, 0, candidate);
      if (best.length > top) best.pop();
    }
    return best.map((b) => b.person);
  }

  /**
   * Distinct people met by company, most first, "no company" after the companies of its count, then by name; each
   * company in its most frequent spelling among them, ties by the spelling whose first person comes first by path.
   */
  #byCompany(): { company: string | null; count: number }[] {
    // Company key → its people, and each spelling's people and first path.
    const companies = new Map<string, { count: number; spellings: Map<string | null, { people: number; first: string }> }>();
    for (const [path, { company, spelling }] of this.#mixed) {
      let c = companies.get(company);
      if (c === undefined) companies.set(company, (c = { count: 0, spellings: new Map() }));
      c.count++;
      const s = c.spellings.get(spelling);
      if (s === undefined) {
        c.spellings.set(spelling, { people: 1, first: path });
      } else {
        s.people++;
        if (path < s.first) s.first = path;
      }
    }
    const rows = [...companies.values()].map(({ count, spellings }) => {
      let best: [string | null, { people: number; first: string }] | undefined;
      for (const entry of spellings) {
        const [, s] = entry;
        if (best === undefined || s.people > best[1].people || (s.people === best[1].people && s.first < best[1].first)) best = entry;
      }
      return { company: best?.[0] ?? null, count };
    });
    return sortByKey(rows, (c) => [-c.count, c.company === null ? 1 : 0, nameKey(c.company ?? "")]);
  }

  /**
   * The goal periods that ended in the window, hit or missed. With the same goals, a goal is counted again only
   * when a count it reads moved on a day its periods read (or a contact filter may answer anew). True when a goal's
   * periods were counted again or the goals changed.
   */
  #countGoals(changes: readonly FactChange[]): boolean {
    const goals = this.#index.goals();
    const moved = new Map<string, number[]>();
    const push = (key: string, day: number): void => {
      const days = moved.get(key);
      if (days === undefined) moved.set(key, [day]);
      else days.push(day);
    };
    for (const change of changes) {
      for (const move of change.moves) push(move.key, move.day);
      for (const day of change.days) push(PEOPLE_MET, day);
    }
    const known = new Map<GoalSpec, GoalPeriods>();
    if (goals !== this.#goalList) for (const periods of this.#goalPeriods) known.set(periods.goal, periods);
    let recounted = false;
    const next = goals === this.#goalList ? this.#goalPeriods : goals.map((goal) => known.get(goal) ?? this.#periodsOf(goal));
    this.#goalPeriods = next.map((periods) => {
      if (periods.counts === null) return periods;
      const reads = (key: string): boolean => moved.get(key)?.some((day) => Number.isNaN(day) || (day >= periods.low && day <= this.#todayDay)) === true;
      const flipped = (): boolean =>
        periods.counts === PEOPLE_MET &&
        changes.some((c) => c.flip !== null && c.flip(periods.filters) !== 0 && c.filterDays.some((day) => day >= periods.low && day <= this.#todayDay));
      const touched = reads(periods.counts) || flipped();
      if (!touched) return periods;
      recounted = true;
      return this.#periodsOf(periods.goal);
    });
    const changed = recounted || goals !== this.#goalList;
    if (changed) this.#shown.goals = undefined;
    this.#goalList = goals;
    return changed;
  }

  #periodsOf(goal: GoalSpec): GoalPeriods {
    const counted = countedGoal(goal, goalTiming(goal, this.#counter.today, this.#weekStart));
    const none: GoalPeriods = { goal, counts: null, filters: NO_FILTERS, low: 0, hit: [], missed: [] };
    if (counted === null) return none;
    const { metric, target, timing } = counted;
    const filters = compileFilters(goal.filters);
    const periods = periodsEndingIn(timing, this.window, this.#weekStart);
    const counts = this.#counter.countWindows(metric, filters, periods);
    const result: GoalPeriods = {
      goal,
      counts: countsOf(metric, filters),
      filters,
      low: periods.length === 0 ? Number.POSITIVE_INFINITY : dayNumber(periods[0]?.start ?? ""),
      hit: [],
      missed: [],
    };
    const title = goalTitle(goal);
    periods.forEach((period, i) => {
      const count = counts[i] ?? 0;
      const entry = { note: goal.note, index: goal.index, title, start: period.start, end: period.end, count, target, hit: count >= target };
      // A period still running counts only once it is already hit; otherwise it is not missed yet.
      if (entry.hit) result.hit.push(entry);
      else if (period.end < this.#counter.today) result.missed.push(entry);
    });
    return result;
  }
}
