// A sorted multiset of day numbers in one growable Int32Array: how many facts fall in a window is two binary
// searches, and adding or removing one fact moves a block of integers instead of rebuilding a running total.

import { grow, lowerBound } from "./lists";

export class DayMultiset {
  #n: number;

  /** From days already sorted (a series is built by walking the meetings in day order), taken as they are. */
  constructor(private days: Int32Array) {
    this.#n = days.length;
  }

  get size(): number {
    return this.#n;
  }

  /** The first position whose day is ≥ `day`. */
  #lowerBound(day: number): number {
    return lowerBound(this.days, this.#n, day);
  }

  add(day: number): void {
    if (this.#n === this.days.length) this.days = grow(this.days);
    const at = this.#lowerBound(day + 1);
    this.days.copyWithin(at + 1, at, this.#n);
    this.days[at] = day;
    this.#n++;
  }

  /** Removes one occurrence of `day`; false when there is none. */
  delete(day: number): boolean {
    const at = this.#lowerBound(day);
    if (at >= this.#n || this.days[at] !== day) return false;
    this.days.copyWithin(at, at + 1, this.#n);
    this.#n--;
    return true;
  }

  /**
   * Removes one occurrence of each day of `removed` and adds those of `added`: one at a time when they are few, else
   * in one merge of the sorted lists (a popular contact's hundreds of meetings would move the block hundreds of times).
   */
  update(removed: readonly number[], added: readonly number[]): void {
    if (removed.length + added.length <= 16) {
      for (const day of removed) this.delete(day);
      for (const day of added) this.add(day);
      return;
    }
    const out = new Int32Array(Math.max(16, this.#n + added.length));
    const gone = [...removed].sort((a, b) => a - b);
    const come = [...added].sort((a, b) => a - b);
    let n = 0;
    let g = 0;
    let c = 0;
    for (let at = 0; at < this.#n; at++) {
      const day = this.days[at] as number;
      while (g < gone.length && (gone[g] as number) < day) g++; // a day not held: nothing to remove
      if (g < gone.length && gone[g] === day) {
        g++;
        continue;
      }
      while (c < come.length && (come[c] as number) <= day) out[n++] = come[c++] as number;
      out[n++] = day;
    }
    while (c < come.length) out[n++] = come[c++] as number;
    this.days = out;
    this.#n = n;
  }

  /** How many days fall from `from` to `to`, both included. */
  countBetween(from: number, to: number): number {
    return to < from ? 0 : this.#lowerBound(to + 1) - this.#lowerBound(from);
  }
}
