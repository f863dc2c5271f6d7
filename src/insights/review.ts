// A review of a window (SPEC §3.5): what a quarter, month, week or year added up to. Computed and kept up to
// date from the live facts by live-review.ts; asked for through the live report (LiveReport.review).
import type { DateWindow } from "../model/calendar";
import type { Level, LocalDate, Metric } from "../model/types";
import type { ReconnectRow } from "./reconnect";

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
  /**
   * Interactions per week: every week (starting on the week-start setting) that overlaps the window and has begun by
   * today, oldest first; `start` is the week's first day (the first week may start before the window), and only
   * days in the window count. Its counts add up to `metrics.interactions`.
   */
  perWeek: { start: LocalDate; count: number }[];
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
