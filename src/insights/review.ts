// A review of a window (SPEC §3.5): what a quarter, month, week or year added up to.
import type { DateWindow } from "../model/calendar";
import { plusDays } from "../model/calendar";
import { METRICS } from "../model/metrics";
import type { Settings } from "../model/settings";
import type { Level, LocalDate, Metric, NetworkView } from "../model/types";
import { countWindows } from "./goal-count";
import { NO_FILTERS, compileFilters } from "../parse/filters";
import { countedGoal } from "./goal-smart";
import { goalTiming, periodsEndingIn } from "./goal-timing";
import { goalTitle } from "./goal-title";
import type { MetricIndex } from "./metric-index";
import { followUpDoneDate } from "../parse/interaction";
import { buildMetricIndex, forEachBetween } from "./metric-index";
import { companyKey, nameKey } from "../parse/keys";
import { sortByKey } from "./order";
import type { ReconnectRow } from "./reconnect";
import { reconnectRows, sortReconnectRows } from "./reconnect";
import { parseReviewPeriod } from "./review-period";


export interface ReviewPerson {
  contact: string;
  name: string;
}

export interface ReviewGoalPeriod {
  note: string;
  index: number;
  title: string;
  start: LocalDate;
  end: LocalDate;
  count: number;
  target: number;
  hit: boolean;
}

export interface Review {
  window: DateWindow;
  label: string;
  today: LocalDate;
  /** The window reaches past today: only what has happened so far is counted. */
  partial: boolean;
  metrics: Record<Metric, number>;
  newContacts: (ReviewPerson & { date: LocalDate })[];
  /** Who was seen most, most interactions first, then by name. */
  seenMost: (ReviewPerson & { count: number })[];
  byKind: { kind: string; count: number }[];
  /** Items under "what I gave" and "what I asked for" in the window's interactions. */
  gaveVsAsked: { gave: number; asked: number };
  /** Done: completed in the window. Missed: due in the window, before today, and not done by its end. */
  followUps: { done: number; missed: number };
  /** Goal periods that ended in the window (or are already hit), oldest first. */
  goals: { hit: ReviewGoalPeriod[]; missed: ReviewGoalPeriod[] };
  /** Distinct people met in the window, by level. */
  byLevel: Record<Level | "unknown", number>;
  /** Distinct people met, by company (null: none given); most first. */
  byCompany: { company: string | null; count: number }[];
  /** Contacts past their cadence at the end of the window (or today, if sooner), most overdue first. */
  drifted: ReconnectRow[];
}

export interface ReviewOptions {
  /** How many people "seen most" lists. Default 5. */
  top?: number;
  /** A metric index already built for this view and today, to share with the report. */
  index?: MetricIndex;
}

function nameOf(view: NetworkView, path: string): string {
  return view.contact(path)?.name ?? path.replace(/^.*\//, "").replace(/\.md$/i, "");
}

function goalPeriods(view: NetworkView, index: MetricIndex, window: DateWindow, settings: Pick<Settings, "weekStart">) {
  const hit: ReviewGoalPeriod[] = [];
  const missed: ReviewGoalPeriod[] = [];
  for (const goal of view.goals()) {
    const counted = countedGoal(goal, goalTiming(goal, index.today, settings.weekStart));
    if (counted === null) continue;
    const { metric, target, timing } = counted;
    const periods = periodsEndingIn(timing, window, settings.weekStart);
    const counts = countWindows(index, metric, compileFilters(goal.filters), periods);
    periods.forEach((period, i) => {
      const count = counts[i] ?? 0;
      const entry = { note: goal.note, index: goal.index, title: goalTitle(goal), ...period, count, target, hit: count >= target };
      // A period still running counts only once it is already hit; otherwise it is not missed yet.
      if (entry.hit) hit.push(entry);
      else if (period.end < index.today) missed.push(entry);
    });
  }
  return { hit, missed };
}

function followUpTally(view: NetworkView, window: DateWindow, today: LocalDate): { done: number; missed: number } {
  let done = 0;
  let missed = 0;
  const asOf = window.end < today ? window.end : today;
  // Due today is not missed yet: only follow-ups due before today can be.
  const yesterday = plusDays(today, -1);
  const lastDueDay = window.end < yesterday ? window.end : yesterday;
  for (const interaction of view.interactions()) {
    const doneOn = followUpDoneDate(interaction);
    if (doneOn !== undefined && doneOn >= window.start && doneOn <= window.end && doneOn <= asOf) done++;
    const due = interaction.followUp;
    if (due === undefined || due < window.start || due > lastDueDay) continue;
    if (doneOn === undefined || doneOn > asOf) missed++;
  }
  return { done, missed };
}

export function computeReview(
  view: NetworkView,
  window: DateWindow,
  label: string,
  today: LocalDate,
  settings: Pick<Settings, "weekStart">,
  options: ReviewOptions = {},
): Review {
  const index = options.index ?? buildMetricIndex(view, today);
  const asOf = window.end < today ? window.end : today;
  const metrics = Object.fromEntries(METRICS.map((m) => [m.name, countWindows(index, m.name, NO_FILTERS, [window])[0] ?? 0])) as Record<Metric, number>;

  const seen = new Map<string, number>();
  const kinds = new Map<string, number>();
  const gaveVsAsked = { gave: 0, asked: 0 };
  forEachBetween(index.interactions, window.start, asOf, ({ interaction }) => {
    kinds.set(interaction.kind, (kinds.get(interaction.kind) ?? 0) + 1);
    gaveVsAsked.gave += interaction.gave.length;
    gaveVsAsked.asked += interaction.asked.length;
    for (const path of interaction.attendees) seen.set(path, (seen.get(path) ?? 0) + 1);
  });

  const byLevel: Record<Level | "unknown", number> = { senior: 0, peer: 0, junior: 0, unknown: 0 };
  const companies = new Map<string, { company: string | null; count: number }>();
  const people: (ReviewPerson & { count: number })[] = [];
  for (const [path, count] of seen) {
    const contact = view.contact(path);
    byLevel[contact?.level ?? "unknown"] += 1;
    const key = contact?.company !== undefined ? companyKey(contact.company) : "";
    const row = companies.get(key) ?? { company: key === "" ? null : (contact?.company ?? null), count: 0 };
    row.count += 1;
    companies.set(key, row);
    people.push({ contact: path, name: nameOf(view, path), count });
  }

  const newContacts: (ReviewPerson & { date: LocalDate })[] = [];
  forEachBetween(index.contactsAdded, window.start, asOf, ({ date, contact }) => {
    newContacts.push({ contact: contact.path, name: contact.name, date });
  });

  return {
    window,
    label,
    today,
    partial: window.end >= today,
    metrics,
    newContacts: sortByKey(newContacts, (p) => [p.date, nameKey(p.name), p.contact]),
    seenMost: sortByKey(people, (p) => [-p.count, nameKey(p.name), p.contact]).slice(0, options.top ?? 5),
    byKind: sortByKey(
      [...kinds].map(([kind, count]) => ({ kind, count })),
      (k) => [-k.count, k.kind],
    ),
    gaveVsAsked,
    followUps: followUpTally(view, window, today),
    goals: goalPeriods(view, index, window, settings),
    byLevel,
    byCompany: sortByKey([...companies.values()], (c) => [-c.count, c.company === null ? 1 : 0, nameKey(c.company ?? "")]),
    drifted: sortReconnectRows(reconnectRows(view, asOf, { honourSnooze: false }).filter((row) => row.due !== null)),
  };
}

/** A review for a period as written in a `network-review` block, or the problem with it. */
export function reviewFor(
  view: NetworkView,
  period: string,
  today: LocalDate,
  settings: Pick<Settings, "weekStart">,
  options: ReviewOptions = {},
): Review | { error: string } {
  const parsed = parseReviewPeriod(period, today, settings.weekStart);
  if (!parsed.ok) return { error: parsed.message };
  return computeReview(view, parsed.window, parsed.label, today, settings, options);
}
