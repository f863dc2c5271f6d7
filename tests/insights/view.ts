// Builds a NetworkView by hand for the insight tests, with sensible defaults for every field.
import type {
  Cadence,
  Contact,
  GoalSpec,
  Interaction,
  NetworkView,
  ParsedNote,
  Problem,
  ResolvedInteraction,
} from "../../src/model/types";
import { DEFAULT_SETTINGS, type Settings } from "../../src/model/settings";
import { NetworkIndex } from "../../src/index/network-index";
import type { GoalCounter } from "../../src/insights/goal-counter";
import { LiveReport } from "../../src/insights/live-report";
import { asText } from "../parse/yaml";

export const SETTINGS: Settings = { ...DEFAULT_SETTINGS };

/** A contact at `People/<name>.md`; `name` is also the basename. */
export function contact(name: string, extra: Partial<Contact> = {}): Contact {
  return {
    path: `People/${name}.md`,
    basename: name,
    name,
    aliases: [],
    tags: [],
    status: "active",
    ...extra,
  };
}

export function personPath(name: string): string {
  return `People/${name}.md`;
}

let counter = 0;

/** An interaction with the named people (by contact name) as attendees. */
export function meeting(
  date: string | undefined,
  people: string[],
  extra: Partial<ResolvedInteraction> = {},
): ResolvedInteraction {
  counter += 1;
  const basename = `${date ?? "undated"} meeting ${counter}`;
  return {
    path: `Meetings/${basename}.md`,
    date,
    attendeeRefs: people.map((p) => `[[${p}]]`),
    attendeesFromBody: false,
    kind: "meeting",
    followUpDone: false,
    gave: [],
    asked: [],
    learned: [],
    attendees: people.map(personPath),
    ...extra,
  };
}

export function goal(extra: Partial<GoalSpec> = {}): GoalSpec {
  return {
    note: "Journal/goals.md",
    index: 0,
    line: 0,
    filters: { kind: [], tag: [], level: [], company: [] },
    issues: [],
    why: "Grow my network",
    ...extra,
  };
}

export interface ViewParts {
  contacts?: Contact[];
  interactions?: ResolvedInteraction[];
  goals?: GoalSpec[];
  problems?: Problem[];
  defaultCadence?: Cadence;
  revision?: number;
}

export function makeView(parts: ViewParts = {}): NetworkView {
  const contacts = parts.contacts ?? [];
  const byPath = new Map(contacts.map((c) => [c.path, c]));
  const interactions = parts.interactions ?? [];
  const goals = parts.goals ?? [];
  const problems = parts.problems ?? [];
  return {
    revision: parts.revision ?? 1,
    contacts: () => contacts,
    contact: (path) => byPath.get(path),
    interactions: () => interactions,
    goals: () => goals,
    problems: () => problems,
    defaultCadence: parts.defaultCadence === undefined ? { amount: 90, unit: "day" } : parts.defaultCadence,
  };
}

/**
 * The live engine over the notes of a hand-built view: a real NetworkIndex loaded with the view's contacts,
 * interactions (their attendees resolved by the index from `attendeeRefs`) and goals, and its LiveReport. Unit
 * tests of the insights go through this, as the plugin and the CLI do.
 */
export function live(view: NetworkView, settings: Settings = SETTINGS): { index: NetworkIndex; report: LiveReport } {
  const cadence = view.defaultCadence;
  const index = new NetworkIndex({ ...settings, defaultCadence: cadence === null ? "none" : `${cadence.amount} ${cadence.unit}s` }, asText);
  const notes = new Map<string, ParsedNote>();
  const note = (path: string): ParsedNote => {
    let found = notes.get(path);
    if (found === undefined) notes.set(path, (found = { path, goals: [], problems: [] }));
    return found;
  };
  for (const c of view.contacts()) note(c.path).contact = structuredClone(c);
  for (const i of view.interactions()) {
    const copy: Interaction = structuredClone(i);
    // Resolved again by the index; a reference to no contact is dropped without a problem, as a body link is.
    delete (copy as Partial<ResolvedInteraction>).attendees;
    copy.attendeesFromBody = true;
    note(i.path).interaction = copy;
  }
  for (const g of view.goals()) {
    const parsed = note(g.note);
    parsed.goals = [...parsed.goals, structuredClone(g)];
  }
  for (const p of view.problems()) note(p.note).problems.push(p);
  index.beginBulk();
  for (const parsed of notes.values()) index.put(parsed);
  index.endBulk();
  return { index, report: new LiveReport(index) };
}

/** Goal counts of the live engine over a hand-built view, for `today`. */
export function counterOf(view: NetworkView, today: string): GoalCounter {
  return live(view).report.counter(today, SETTINGS);
}
