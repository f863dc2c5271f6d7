import { describe, expect, it } from "vitest";
import { parseReviewPeriod } from "../../src/insights/review-period";

const TODAY = "2026-05-20";
const parse = (text: string, weekStart: "monday" | "sunday" = "monday", today = TODAY) =>
  parseReviewPeriod(text, today, weekStart);

describe("review periods (SPEC §3.5)", () => {
  it("reads years, quarters and months", () => {
    expect(parse("2026")).toEqual({
      ok: true,
      window: { start: "2026-01-01", end: "2026-12-31" },
      label: "2026",
      kind: "year",
      previous: { start: "2025-01-01", end: "2025-12-31" },
    });
    expect(parse("2026-Q1")).toEqual({
      ok: true,
      window: { start: "2026-01-01", end: "2026-03-31" },
      label: "Q1 2026",
      kind: "quarter",
      previous: { start: "2025-10-01", end: "2025-12-31" },
    });
    expect(parse(" 2026-q4 ")).toMatchObject({ window: { start: "2026-10-01", end: "2026-12-31" } });
    expect(parse("2028-02")).toMatchObject({ window: { start: "2028-02-01", end: "2028-02-29" }, label: "February 2028", previous: { start: "2028-01-01", end: "2028-01-31" } });
  });

  it("reads ISO weeks with Monday weeks: week 1 contains 4 January", () => {
    expect(parse("2026-W10")).toMatchObject({ window: { start: "2026-03-02", end: "2026-03-08" }, label: "Week 10 of 2026", kind: "week", previous: { start: "2026-02-23", end: "2026-03-01" } });
    // 2026 starts on a Thursday: week 1 begins Monday 29 December 2025.
    expect(parse("2026-W01")).toMatchObject({ window: { start: "2025-12-29", end: "2026-01-04" } });
    expect(parse("2026-W53")).toMatchObject({ window: { start: "2026-12-28", end: "2027-01-03" } });
    expect(parse("2027-W53").ok).toBe(false);
    expect(parse("2026-W00").ok).toBe(false);
  });

  it("reads weeks with the week-start setting", () => {
    // With Sunday weeks, week 1 of 2026 is the Sunday week holding 4 January: 4–10 January.
    expect(parse("2026-W01", "sunday")).toMatchObject({ window: { start: "2026-01-04", end: "2026-01-10" } });
    expect(parse("2026-W10", "sunday")).toMatchObject({ window: { start: "2026-03-08", end: "2026-03-14" } });
  });

  it("reads relative periods against today", () => {
    expect(parse("this-quarter")).toMatchObject({ window: { start: "2026-04-01", end: "2026-06-30" }, label: "Q2 2026" });
    expect(parse("last-quarter", "monday", "2026-01-15")).toMatchObject({ window: { start: "2025-10-01", end: "2025-12-31" } });
    expect(parse("this-month")).toMatchObject({ window: { start: "2026-05-01", end: "2026-05-31" } });
    expect(parse("last-month", "monday", "2026-03-31")).toMatchObject({ window: { start: "2026-02-01", end: "2026-02-28" } });
    expect(parse("this-year")).toMatchObject({ window: { start: "2026-01-01", end: "2026-12-31" } });
    expect(parse("This-Week")).toMatchObject({ window: { start: "2026-05-18", end: "2026-05-24" }, label: "Week 21 of 2026" });
    expect(parse("last-week", "monday", "2026-01-01")).toMatchObject({ label: "Week 52 of 2025" });
  });

  it("is a problem for anything else, naming the value", () => {
    for (const bad of ["2026-13", "Q1", "soon", "2026-Q5", ""]) {
      const result = parse(bad);
      expect(result.ok).toBe(false);
    }
    const result = parse("soon");
    expect(!result.ok && result.message).toContain("'soon'");
  });
});
