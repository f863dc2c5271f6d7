// A list kept sorted by a total order and changed one item at a time: the live report's rows.

/**
 * A list kept sorted by a total order, changed one item at a time, each item found by its key (a note or a
 * contact path). `values()` hands out a copy made after the last change, so a report never changes once returned.
 */
export class SortedList<T, V> {
  readonly #items: T[];
  readonly #shown: V[];
  readonly #byKey = new Map<string, T>();
  #copy: V[] | null = null;
  readonly #compare: (a: T, b: T) => number;
  readonly #value: (item: T) => V;

  constructor(items: T[], compare: (a: T, b: T) => number, value: (item: T) => V, key: (item: T) => string) {
    this.#compare = compare;
    this.#value = value;
    this.#items = items.sort(compare);
    this.#shown = this.#items.map(value);
    for (const item of this.#items) this.#byKey.set(key(item), item);
  }

  /**
   * The item of `key` replaced by `item` (null: taken out); whether the list changed. An item that reads the same as
   * the one it replaces (rows are plain data, made by one function each, so their JSON is their content) leaves the
   * list as it was, so the next `values()` is not a new copy: an edit that moves no row (a contact's tags, for its
   * reconnect row) costs no copy of a list of thousands.
   */
  set(key: string, item: T | null): boolean {
    const old = this.#byKey.get(key);
    if (old !== undefined && item !== null && JSON.stringify(old) === JSON.stringify(item)) return false;
    if (old !== undefined) this.#remove(old);
    this.#byKey.delete(key);
    if (item !== null) {
      this.#byKey.set(key, item);
      this.#insert(item);
    }
    return old !== undefined || item !== null;
  }

  /** The first position whose item is not before `item`. */
  #position(item: T): number {
    let lo = 0;
    let hi = this.#items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#compare(this.#items[mid] as T, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #insert(item: T): void {
    const at = this.#position(item);
    this.#items.splice(at, 0, item);
    this.#shown.splice(at, 0, this.#value(item));
    this.#copy = null;
  }

  /** Removes the item equal to `item` in the order (the order is total, so it is that item). */
  #remove(item: T): void {
    const at = this.#position(item);
    if (at < this.#items.length && this.#compare(this.#items[at] as T, item) === 0) {
      this.#items.splice(at, 1);
      this.#shown.splice(at, 1);
      this.#copy = null;
    }
  }

  values(): V[] {
    return (this.#copy ??= this.#shown.slice());
  }
}

