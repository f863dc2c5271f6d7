// Builds a NetworkView by hand for the insight tests, with sensible defaults for every field.
import type {
  Cadence,
  Contact,
  GoalSpec,
  NetworkView,
  Problem,
  ResolvedInteraction,
} from "../../src/model/types";
import { DEFAULT_SETTINGS, type Settings } from "../../src/model/settings";

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
