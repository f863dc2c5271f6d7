// A series: the sorted days of every fact that counts for one metric under one filter set, and how one
// interaction maps to a day in it. The index's facts (facts.ts) keep one per (metric, filters) the goals use.
import type { Contact, GoalSpec, ResolvedInteraction } from "../model/types";
import type { AdditiveMetric } from "../model/metrics";
import { isAdditive, metricDefinition } from "../model/metrics";
import { dayNumber } from "../model/calendar";
import { followUpDoneDate } from "../parse/interaction";
import type { CompiledFilters } from "../parse/filters";
import { compileFilters, NO_FILTERS } from "../parse/filters";
import { DayMultiset } from "./day-multiset";

export type { AdditiveMetric };

/** One metric under one filter set: the day of every fact that counts, after today included. */
export interface Series {
  readonly metric: AdditiveMetric;
  readonly filters: CompiledFilters;
  /** Facts on days from `from` to `to` inclusive. */
  countBetween(from: number, to: number): number;
}

export class MutableSeries implements Series {
  readonly key: string;
  /** It counts contacts on their added day, not interactions. */
  readonly countsContacts: boolean;

  constructor(
    readonly metric: AdditiveMetric,
    readonly filters: CompiledFilters,
    public days: DayMultiset,
  ) {
    this.key = seriesKey(metric, filters);
    this.countsContacts = metricDefinition(metric).counts.of === "contacts";
  }

  countBetween(from: number, to: number): number {
    return this.days.countBetween(from, to);
  }

  /** Facts leave the days `removed` and reach the days `added`; each day goes in `moves`. */
  moveMany(removed: readonly number[], added: readonly number[], moves: SeriesMove[]): void {
    this.days.update(removed, added);
    for (const day of removed) moves.push({ key: this.key, day });
    for (const day of added) moves.push({ key: this.key, day });
  }

  /** One fact moves from `before` to `after` (null: it does not count there); the days it left and reached go in `moves`. */
  move(before: number | null, after: number | null, moves: SeriesMove[]): void {
    if (before === after) return;
    if (before !== null) {
      this.days.delete(before);
      moves.push({ key: this.key, day: before });
    }
    if (after !== null) {
      this.days.add(after);
      moves.push({ key: this.key, day: after });
    }
  }
}

/** A day on which a series' count changed (NaN: any day: the series was dropped). */
export interface SeriesMove {
  readonly key: string;
  readonly day: number;
}

/** An interaction's date and follow-up-done date as day numbers (null: none), read once for every series. */
export function daysOf(interaction: ResolvedInteraction | undefined): { date: number | null; done: number | null } {
  const done = interaction === undefined ? undefined : followUpDoneDate(interaction);
  return {
    date: interaction?.date === undefined ? null : dayNumber(interaction.date),
    done: done === undefined ? null : dayNumber(done),
  };
}

/**
 * The day an interaction counts on for an additive metric under filters, the contact filter aside (see
 * `interactionDay`), or null when it does not count.
 */
export function countedDay(
  series: MutableSeries,
  interaction: ResolvedInteraction | undefined,
  days: { date: number | null; done: number | null },
): number | null {
  const counts = metricDefinition(series.metric).counts;
  if (interaction === undefined || counts.of !== "interactions") return null;
  const day = counts.on === "follow-up-done" ? days.done : days.date;
  if (day === null) return null;
  if (counts.kind !== undefined && interaction.kind !== counts.kind) return null;
  if (counts.gave === true && interaction.gave.length === 0) return null;
  const { kinds } = series.filters;
  if (kinds !== null && !kinds.has(interaction.kind)) return null;
  return day;
}

/**
 * The day an interaction counts on, or null; it passes the contact filters when at least one attendee does (SPEC
 * §3.4). `days` is `daysOf(interaction)`, read once by the caller for every series.
 */
export function interactionDay(
  series: MutableSeries,
  interaction: ResolvedInteraction | undefined,
  days: { date: number | null; done: number | null },
  attendeesPass: (filters: CompiledFilters) => boolean,
): number | null {
  const day = countedDay(series, interaction, days);
  return day === null || series.filters.contact === null || attendeesPass(series.filters) ? day : null;
}

/**
 * Whether some attendee passes the contact part of a filter set, remembered per contact filter: the series of
 * one contact filter (several metrics and kinds) ask the same question of the same interaction.
 */
export function attendeesPassing(attendees: readonly string[], contactOf: (path: string) => Contact | undefined): (filters: CompiledFilters) => boolean {
  const known = new Map<string, boolean>();
  return (filters) => {
    let passes = known.get(filters.contactKey);
    if (passes === undefined) {
      const test = filters.contact;
      passes = test === null || attendees.some((path) => test(contactOf(path)));
      known.set(filters.contactKey, passes);
    }
    return passes;
  };
}

export function seriesKey(metric: AdditiveMetric, filters: CompiledFilters): string {
  return `${metric}|${filters.key}`;
}

/** The series some goals count: their own, and the unfiltered record of their metric (the Achievable check). */
export interface SeriesSpec {
  metric: AdditiveMetric;
  filters: CompiledFilters;
}

export function seriesWanted(goals: readonly GoalSpec[]): Map<string, SeriesSpec> {
  const wanted = new Map<string, SeriesSpec>();
  for (const goal of goals) {
    const metric = goal.metric;
    if (metric === undefined || !isAdditive(metric)) continue;
    const filters = compileFilters(goal.filters);
    wanted.set(seriesKey(metric, filters), { metric, filters });
    wanted.set(seriesKey(metric, NO_FILTERS), { metric, filters: NO_FILTERS });
  }
  return wanted;
}
