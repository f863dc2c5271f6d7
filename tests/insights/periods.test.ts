import { describe, expect, it } from "vitest";
import { addDays, periodContaining, windowLength } from "../../src/model/calendar";
import { WEEKDAYS } from "../../src/model/settings";
import type { Period } from "../../src/model/types";
import { lengthOf, periodAfter, periodBefore, periodOf } from "../../src/insights/periods";

const PERIODS: Period[] = ["week", "month", "quarter", "year"];

describe("integer periods agree with the date-fns calendar helpers", () => {
  it("matches periodContaining on every fifth day of 2018–2032, for every period and week start", () => {
    // Mismatches are collected, not asserted one by one: ten thousand expect() calls take seconds.
    const mismatches: string[] = [];
    const same = (what: string, got: unknown, want: unknown): void => {
      if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${what}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    };
    let date = "2018-01-01";
    while (date < "2033-01-01") {
      for (const period of PERIODS) {
        for (const weekStart of period === "week" ? WEEKDAYS : (["monday"] as const)) {
          const want = periodContaining(date, period, weekStart);
          const at = `${date} ${period} ${weekStart}`;
          same(at, periodOf(date, period, weekStart), want);
          same(`before ${at}`, periodBefore(want.start, period, weekStart), periodContaining(addDays(want.start, -1), period, weekStart));
          same(`after ${at}`, periodAfter(want.end, period, weekStart), periodContaining(addDays(want.end, 1), period, weekStart));
          same(`length ${at}`, lengthOf(want), windowLength(want));
        }
      }
      date = addDays(date, 5);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  }, 30_000);

  it("knows leap Februaries and week starts across a year's end", () => {
    expect(periodOf("2028-02-10", "month", "monday")).toEqual({ start: "2028-02-01", end: "2028-02-29" });
    expect(periodOf("2100-02-10", "quarter", "monday")).toEqual({ start: "2100-01-01", end: "2100-03-31" });
    expect(periodOf("2027-01-01", "week", "monday")).toEqual({ start: "2026-12-28", end: "2027-01-03" });
    expect(periodOf("2027-01-01", "week", "sunday")).toEqual({ start: "2026-12-27", end: "2027-01-02" });
  });
});
