// Binary search over sorted values, shared by the index's sorted structures.

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
