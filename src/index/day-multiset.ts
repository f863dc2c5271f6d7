// A sorted multiset of day numbers in one growable Int32Array: how many facts fall in a window is two binary
// searches, and adding or removing one fact moves a block of integers instead of rebuilding a running total.

import { lowerBound } from "./lists";

export class DayMultiset {
  private n: number;

  /** From days already sorted (a series is built by walking the meetings in day order), taken as they are. */
  constructor(private days: Int32Array) {
    this.n = days.length;
  }

  get size(): number {
    return this.n;
  }

  /** The first position whose day is ≥ `day`. */
  private lowerBound(day: number): number {
    return lowerBound(this.days, this.n, day);
  }

  add(day: number): void {
    if (this.n === this.days.length) {
      const grown = new Int32Array(Math.max(16, this.days.length * 2));
      grown.set(this.days);
      this.days = grown;
    }
    const at = this.lowerBound(day + 1);
    this.days.copyWithin(at + 1, at, this.n);
    this.days[at] = day;
    this.n++;
  }

  /** Removes one occurrence of `day`; false when there is none. */
  delete(day: number): boolean {
    const at = this.lowerBound(day);
    if (at >= this.n || this.days[at] !== day) return false;
    this.days.copyWithin(at, at + 1, this.n);
    this.n--;
    return true;
  }

  /** How many days fall from `from` to `to`, both included. */
  countBetween(from: number, to: number): number {
    return to < from ? 0 : this.lowerBound(to + 1) - this.lowerBound(from);
  }
}
