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

/**
 * The items in an array with no spare room. An array grown by `push` keeps room for ~16 more items (~130 bytes
 * for a list of one), and the index keeps such lists for every meeting: its attendees, each person's meetings.
 */
export function exact<T>(items: readonly T[]): T[] {
  return items.slice();
}

/** Whether two lists hold the same items in the same order. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
