// The sorted day multiset of a series: a batch update (one merge) against the same changes made one at a time.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DayMultiset } from "../../src/index/day-multiset";

function counts(set: DayMultiset): number[] {
  return Array.from({ length: 41 }, (_, d) => set.countBetween(d - 5, d - 5));
}

describe("DayMultiset.update", () => {
  it("equals removing and adding the days one at a time, for few days and for many", () => {
    const days = fc.array(fc.integer({ min: -5, max: 35 }), { maxLength: 60 });
    fc.assert(
      fc.property(days, days, days, (held, removed, added) => {
        const sorted = Int32Array.from(held).sort();
        const batch = new DayMultiset(sorted.slice());
        batch.update(removed, added);
        const single = new DayMultiset(sorted.slice());
        for (const day of removed) single.delete(day);
        for (const day of added) single.add(day);
        expect(counts(batch)).toEqual(counts(single));
        expect(batch.size).toBe(single.size);
        expect(batch.countBetween(-100, 100)).toBe(single.size);
      }),
      { numRuns: 300 },
    );
  });
});
