// Items kept sorted by a day number, with the days alongside in a typed array: the items of a window are the run
// between two binary searches, and one edit moves a block of integers and one slot of the item list.
import { grow, lowerBound } from "./lists";

export class ByDay<T> {
  #n: number;

  /** From days already sorted and the items in the same order (the bulk build walks the meetings in day order). */
  constructor(
    private days: Int32Array,
    private readonly items: T[],
  ) {
    this.#n = items.length;
  }

  /** The items at `order` (positions sorted by `day`), with their days. */
  static of<T>(order: Int32Array, day: Int32Array, source: readonly T[]): ByDay<T> {
    const days = new Int32Array(order.length);
    const items = new Array<T>(order.length);
    for (let at = 0; at < order.length; at++) {
      const i = order[at] as number;
      days[at] = day[i] as number;
      items[at] = source[i] as T;
    }
    return new ByDay(days, items);
  }

  get size(): number {
    return this.#n;
  }

  add(day: number, item: T): void {
    if (this.#n === this.days.length) this.days = grow(this.days);
    const at = lowerBound(this.days, this.#n, day + 1);
    this.days.copyWithin(at + 1, at, this.#n);
    this.days[at] = day;
    this.items.splice(at, 0, item);
    this.#n++;
  }

  /** Removes `item` itself (found among the items of its day); false when it is not there. */
  delete(day: number, item: T): boolean {
    for (let at = lowerBound(this.days, this.#n, day); at < this.#n && this.days[at] === day; at++) {
      if (this.items[at] !== item) continue;
      this.days.copyWithin(at, at + 1, this.#n);
      this.items.splice(at, 1);
      this.#n--;
      return true;
    }
    return false;
  }

  /** Calls `visit` with every item on days `from` to `to` (both included), in day order. */
  forEach(from: number, to: number, visit: (item: T, day: number) => void): void {
    if (to < from) return;
    const end = lowerBound(this.days, this.#n, to + 1);
    for (let at = lowerBound(this.days, this.#n, from); at < end; at++) visit(this.items[at] as T, this.days[at] as number);
  }
}
