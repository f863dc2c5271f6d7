// A review of a window (SPEC §3.5): what a quarter, month, week or year added up to. Computed and kept up to
// date from the live facts by live-review.ts; asked for through the live report (LiveReport.review).
import type { DateWindow } from "../model/calendar";
import type { Level, LocalDate, Metric, Period } from "../model/types";
import type { ReconnectRow } from "./reconnect";
import type { ReconnectJson } from "./report";
import { reconnectToJson } from "./report";

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

/** Who introduced a new contact: the contact `introduced_by` names (`contact` its path), or the text as written (`contact` null). */
export interface ReviewIntroducer {
  contact: string | null;
  name: string;
}

export interface ReviewNewContact extends ReviewPerson {
  /** The day it counts as added (SPEC §3.4 contacts-added). */
  date: LocalDate;
  /** `met_at` as written (a link as its note's name), or null. */
  metAt: string | null;
  introducedBy: ReviewIntroducer | null;
}

export interface Review {
  window: DateWindow;
  /** The window of the same kind just before it (the previous quarter, month, week or year), counted whole for `metrics`. */
  previous: DateWindow;
  label: string;
  today: LocalDate;
  /** The window reaches past today: only what has happened so far is counted. */
  partial: boolean;
  /** Every metric (no filters) in the window, and in the window before it. */
  metrics: Record<Metric, { count: number; previous: number }>;
  /** Contacts added in the window, oldest first, then by name. */
  newContacts: ReviewNewContact[];
  /** Who was seen most, most interactions first, then by name. */
  seenMost: (ReviewPerson & { count: number })[];
  byKind: { kind: string; count: number }[];
  /**
   * Interactions per week: every week (starting on the week-start setting) that overlaps the window and has begun by
   * today, oldest first; `start` is the week's first day (the first week may start before the window), and only
   * days in the window count. Its counts add up to `metrics.interactions`.
   */
  perWeek: { start: LocalDate; count: number }[];
  /** Items under "what I gave" and "what I asked for" in the window's interactions, and those notes, by path. */
  giving: { gave: number; asked: number; notes: string[] };
  /**
   * Done: completed in the window. Missed: due in the window, before today, and not done, or done after its date
   * (late counts as missed); `missedNotes` by path.
   */
  followUps: { done: number; missed: number; missedNotes: string[] };
  /** Goal periods that ended in the window (or are already hit), oldest first. */
  goals: { hit: ReviewGoalPeriod[]; missed: ReviewGoalPeriod[] };
  /** Distinct people met in the window, by level. */
  byLevel: Record<Level | "unknown", number>;
  /** Distinct people met, by company (null: none given); most first. */
  byCompany: { company: string | null; count: number }[];
  /** In words, when one level or one company dominates the people met (SPEC §3.5). */
  warnings: string[];
  /** Contacts past their cadence at the end of the window (or today, if sooner), most overdue first. */
  drifted: ReconnectRow[];
}

const LEVEL_WORDS: Record<Level, string> = { senior: "senior", peer: "peers", junior: "junior" };

/**
 * The mix's warnings (SPEC §3.5): with at least 5 people met, one level above 60 % of those with a level, or one
 * company above 50 % of those with a company. `kind` names the window ("this quarter").
 */
export function mixWarnings(byLevel: Review["byLevel"], byCompany: Review["byCompany"], kind: Period): string[] {
  const warnings: string[] = [];
  const met = byLevel.senior + byLevel.peer + byLevel.junior + byLevel.unknown;
  if (met < 5) return warnings;
  const leveled = met - byLevel.unknown;
  // "of your 9 people": of all met, or of those with a level (a company) when some have none.
  const whose = (of: number, all: number, qualifier: string): string => `${of} of your ${all} people${all === met ? "" : qualifier} this ${kind}`;
  for (const level of ["senior", "peer", "junior"] as const) {
    if (byLevel[level] * 5 > leveled * 3) {
      warnings.push(`${whose(byLevel[level], leveled, " with a level")} were ${LEVEL_WORDS[level]}: the strongest networks run up and down the hierarchy`);
    }
  }
  let companies = 0;
  for (const row of byCompany) if (row.company !== null) companies += row.count;
  const top = byCompany.find((row) => row.company !== null);
  if (top?.company != null && top.count * 2 > companies) {
    warnings.push(`${whose(top.count, companies, " with a company")} were at ${top.company}: people outside one company hear of what it does not`);
  }
  return warnings;
}

/** A metric's change against the window before, as the review writes it: "+3", "−2" or "same". */
export function changeInWords(metric: { count: number; previous: number }): string {
  const d = metric.count - metric.previous;
  return d > 0 ? `+${d}` : d < 0 ? `−${-d}` : "same";
}


export interface ReviewJson {
  today: LocalDate;
  period: string;
  label: string;
  window: DateWindow;
  partial: boolean;
  metrics: Record<string, { count: number; previous: number }>;
  newContacts: { contact: string; name: string; date: LocalDate; metAt: string | null; introducedBy: string | null }[];
  seenMost: { contact: string; name: string; count: number }[];
  byKind: { kind: string; count: number }[];
  perWeek: { start: LocalDate; count: number }[];
  giving: { gave: number; asked: number; notes: string[] };
  followUps: { done: number; missed: number; missedNotes: string[] };
  goals: Record<"hit" | "missed", { note: string; title: string; start: LocalDate; end: LocalDate; count: number; target: number }[]>;
  byLevel: Review["byLevel"];
  byCompany: { company: string | null; count: number }[];
  warnings: string[];
  drifted: ReconnectJson[];
}

/**
 * SPEC §5's `review --json` (plus `perWeek`), `period` as asked. The review is plain data already: only a goal
 * period's place in its note and its verdict (the list it is in says it) are left out, and an introducer is its
 * contact's path when `introduced_by` resolves, else the text as written.
 */
export function reviewToJson(r: Review, period: string): ReviewJson {
  const goals = (list: ReviewGoalPeriod[]): ReviewJson["goals"]["hit"] => list.map(({ index: _index, hit: _hit, ...g }) => g);
  return {
    today: r.today,
    period,
    label: r.label,
    window: r.window,
    partial: r.partial,
    metrics: r.metrics,
    newContacts: r.newContacts.map((c) => ({ ...c, introducedBy: c.introducedBy && (c.introducedBy.contact ?? c.introducedBy.name) })),
    seenMost: r.seenMost,
    byKind: r.byKind,
    perWeek: r.perWeek,
    giving: r.giving,
    followUps: r.followUps,
    goals: { hit: goals(r.goals.hit), missed: goals(r.goals.missed) },
    byLevel: r.byLevel,
    byCompany: r.byCompany,
    warnings: r.warnings,
    drifted: r.drifted.map(reconnectToJson),
  };
}
