import { describe, expect, it } from "vitest";
import { expectedByToday, goalProgress } from "../../src/insights/goal-progress";
import type { GoalSpec, ResolvedInteraction } from "../../src/model/types";
import { contact, goal, makeView, meeting, counterOf } from "./view";

const people = ["A", "B", "C", "D", "E", "F", "G", "H"].map((n) => contact(n));

function progress(g: GoalSpec, interactions: ResolvedInteraction[], today: string) {
  const view = makeView({ contacts: people, interactions, goals: [g] });
  return goalProgress(g, counterOf(view, today), "monday");
}

/** One interaction on each date. */
const on = (...dates: string[]) => dates.map((d) => meeting(d, ["A"]));

describe("goal status (SPEC §3.4)", () => {
  const monthly = goal({ metric: "interactions", target: 4, period: "month", start: "2026-01-01" });

  it("is done when the count reaches the target, even mid-window", () => {
    const p = progress(monthly, on("2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04"), "2026-05-05");
    expect(p).toMatchObject({ status: "done", count: 4 });
  });

  it("is on-track when count ≥ floor(target × elapsed ÷ length), behind below it", () => {
    // May has 31 days; on 16 May elapsed = 16: floor(4 × 16 / 31) = 2.
    expect(expectedByToday(4, { start: "2026-05-01", end: "2026-05-31" }, "2026-05-16")).toBe(2);
    expect(progress(monthly, on("2026-05-01", "2026-05-02"), "2026-05-16").status).toBe("on-track");
    expect(progress(monthly, on("2026-05-01"), "2026-05-16").status).toBe("behind");
    // On 7 May floor(4 × 7 / 31) = 0, so nothing yet is still on track.
    expect(progress(monthly, [], "2026-05-07").status).toBe("on-track");
    expect(progress(monthly, [], "2026-05-08").status).toBe("behind");
  });

  it("on the window's last day expects the whole target, and the day after is a new window", () => {
    expect(progress(monthly, on("2026-05-01", "2026-05-02", "2026-05-03"), "2026-05-31").status).toBe("behind");
    const next = progress(monthly, on("2026-05-01", "2026-05-02", "2026-05-03"), "2026-06-01");
    expect(next).toMatchObject({ status: "on-track", count: 0, window: { start: "2026-06-01", end: "2026-06-30" } });
    expect(next.history[0]).toEqual({ start: "2026-05-01", end: "2026-05-31", count: 3, hit: false });
  });

  it("is missed when the window has ended below target (a goal past its end)", () => {
    const ended = goal({ metric: "interactions", target: 4, period: "month", start: "2026-01-01", end: "2026-03-31" });
    const p = progress(ended, on("2026-03-01", "2026-05-01"), "2026-05-20");
    expect(p).toMatchObject({ status: "missed", count: 1, window: { start: "2026-03-01", end: "2026-03-31" } });
  });

  it("is not-started with count 0 before the start, even with things logged", () => {
    const later = goal({ metric: "interactions", target: 2, period: "month", start: "2026-06-01" });
    const p = progress(later, on("2026-05-01", "2026-05-02"), "2026-05-20");
    expect(p).toMatchObject({ status: "not-started", count: 0, history: [], streak: 0 });
  });
});

describe("history and streak", () => {
  const weekly = goal({ metric: "interactions", target: 2, period: "week", start: "2026-04-06" });
  // Weeks (Monday start): 6 Apr, 13 Apr, 20 Apr, 27 Apr, 4 May; today is in the week of 11 May.
  const log = on(
    "2026-04-06", "2026-04-07", // hit
    "2026-04-14", // miss
    "2026-04-20", "2026-04-26", // hit
    "2026-04-27", "2026-04-28", "2026-04-29", // hit
    "2026-05-04", "2026-05-10", // hit
    "2026-05-11", // current week
  );

  it("lists completed periods newest first with counts and hits; the streak ends with the latest", () => {
    const p = progress(weekly, log, "2026-05-12");
    expect(p.history.map((h) => [h.start, h.count, h.hit])).toEqual([
      ["2026-05-04", 2, true],
      ["2026-04-27", 3, true],
      ["2026-04-20", 2, true],
      ["2026-04-13", 1, false],
      ["2026-04-06", 2, true],
    ]);
    expect(p.streak).toBe(3);
    expect(p.count).toBe(1);
  });

  it("a miss in the latest completed period breaks the streak", () => {
    const p = progress(weekly, log.slice(0, 3), "2026-04-21");
    expect(p.streak).toBe(0);
  });

  it("includes the last window of a goal that is over", () => {
    const ended = { ...weekly, end: "2026-04-19" };
    const p = progress(ended, log, "2026-05-12");
    expect(p.status).toBe("missed");
    expect(p.history.map((h) => h.start)).toEqual(["2026-04-13", "2026-04-06"]);
    expect(p.streak).toBe(0);
  });
});

describe("one-off goals", () => {
  const oneOff = goal({ metric: "interactions", target: 3, due: "2026-06-30", start: "2026-03-01" });

  it("count from start to due, with empty history and a null streak", () => {
    const p = progress(oneOff, on("2026-02-28", "2026-03-01", "2026-05-01"), "2026-05-20");
    expect(p).toMatchObject({ count: 2, history: [], streak: null, due: "2026-06-30" });
    expect(p.window).toEqual({ start: "2026-03-01", end: "2026-06-30" });
  });

  it("are done or missed once due has passed", () => {
    expect(progress(oneOff, on("2026-03-01", "2026-05-01", "2026-06-30"), "2026-07-01").status).toBe("done");
    expect(progress(oneOff, on("2026-03-01", "2026-05-01", "2026-07-01"), "2026-07-01").status).toBe("missed");
  });

  it("without start or note date start on 1 January of the due year", () => {
    const p = progress(goal({ metric: "interactions", target: 3, due: "2026-06-30" }), on("2025-12-31", "2026-01-01"), "2026-05-20");
    expect(p.window?.start).toBe("2026-01-01");
    expect(p.count).toBe(1);
  });
});

describe("invalid goals", () => {
  it.each([
    ["no metric", goal({ metricText: "vibes", target: 3, period: "month" })],
    ["no target", goal({ metric: "interactions", period: "month" })],
    ["no time", goal({ metric: "interactions", target: 3 })],
  ])("%s: listed with status invalid and count null", (_label, g) => {
    const p = progress(g, on("2026-05-01"), "2026-05-20");
    expect(p).toMatchObject({ status: "invalid", count: null, window: null, streak: null, history: [] });
  });
});
