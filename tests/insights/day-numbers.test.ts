import { describe, expect, it } from "vitest";
import { dayNumber, daysFrom, fromDayNumber, plusDays, plusDuration, plusMonths } from "../../src/insights/day-numbers";
import { addDays, addDuration, addMonths, daysBetween } from "../../src/model/calendar";

describe("day numbers agree with the calendar helpers", () => {
  it("knows the epoch and leap days", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
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
      expect(plusDuration(date, { amount: 1, unit: "year" })).toBe(addDuration(date, { amount: 1, unit: "year" }));
      expect(plusDuration(date, { amount: 2, unit: "week" })).toBe(addDuration(date, { amount: 2, unit: "week" }));
      expect(daysFrom("2010-06-15", date)).toBe(daysBetween("2010-06-15", date));
      date = addDays(date, 5);
    }
  });
});
