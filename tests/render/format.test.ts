import { addDays, format } from "date-fns";
import { describe, expect, it } from "vitest";
import { fromDate } from "../../src/model/calendar";
import { toDate } from "../oracle/calendar";
import { dayInWords, overdueInWords, plural, relativeDays, shortDate, shortDay, windowInWords } from "../../src/render/format";

describe("format", () => {
  it("says dates in words without moving them across time zones", () => {
    expect(shortDate("2026-06-30")).toBe("30 Jun");
    expect(dayInWords("2026-06-30", "2026-05-20")).toBe("30 June");
    expect(dayInWords("2027-01-01", "2026-05-20")).toBe("1 January 2027");
    expect(windowInWords({ start: "2026-10-01", end: "2026-12-31" }, "2026-11-02")).toBe("1 Oct – 31 Dec");
    expect(windowInWords({ start: "2025-10-01", end: "2025-12-31" }, "2026-01-02")).toBe("1 Oct 2025 – 31 Dec 2025");
  });

  it("says short dates as date-fns' 'd MMM' and 'd MMM yyyy' do, every day of a leap year and the next", () => {
    let day = toDate("2028-01-01");
    for (let i = 0; i < 731; i++, day = addDays(day, 1)) {
      const date = fromDate(day);
      expect(shortDate(date)).toBe(format(day, "d MMM"));
      expect(shortDay(date, "2028-06-15")).toBe(format(day, date.startsWith("2028") ? "d MMM" : "d MMM yyyy"));
    }
    expect(shortDay("2025-01-20", "2026-05-20")).toBe("20 Jan 2025");
    expect(shortDay("2026-09-03")).toBe("3 Sep");
  });

  it("counts and distances in words", () => {
    expect(plural(1, "day")).toBe("1 day");
    expect(plural(3, "person", "people")).toBe("3 people");
    expect(relativeDays(3)).toBe("in 3 days");
    expect(relativeDays(-2)).toBe("2 days ago");
    expect(relativeDays(0)).toBe("today");
    expect(overdueInWords(11)).toBe("11 days overdue");
    expect(overdueInWords(1)).toBe("1 day overdue");
    expect(overdueInWords(0)).toBe("due today");
  });
});
