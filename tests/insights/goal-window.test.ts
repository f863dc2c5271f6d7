import { describe, expect, it } from "vitest";
import { goalStart, goalTiming } from "../../src/insights/goal-timing";
import { goal } from "./view";

const TODAY = "2026-05-20";

function timing(extra: Parameters<typeof goal>[0], today = TODAY, weekStart: "monday" | "sunday" = "monday") {
  const t = goalTiming(goal(extra), today, weekStart);
  if (!t.ok) throw new Error(t.reason);
  return t;
}

describe("goal start (SPEC §3.4)", () => {
  it("is the goal's start, else the note's date", () => {
    expect(goalStart(goal({ period: "month", start: "2026-02-10", noteDate: "2026-01-05" }), TODAY, "monday")).toBe("2026-02-10");
    expect(goalStart(goal({ period: "month", noteDate: "2026-01-05" }), TODAY, "monday")).toBe("2026-01-05");
  });

  it("else the start of the current period for a repeating goal, 1 January of the due year for a one-off", () => {
    expect(goalStart(goal({ period: "quarter" }), TODAY, "monday")).toBe("2026-04-01");
    expect(goalStart(goal({ period: "week" }), TODAY, "monday")).toBe("2026-05-18");
    expect(goalStart(goal({ period: "week" }), TODAY, "sunday")).toBe("2026-05-17");
    expect(goalStart(goal({ due: "2027-03-31" }), TODAY, "monday")).toBe("2027-01-01");
  });
});

describe("the window counted now", () => {
  it("is the period containing today", () => {
    expect(timing({ period: "quarter", start: "2025-01-01" }).window).toEqual({ start: "2026-04-01", end: "2026-06-30" });
    expect(timing({ period: "month", start: "2025-01-01" }).window).toEqual({ start: "2026-05-01", end: "2026-05-31" });
    expect(timing({ period: "year", start: "2025-01-01" }).window).toEqual({ start: "2026-01-01", end: "2026-12-31" });
    expect(timing({ period: "week", start: "2025-01-01" }).window).toEqual({ start: "2026-05-18", end: "2026-05-24" });
  });

  it("never starts before the goal's start", () => {
    const t = timing({ period: "quarter", start: "2026-05-10" });
    expect(t.window).toEqual({ start: "2026-05-10", end: "2026-06-30" });
    expect(t.state).toBe("running");
    expect(t.history).toEqual([]);
  });

  it("on the first day of a period is that period, on the last day too", () => {
    expect(timing({ period: "quarter", start: "2025-01-01" }, "2026-04-01").window.start).toBe("2026-04-01");
    expect(timing({ period: "quarter", start: "2025-01-01" }, "2026-03-31").window).toEqual({ start: "2026-01-01", end: "2026-03-31" });
  });

  it("past the end is the last period containing the end, and the goal is over", () => {
    const t = timing({ period: "quarter", start: "2025-01-01", end: "2026-02-15" });
    expect(t.state).toBe("over");
    expect(t.window).toEqual({ start: "2026-01-01", end: "2026-02-15" });
    // An over goal's last window is complete, so it is the newest history entry.
    expect(t.history[0]).toEqual(t.window);
  });

  it("on the end day itself the goal still runs", () => {
    const t = timing({ period: "month", start: "2026-01-01", end: TODAY });
    expect(t.state).toBe("running");
    expect(t.window).toEqual({ start: "2026-05-01", end: TODAY });
  });

  it("before the start the goal has not started and its window is its first period", () => {
    const t = timing({ period: "month", start: "2026-06-10" });
    expect(t.state).toBe("not-started");
    expect(t.window).toEqual({ start: "2026-06-10", end: "2026-06-30" });
  });

  it("for a one-off goal runs from start to due", () => {
    expect(timing({ due: "2026-06-30", start: "2026-03-01" })).toMatchObject({
      window: { start: "2026-03-01", end: "2026-06-30" },
      state: "running",
      history: [],
      period: null,
    });
    expect(timing({ due: "2026-05-19" }).state).toBe("over");
    expect(timing({ due: TODAY }).state).toBe("running");
    expect(timing({ due: "2026-12-31", start: "2026-06-01" }).state).toBe("not-started");
  });

  it("is an error without a period or due, or when the dates contradict each other", () => {
    expect(goalTiming(goal({}), TODAY, "monday").ok).toBe(false);
    expect(goalTiming(goal({ start: "2026-01-01" }), TODAY, "monday").ok).toBe(false);
    expect(goalTiming(goal({ due: "2026-01-01", start: "2026-02-01" }), TODAY, "monday").ok).toBe(false);
    expect(goalTiming(goal({ period: "month", start: "2026-02-01", end: "2026-01-01" }), TODAY, "monday").ok).toBe(false);
  });
});

describe("history periods", () => {
  it("are the completed periods since start, newest first, the first clipped to start", () => {
    const t = timing({ period: "quarter", start: "2025-08-15" });
    expect(t.history).toEqual([
      { start: "2026-01-01", end: "2026-03-31" },
      { start: "2025-10-01", end: "2025-12-31" },
      { start: "2025-08-15", end: "2025-09-30" },
    ]);
  });

  it("stop at 12", () => {
    const t = timing({ period: "week", start: "2020-01-01" });
    expect(t.history).toHaveLength(12);
    expect(t.history[0]).toEqual({ start: "2026-05-11", end: "2026-05-17" });
    expect(t.history[11]).toEqual({ start: "2026-02-23", end: "2026-03-01" });
  });

  it("walk months across a leap February", () => {
    const t = timing({ period: "month", start: "2027-12-01" }, "2028-03-10");
    expect(t.history).toEqual([
      { start: "2028-02-01", end: "2028-02-29" },
      { start: "2028-01-01", end: "2028-01-31" },
      { start: "2027-12-01", end: "2027-12-31" },
    ]);
  });
});
