// The goal metrics (SPEC §3.4), each written once: its name, the other names a goal may use, how a title and
// the review say it, and what it counts. The parser, the live facts, titles, the SMART check and the review all
// read this table; a new metric is one entry here, its row in docs/goals.md and a row in the tests.
import type { WordTable } from "./words";
import { wordTable } from "./words";

/** What a metric counts. */
export type MetricCounts =
  /** Interactions, each on one day: its date, or the day its follow-up was done; only those of `kind`, or that gave something. */
  | { readonly of: "interactions"; readonly on: "date" | "follow-up-done"; readonly kind?: string; readonly gave?: true }
  /** Distinct attendees of the interactions dated in the window. */
  | { readonly of: "people"; readonly on: "date" }
  /** Contacts (not `target`) on the day they were added: their first-met date, else their first interaction. */
  | { readonly of: "contacts"; readonly on: "added" };

export interface MetricDefinition {
  /** The canonical name: what the JSON, the docs and the SMART check call it. */
  readonly name: string;
  /** Other names a goal may write, compared as kinds are (case, spaces, underscores and hyphens aside). */
  readonly aliases: readonly string[];
  /** A generated title: one and many (`#` stands for the target), and the phrase without a target. */
  readonly title: { readonly one: string; readonly many: string; readonly uncounted: string };
  /** The row of the review's "In numbers" table. */
  readonly label: string;
  readonly counts: MetricCounts;
}

export const METRICS = [
  {
    name: "interactions",
    aliases: ["interaction", "meetings", "meeting"],
    title: { one: "Have # interaction", many: "Have # interactions", uncounted: "Have interactions" },
    label: "Interactions",
    counts: { of: "interactions", on: "date" },
  },
  {
    name: "events",
    aliases: ["event"],
    title: { one: "Go to # event", many: "Go to # events", uncounted: "Go to events" },
    label: "Events",
    counts: { of: "interactions", on: "date", kind: "event" },
  },
  {
    name: "people-met",
    aliases: ["people"],
    title: { one: "Meet # person", many: "Meet # people", uncounted: "Meet people" },
    label: "People met",
    counts: { of: "people", on: "date" },
  },
  {
    name: "contacts-added",
    aliases: ["new-contacts", "connections"],
    title: { one: "Add # new contact", many: "Add # new contacts", uncounted: "Add new contacts" },
    label: "New contacts",
    counts: { of: "contacts", on: "added" },
  },
  {
    name: "follow-ups-done",
    aliases: ["followups-done"],
    title: { one: "Do # follow-up", many: "Do # follow-ups", uncounted: "Do follow-ups" },
    label: "Follow-ups done",
    counts: { of: "interactions", on: "follow-up-done" },
  },
  {
    name: "given",
    aliases: ["gives"],
    title: { one: "Give something in # interaction", many: "Give something in # interactions", uncounted: "Give something" },
    label: "Interactions where you gave something",
    counts: { of: "interactions", on: "date", gave: true },
  },
  {
    name: "intros-made",
    aliases: ["intros", "introductions"],
    title: { one: "Make # introduction", many: "Make # introductions", uncounted: "Make introductions" },
    label: "Introductions made",
    counts: { of: "interactions", on: "date", kind: "intro" },
  },
] as const satisfies readonly MetricDefinition[];

export type Metric = (typeof METRICS)[number]["name"];

/** The metrics counted per fact on a day, so a window is a sum (everything but people met, which are distinct). */
export type AdditiveMetric = Exclude<Metric, Extract<(typeof METRICS)[number], { counts: { of: "people" } }>["name"]>;

const BY_NAME = new Map<string, MetricDefinition>(METRICS.map((m) => [m.name, m]));

/** The definition of a metric. */
export function metricDefinition(metric: Metric): MetricDefinition {
  return BY_NAME.get(metric) as MetricDefinition;
}

/** Whether a metric is a sum over days (everything but people met). */
export function isAdditive(metric: Metric): metric is AdditiveMetric {
  return metricDefinition(metric).counts.of !== "people";
}

/** Every name and alias → its metric. Words are in the form `normaliseKind` gives. */
export const METRIC_NAMES: WordTable<Metric> = wordTable(
  Object.fromEntries(METRICS.flatMap((m): [string, Metric][] => [[m.name, m.name], ...m.aliases.map((alias): [string, Metric] => [alias, m.name])])),
);

/** "interactions, events, … or intros-made": the metrics in words, for messages. */
export const METRICS_IN_WORDS = `${METRICS.slice(0, -1)
  .map((m) => m.name)
  .join(", ")} or ${METRICS[METRICS.length - 1]?.name ?? ""}`;
