// Small helpers over arrays, shared by the index and its facts.

/** The first position in the sorted `values[0..n)` whose value is not below `value` (n when none). */
export function lowerBound<T extends number | string>(values: ArrayLike<T>, n: number, value: T): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A sorted column full up, copied into one twice as long (16 at the least), for the next insert. */
export function grow(column: Int32Array): Int32Array {
  const grown = new Int32Array(Math.max(16, column.length * 2));
  grown.set(column);
  return grown;
}

/**
 * The items in an array with no spare room. An array grown by `push` keeps room for ~16 more items (~130 bytes
 * for a list of one), and the index keeps such lists for every meeting: its attendees, each person's meetings.
 */
export function exact<T>(items: readonly T[]): T[] {
  return items.slice();
}

/** Past this many items, `firstSight` answers from a Set: a linear search per item is quadratic in the list. */
const SEARCH_MAX = 16;

/**
 * `firstSight(items)(i)`: whether `items[i]` is the first of its value in the list. A few items are searched (no
 * Set for the usual meeting of two); a long list (a meeting note linking 100,000 names) is answered from a Set.
 * Call it for i = 0, 1, 2… in order.
 */
export function firstSight<T>(items: readonly T[]): (i: number) => boolean {
  if (items.length <= SEARCH_MAX) return (i) => items.indexOf(items[i] as T) === i;
  const seen = new Set<T>();
  return (i) => {
    const item = items[i] as T;
    if (seen.has(item)) return false;
    seen.add(item);
    return true;
  };
}

/** Adds `item` to `list` unless it holds it already; `seen` (made for long lists) answers for the list. */
export function pushNew<T>(list: T[], item: T, seen: Set<T> | null): void {
  if (seen === null ? list.includes(item) : seen.has(item)) return;
  seen?.add(item);
  list.push(item);
}

/**
 * Distinct values as small integers given out on first sight, 0, 1, 2…, and the values by id: what the index's
 * typed columns hold instead of text (people, kinds, companies, tags). Ids are never reused until `clear`.
 */
export class ValueIds {
  readonly #ids = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      this.#ids.set(value, (id = this.values.length));
      this.values.push(value);
    }
    return id;
  }

  /** The id of `value` if one was given out. */
  existing(value: string): number | undefined {
    return this.#ids.get(value);
  }

  get size(): number {
    return this.values.length;
  }

  clear(): void {
    this.#ids.clear();
    this.values.length = 0;
  }
}

/** Paths kept sorted (plain string order) as they come and go, so a list by path is never re-sorted. */
export class SortedPaths {
  readonly paths: string[] = [];

  add(path: string): void {
    const at = lowerBound(this.paths, this.paths.length, path);
    if (this.paths[at] !== path) this.paths.splice(at, 0, path);
  }

  delete(path: string): void {
    const at = lowerBound(this.paths, this.paths.length, path);
    if (this.paths[at] === path) this.paths.splice(at, 1);
  }
}

/** Whether two lists hold the same items in the same order. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
