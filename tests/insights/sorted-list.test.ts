// The live report's sorted row lists: rows set one at a time against a plain sort of what is kept, and no new copy
// for the next report when a row is set to an equal one.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SortedList } from "../../src/insights/sorted-list";

interface Row {
  key: string;
  days: number | null;
  cadence: { amount: number; unit: string };
}

const byDaysThenKey = (a: Row, b: Row): number => (a.days ?? -1) - (b.days ?? -1) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const row = (key: string, days: number | null, amount = 30): Row => ({ key, days, cadence: { amount, unit: "day" } });
const listOf = (rows: Row[]): SortedList<Row, Row> => new SortedList(rows, byDaysThenKey, (r) => r, (r) => r.key);

describe("SortedList.set", () => {
  it("keeps the list equal to a plain sort of the rows set, and says whether it changed", () => {
    const change = fc.record({
      key: fc.constantFrom("a", "b", "c", "d", "e"),
      next: fc.option(fc.record({ days: fc.option(fc.integer({ min: 0, max: 3 })), amount: fc.constantFrom(7, 30) })),
    });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), (changes) => {
        const held = new Map<string, Row>();
        const list = listOf([]);
        for (const { key, next } of changes) {
          const before = list.values();
          const changed = list.set(key, next === null ? null : row(key, next.days, next.amount));
          if (next === null) held.delete(key);
          else held.set(key, row(key, next.days, next.amount));
          expect(list.values()).toEqual([...held.values()].sort(byDaysThenKey));
          expect(changed).toBe(JSON.stringify(list.values()) !== JSON.stringify(before));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("hands out the same copy after a row is set to an equal one, and a new one after a real change", () => {
    const list = listOf([row("a", 1), row("b", 2)]);
    const before = list.values();
    expect(list.set("a", row("a", 1))).toBe(false);
    expect(list.values()).toBe(before);
    // Same place in the order, another cadence: a change the list must show.
    expect(list.set("a", row("a", 1, 7))).toBe(true);
    expect(list.values()).not.toBe(before);
    expect(list.values()).toEqual([row("a", 1, 7), row("b", 2)]);
  });
});
