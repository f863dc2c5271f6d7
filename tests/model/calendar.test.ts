import { describe, expect, it } from "vitest";
import {
  dayNumber,
  daysFrom,
  fromDayNumber,
  lengthOf,
  periodAfter,
  periodBefore,
  periodOf,
  plusDays,
  plusMonths,
} from "../../src/model/calendar";
import { WEEKDAYS } from "../../src/model/settings";
import type { Period } from "../../src/model/types";
import { addDays, addMonths, daysBetween, periodContaining, windowLength } from "../oracle/calendar";

const PERIODS: Period[] = ["week", "month", "quarter", "year"];

describe("day numbers agree with the date-fns oracle", () => {
  it("knows the epoch and leap days", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    for (const date of ["1000-01-01", "1600-02-29", "1899-12-31", "2026-05-20", "9899-12-31"]) expect(dayNumber(date)).toBe(daysBetween("1970-01-01", date));
    expect(fromDayNumber(0)).toBe("1970-01-01");
    expect(plusDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(plusDays("2100-02-28", 1)).toBe("2100-03-01");
    expect(plusDays("2000-02-28", 1)).toBe("2000-02-29");
    expect(plusMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(plusMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(plusMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(plusMonths("2026-11-30", 3)).toBe("2027-02-28");
  });

  it("matches date-fns on every day of 1999–2031 for days, months and years", () => {
    let date = "1999-01-01";
    const offsets = [-400, -31, -1, 1, 7, 29, 90, 366];
    while (date < "2032-01-01") {
      for (const n of offsets) expect(plusDays(date, n)).toBe(addDays(date, n));
      for (const n of [-13, -1, 1, 2, 3, 12, 25]) expect(plusMonths(date, n)).toBe(addMonths(date, n));
      expect(daysFrom("2010-06-15", date)).toBe(daysBetween("2010-06-15", date));
      date = addDays(date, 5);
    }
  });
});

describe("periods agree with the date-fns oracle", () => {
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
