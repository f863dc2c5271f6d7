// The interactions one person attended, sorted by day, with the days alongside as small integers: last contact
// and first meeting are binary searches over numbers, not over meeting objects scattered across the heap.
import type { ResolvedInteraction } from "../model/types";
import { dayNumber } from "../model/calendar";
import { lowerBound } from "./lists";
import { NO_DAY } from "./people";

function dayOf(interaction: ResolvedInteraction): number {
  return interaction.date === undefined ? NO_DAY : dayNumber(interaction.date);
}

export class AttendedList {
  /** From interactions already sorted by day, undated first, with their day numbers (`NO_DAY` for none). */
  constructor(
    private readonly interactions: ResolvedInteraction[],
    private readonly days: number[],
  ) {}

  /** From interactions in any order. */
  static of(interactions: readonly ResolvedInteraction[]): AttendedList {
    const keyed = interactions.map((interaction) => ({ interaction, day: dayOf(interaction) })).sort((a, b) => a.day - b.day);
    return new AttendedList(
      keyed.map((k) => k.interaction),
      keyed.map((k) => k.day),
    );
  }

  get size(): number {
    return this.interactions.length;
  }

  /** Every interaction, by day (undated first). */
  all(): readonly ResolvedInteraction[] {
    return this.interactions;
  }

  /** The first position whose day is after `day`. */
  #after(day: number): number {
    return lowerBound(this.days, this.days.length, day + 1);
  }

  insert(interaction: ResolvedInteraction): void {
    const day = dayOf(interaction);
    const at = this.#after(day);
    this.interactions.splice(at, 0, interaction);
    this.days.splice(at, 0, day);
  }

  /** Removes `interaction` itself (found among those of its day). */
  remove(interaction: ResolvedInteraction): void {
    const day = dayOf(interaction);
    for (let at = this.#after(day) - 1; at >= 0 && this.days[at] === day; at--) {
      if (this.interactions[at] !== interaction) continue;
      this.interactions.splice(at, 1);
      this.days.splice(at, 1);
      return;
    }
  }

  /** The day of the latest interaction dated on or before day `day` (undefined: none). */
  lastDayOnOrBefore(day: number): number | undefined {
    const last = this.days[this.#after(day) - 1];
    return last === undefined || last === NO_DAY ? undefined : last;
  }

  /** The earliest dated interaction. */
  firstDated(): ResolvedInteraction | undefined {
    return this.interactions[this.#after(NO_DAY)];
  }
}
