import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { NO_DAY } from "../../src/index/people";
import { orderByDay } from "../../src/index/vault-columns";

/** The order by a plain stable sort: the definition orderByDay is held to. */
function sortedPositions(days: readonly number[]): number[] {
  return days
    .map((day, i) => ({ day, i }))
    .filter(({ day }) => day !== NO_DAY)
    .sort((a, b) => a.day - b.day || a.i - b.i)
    .map(({ i }) => i);
}

describe("orderByDay", () => {
  it("orders positions by day, ties in position order, leaving out the undated", () => {
    const day = fc.oneof(fc.integer({ min: 20_000, max: 20_100 }), fc.constant(NO_DAY));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 200 }), (days) => {
        expect([...orderByDay(Int32Array.from(days))]).toEqual(sortedPositions(days));
      }),
      { numRuns: 300 },
    );
  });

  it("sorts instead of counting when the days span more than a vault's years (a date in year 1 and one in 9999)", () => {
    const day = fc.oneof(fc.integer({ min: -719_162, max: 2_932_896 }), fc.integer({ min: 0, max: 3 }), fc.constant(NO_DAY));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 100 }), (days) => {
        expect([...orderByDay(Int32Array.from(days))]).toEqual(sortedPositions(days));
      }),
      { numRuns: 300 },
    );
  });

  it("is empty when nothing is dated", () => {
    expect([...orderByDay(Int32Array.from([NO_DAY, NO_DAY]))]).toEqual([]);
    expect([...orderByDay(new Int32Array(0))]).toEqual([]);
  });
});
