// The live report and the live reviews (kept up to date change by change) against the oracle's plain reading of
// SPEC §3 (tests/oracle) over random vaults and random edit sequences: every list, every goal's numbers and every
// part of the reviews of several windows, after every change.
import { describe, expect, it } from "vitest";
import { load, CORE_SCHEMA } from "js-yaml";
import { NetworkIndex } from "../../src/index/network-index";
import { LiveReport } from "../../src/insights/live-report";
import { report as oracleReport, review as oracleReview } from "../oracle/spec";
import { parseReviewPeriod } from "../../src/insights/review-period";
import { plusDays } from "../../src/model/calendar";
import { DEFAULT_SETTINGS, type Settings } from "../../src/model/settings";
import { METRICS } from "../../src/model/metrics";
import type { Contact, GoalFilters, GoalSpec, Interaction, Level, Metric, ParsedNote, Period } from "../../src/model/types";

const parseYaml = (text: string): unknown => load(text, { schema: CORE_SCHEMA });
const TODAY = "2026-05-20";

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Random notes of every kind, each with a fair chance of whatever can move a number. */
class Notes {
  private readonly rand: () => number;
  constructor(seed: number) {
    this.rand = rng(seed);
  }

  r(): number {
    return this.rand();
  }

  chance(p: number): boolean {
    return this.rand() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rand() * items.length)] as T;
  }

  day(): string {
    return plusDays("2025-01-01", Math.floor(this.rand() * 540));
  }

  contact(n: number): ParsedNote {
    const path = `People/P${n}.md`;
    const contact: Contact = {
      path,
      basename: `P${n}`,
      name: this.chance(0.2) ? `Q${n}` : `P${n}`,
      aliases: this.chance(0.2) ? [`A${Math.floor(this.rand() * 4)}`] : [],
      tags: this.chance(0.5) ? [this.pick(["sales", "person/mentor", "person", "design"])] : [],
      status: this.pick(["active", "active", "active", "target", "dormant", "archived"] as const),
    };
    // Birthdays near today and far from it, 29 February among them, with and without a year.
    if (this.chance(0.4)) {
      const day = plusDays(TODAY, Math.floor(this.rand() * 40) - 10);
      contact.birthday = this.chance(0.1) ? { month: 2, day: 29 } : { month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) };
      if (this.chance(0.5)) contact.birthday.year = 1950 + Math.floor(this.rand() * 60);
    }
    const level = this.chance(0.6) ? this.pick<Level>(["senior", "peer", "junior"]) : undefined;
    if (level) contact.level = level;
    if (this.chance(0.5)) contact.company = this.pick(["Acme", "Globex", "acme.md"]);
    if (this.chance(0.3)) contact.met = this.day();
    if (this.chance(0.2)) contact.lastContactManual = this.day();
    if (this.chance(0.1)) contact.snoozeUntil = this.day();
    if (this.chance(0.3)) contact.cadence = this.pick([{ amount: 2, unit: "week" }, { amount: 1, unit: "month" }, null] as const);
    if (this.chance(0.3)) contact.metAt = this.pick(["SaaStr 2026", "a dinner"]);
    // Introducers that resolve, that are ambiguous (an alias two may share), and that name nobody yet.
    if (this.chance(0.4)) contact.introducedBy = this.pick([`[[P${Math.floor(this.rand() * 14)}]]`, `A${Math.floor(this.rand() * 4)}`, `Q${Math.floor(this.rand() * 14)}`, "Nobody"]);
    return { path, contact, goals: [], problems: [] };
  }

  meeting(n: number, contacts: number): ParsedNote {
    const path = `Meetings/M${n}.md`;
    const refs = Array.from({ length: 1 + Math.floor(this.rand() * 3) }, () =>
      this.pick([`[[P${Math.floor(this.rand() * (contacts + 2))}]]`, `A${Math.floor(this.rand() * 4)}`, `Q${Math.floor(this.rand() * contacts)}`]),
    );
    const done = this.rand();
    const interaction: Interaction = {
      path,
      attendeeRefs: [...new Set(refs)],
      attendeesFromBody: false,
      kind: this.pick(["meeting", "coffee", "event", "call", "intro"]),
      followUpDone: done < 0.3 ? true : done < 0.5 ? this.day() : false,
      gave: this.chance(0.3) ? ["an intro"] : [],
      asked: this.chance(0.3) ? ["advice", "a referral"].slice(0, 1 + Math.floor(this.rand() * 2)) : [],
      learned: [],
    };
    if (!this.chance(0.05)) interaction.date = this.day();
    if (this.chance(0.5)) interaction.followUp = this.day();
    return { path, interaction, goals: [], problems: [] };
  }

  journal(n: number): ParsedNote {
    const path = `Journal/J${n}.md`;
    const goals = Array.from({ length: 1 + Math.floor(this.rand() * 2) }, (_, index): GoalSpec => {
      const filters: GoalFilters = { kind: [], tag: [], level: [], company: [] };
      if (this.chance(0.3)) filters.kind = [this.pick(["coffee", "event"])];
      if (this.chance(0.3)) filters.tag = [this.pick(["person", "sales"])];
      if (this.chance(0.2)) filters.level = [this.pick<Level>(["senior", "peer"])];
      if (this.chance(0.2)) filters.company = ["acme"];
      const goal: GoalSpec = { note: path, index, line: index * 5, filters, issues: [], why: "to grow" };
      if (!this.chance(0.05)) goal.metric = this.pick<Metric>(METRICS.map((m) => m.name));
      if (!this.chance(0.05)) goal.target = 1 + Math.floor(this.rand() * 8);
      if (this.chance(0.7)) goal.period = this.pick<Period>(["week", "month", "quarter", "year"]);
      else goal.due = this.day();
      if (this.chance(0.5)) goal.start = this.day();
      goal.noteDate = this.day();
      return goal;
    });
    return { path, goals, problems: [] };
  }
}

const SETTINGS: Settings = { ...DEFAULT_SETTINGS };

/** Review windows the edits move: the running quarter and month, the last year, a past week, a whole past year. */
const PERIODS = ["this-quarter", "last-year", "this-month", "last-week", "2025"];

function expectSame(index: NetworkIndex, live: LiveReport, today: string, settings: Settings, step: string): void {
  const got = live.report(today, settings);
  const want = oracleReport(index, today, settings);
  expect(got, step).toEqual(want);
  for (const period of PERIODS) {
    const parsed = parseReviewPeriod(period, today, settings.weekStart);
    if (!parsed.ok) throw new Error(parsed.message);
    const top = period === "2025" ? 100 : 3;
    expect(live.review(today, settings, period, top), `${step}: review ${period}`).toEqual(oracleReview(index, parsed.window, parsed.label, parsed.kind, today, settings.weekStart, top));
  }
}

/** The notes now in the vault, by path: what an index read from scratch would hold. */
class Vault {
  readonly notes = new Map<string, ParsedNote>();
  constructor(private readonly index: NetworkIndex) {}

  put(note: ParsedNote): void {
    // The index resolves attendees in place: each index gets its own copy.
    this.notes.set(note.path, structuredClone(note));
    this.index.put(note);
  }

  remove(path: string): void {
    this.notes.delete(path);
    this.index.remove(path);
  }

  /** An index built from scratch over the same notes, in one bulk load. */
  fresh(): NetworkIndex {
    const index = new NetworkIndex(SETTINGS, parseYaml);
    index.beginBulk();
    for (const note of this.notes.values()) index.put(structuredClone(note));
    index.endBulk();
    return index;
  }
}

describe("LiveReport", () => {
  // Mostly meetings in the last two: contact edits rebuild the contact-filtered counts, which would hide a slip in
  // how a meeting edit moves them.
  for (const [seed, contactShare] of [[1, 0.25], [2, 0.25], [3, 0.25], [4, 0.25], [5, 0.02], [6, 0.02]] as const) {
    it(`equals a report from scratch after every edit (seed ${seed})`, () => {
      const notes = new Notes(seed);
      const index = new NetworkIndex(SETTINGS, parseYaml);
      const vault = new Vault(index);
      const contacts = 12;
      // Part of the vault in one bulk load, as the plugin starts; the rest note by note.
      index.beginBulk();
      for (let n = 0; n < contacts; n++) vault.put(notes.contact(n));
      for (let n = 0; n < 40; n++) vault.put(notes.meeting(n, contacts));
      vault.put(notes.journal(0));
      index.endBulk();
      const live = new LiveReport(index);
      expectSame(index, live, TODAY, SETTINGS, "after the bulk load");
      const first = live.report(TODAY, SETTINGS);
      let earlier = { report: first, copy: structuredClone(first) };
      for (let step = 0; step < 150; step++) {
        const op = notes.r();
        let what: string;
        if (op < 0.3) {
          const note = notes.meeting(Math.floor(notes.r() * 50), contacts);
          vault.put(note);
          what = `put ${note.path}`;
        } else if (op < 0.3 + contactShare) {
          const note = notes.contact(Math.floor(notes.r() * (contacts + 2)));
          vault.put(note);
          what = `put ${note.path}`;
        } else if (op < 0.55 + contactShare / 2) {
          const note = notes.meeting(Math.floor(notes.r() * 50), contacts);
          vault.put(note);
          what = `put ${note.path}`;
        } else if (op < 0.65) {
          const note = notes.journal(Math.floor(notes.r() * 3));
          vault.put(note);
          what = `put ${note.path}`;
        } else if (op < 0.8) {
          const path = notes.chance(contactShare) ? `People/P${Math.floor(notes.r() * contacts)}.md` : notes.pick([`Meetings/M${Math.floor(notes.r() * 50)}.md`, "Journal/J0.md"]);
          vault.remove(path);
          what = `remove ${path}`;
        } else if (op < 0.8 + contactShare / 5) {
          // A note that changes what it is: a meeting note becomes a contact, or the other way round.
          const n = Math.floor(notes.r() * 5);
          const note = notes.chance(0.5) ? { ...notes.contact(n), path: `Meetings/M${n}.md` } : { ...notes.meeting(n, contacts), path: `People/P${n}.md` };
          if (note.contact) note.contact = { ...note.contact, path: note.path };
          if (note.interaction) note.interaction = { ...note.interaction, path: note.path };
          vault.put(note);
          what = `retype ${note.path}`;
        } else {
          what = "no edit";
        }
        // Now and then a report is skipped: several edits then reach the live report at once.
        if (step % 3 !== 1) expectSame(index, live, TODAY, SETTINGS, `step ${step}: ${what}`);
        // A report once handed out never changes, whatever the edits after it.
        expect(earlier.report, `step ${step}: an earlier report`).toEqual(earlier.copy);
        if (step % 10 === 0) {
          const report = live.report(TODAY, SETTINGS);
          earlier = { report, copy: structuredClone(report) };
        }
        // And the index kept note by note holds what one read from scratch holds.
        if (step % 25 === 0) expect(live.report(TODAY, SETTINGS), `step ${step}: fresh index`).toEqual({ ...oracleReport(vault.fresh(), TODAY, SETTINGS), revision: index.revision });
      }
      // Another day and other settings start over, and still agree.
      expectSame(index, live, "2026-06-02", SETTINGS, "next day");
      const sunday: Settings = { ...SETTINGS, weekStart: "sunday", upcomingDays: 3 };
      expectSame(index, live, "2026-06-02", sunday, "other settings");
      index.put(notes.meeting(3, contacts));
      expectSame(index, live, "2026-06-02", sunday, "an edit under the other settings");
    });
  }

  // A contact's tags, level or company moves only that person's meetings in the series filtered by contact fields,
  // and the people-met counts under contact filters only in the windows with that person's meetings.
  for (const seed of [21, 22, 23]) {
    it(`equals the oracle after every edit of a contact's tags, level or company (seed ${seed})`, () => {
      const notes = new Notes(seed);
      const index = new NetworkIndex(SETTINGS, parseYaml);
      const contacts = 10;
      const people = Array.from({ length: contacts }, (_, n) => notes.contact(n));
      index.beginBulk();
      for (const person of people) index.put(structuredClone(person));
      for (let n = 0; n < 60; n++) index.put(notes.meeting(n, contacts));
      const filters: Partial<GoalFilters>[] = [{ tag: ["person"] }, { level: ["senior", "peer"] }, { company: ["acme"] }, { tag: ["sales"], kind: ["coffee", "intro"] }];
      const goals = METRICS.flatMap((m, i) =>
        filters.map((f, j): GoalSpec => ({
          note: "Journal/J0.md",
          index: i * filters.length + j,
          line: 0,
          metric: m.name,
          target: 3,
          period: notes.pick<Period>(["month", "quarter", "year"]),
          start: "2024-01-01",
          filters: { kind: [], tag: [], level: [], company: [], ...f },
          issues: [],
          why: "to grow",
        })),
      );
      index.put({ path: "Journal/J0.md", goals, problems: [] });
      index.endBulk();
      const live = new LiveReport(index);
      expectSame(index, live, TODAY, SETTINGS, "after the bulk load");
      for (let step = 0; step < 60; step++) {
        const n = Math.floor(notes.r() * contacts);
        const person = structuredClone(people[n] as ParsedNote);
        const contact = person.contact as Contact;
        const field = notes.pick(["tags", "level", "company"] as const);
        if (field === "tags") contact.tags = notes.chance(0.3) ? [] : [notes.pick(["sales", "person/mentor", "person", "design"])];
        else if (field === "level") contact.level = notes.chance(0.3) ? undefined : notes.pick<Level>(["senior", "peer", "junior"]);
        else contact.company = notes.chance(0.3) ? undefined : notes.pick(["Acme", "Globex", "acme.md"]);
        people[n] = structuredClone(person);
        index.put(person);
        if (notes.chance(0.2)) index.put(notes.meeting(Math.floor(notes.r() * 60), contacts));
        expectSame(index, live, TODAY, SETTINGS, `step ${step}: ${contact.path} ${field}`);
      }
    });
  }

  it("returns the same report object while nothing changed, and a new one after an edit", () => {
    const notes = new Notes(9);
    const index = new NetworkIndex(SETTINGS, parseYaml);
    for (let n = 0; n < 5; n++) index.put(notes.contact(n));
    index.put(notes.meeting(0, 5));
    const live = new LiveReport(index);
    const first = live.report(TODAY, SETTINGS);
    expect(live.report(TODAY, SETTINGS)).toBe(first);
    index.put(notes.meeting(1, 5));
    expect(live.report(TODAY, SETTINGS)).not.toBe(first);
  });

  it("keeps a goal's progress when its note is read again with the goal as it was", () => {
    const notes = new Notes(13);
    const index = new NetworkIndex(SETTINGS, parseYaml);
    for (let n = 0; n < 6; n++) index.put(notes.contact(n));
    const journal = notes.journal(0);
    index.put(journal);
    const live = new LiveReport(index);
    const before = live.report(TODAY, SETTINGS).goals;
    // An edit elsewhere in the note: the same goals, read into new objects.
    index.put(structuredClone(journal));
    const after = live.report(TODAY, SETTINGS).goals;
    expect(after).toHaveLength(before.length);
    after.forEach((goal, i) => expect(goal).toBe(before[i]));
    // A goal that changed is counted again.
    const changed = structuredClone(journal);
    const [first] = changed.goals;
    if (first) first.target = (first.target ?? 1) + 1;
    index.put(changed);
    expect(live.report(TODAY, SETTINGS).goals[0]).not.toBe(before[0]);
    expect(live.report(TODAY, SETTINGS)).toEqual(oracleReport(index, TODAY, SETTINGS));
  });

  it("starts over when more changes piled up than the journal keeps", () => {
    const notes = new Notes(11);
    const index = new NetworkIndex(SETTINGS, parseYaml);
    for (let n = 0; n < 6; n++) index.put(notes.contact(n));
    index.put(notes.journal(0));
    const live = new LiveReport(index);
    live.report(TODAY, SETTINGS);
    for (let n = 0; n < 5000; n++) index.put(notes.meeting(n % 60, 6));
    expectSame(index, live, TODAY, SETTINGS, "after 5,000 edits unseen");
  });

  it("draws the reconnect and to-meet lists as a report from scratch does at their edges, day by day", () => {
    const index = new NetworkIndex(SETTINGS, parseYaml);
    const person = (name: string, fields: Partial<Contact>): ParsedNote => ({
      path: `People/${name}.md`,
      contact: { path: `People/${name}.md`, basename: name, name, aliases: [], tags: [], status: "active", ...fields },
      goals: [],
      problems: [],
    });
    const met = (n: number, date: string, who: string): ParsedNote => ({
      path: `Meetings/E${n}.md`,
      interaction: { path: `Meetings/E${n}.md`, date, attendeeRefs: [`[[${who}]]`], attendeesFromBody: false, kind: "meeting", followUpDone: false, gave: [], asked: [], learned: [] },
      goals: [],
      problems: [],
    });
    const monthly = { amount: 1, unit: "month" } as const;
    index.upsertAll([]);
    for (const note of [
      person("Monthly", { cadence: monthly }),
      person("Yearly", { cadence: { amount: 1, unit: "year" } }),
      person("Weekly", { cadence: { amount: 1, unit: "week" } }),
      person("SnoozedToday", { cadence: monthly, lastContactManual: "2026-01-10", snoozeUntil: "2026-03-01" }),
      person("MetLater", { met: "2026-03-02" }),
      person("MetRecently", { cadence: { amount: 1, unit: "week" }, met: "2026-02-26" }),
      person("ManualLater", { cadence: monthly, lastContactManual: "2026-03-02" }),
      person("NeverSeen", { cadence: monthly }),
      person("Target", { status: "target", met: "2026-01-01" }),
      person("Dormant", { status: "dormant", cadence: monthly, lastContactManual: "2025-01-01" }),
      met(1, "2026-01-31", "Monthly"),
      met(2, "2025-02-28", "Yearly"),
      met(3, "2026-02-22", "Weekly"),
      met(4, "2026-03-03", "Weekly"),
    ]) {
      index.put(note);
    }
    for (let day = 0; day < 10; day++) {
      const today = plusDays("2026-02-24", day);
      expect(new LiveReport(index).report(today, SETTINGS), today).toEqual(oracleReport(index, today, SETTINGS));
    }
  });
});
