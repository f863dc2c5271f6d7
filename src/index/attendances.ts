// Every attendance (day, person, kind) of the dated interactions in three parallel typed arrays sorted by day:
// the people met in a window are one tight loop over a contiguous range, and one edit moves a block of
// integers instead of rebuilding the table.

import { grow, lowerBound } from "./lists";

export class Attendances {
  #n: number;

  /**
   * From parallel columns of equal length already sorted by day (the bulk build walks the meetings in day
   * order), taken as they are; the table grows into new arrays when it must.
   */
  constructor(
    private day: Int32Array = new Int32Array(0),
    private person: Int32Array = new Int32Array(0),
    private kind: Int32Array = new Int32Array(0),
  ) {
    this.#n = day.length;
  }

  get size(): number {
    return this.#n;
  }

  /** The first position whose day is ≥ `day`. */
  lowerBound(day: number): number {
    return lowerBound(this.day, this.#n, day);
  }

  add(day: number, person: number, kind: number): void {
    if (this.#n === this.day.length) {
      this.day = grow(this.day);
      this.person = grow(this.person);
      this.kind = grow(this.kind);
    }
    const at = this.lowerBound(day + 1);
    for (const column of [this.day, this.person, this.kind]) column.copyWithin(at + 1, at, this.#n);
    this.day[at] = day;
    this.person[at] = person;
    this.kind[at] = kind;
    this.#n++;
  }

  /** Removes one attendance equal to (day, person, kind); false when there is none. */
  delete(day: number, person: number, kind: number): boolean {
    for (let at = this.lowerBound(day); at < this.#n && this.day[at] === day; at++) {
      if (this.person[at] !== person || this.kind[at] !== kind) continue;
      for (const column of [this.day, this.person, this.kind]) column.copyWithin(at, at + 1, this.#n);
      this.#n--;
      return true;
    }
    return false;
  }

  /** The person and kind columns, valid until the next change (positions from lowerBound). */
  columns(): { person: Int32Array; kind: Int32Array } {
    return { person: this.person, kind: this.kind };
  }
}
