import { describe, expect, it } from "vitest";
import { frequencyWords, goalPace, paceText } from "../../src/insights/goal-pace";
import { goalTitle } from "../../src/insights/goal-title";
import { goalProgress } from "../../src/insights/goal-progress";
import { contact, goal, makeView, meeting, counterOf } from "./view";

const Q2 = { start: "2026-04-01", end: "2026-06-30" };

describe("pace", () => {
  it("gives remaining, the window's end and the days left including today", () => {
    expect(goalPace("behind", 3, 5, Q2, "2026-05-20")).toEqual({ remaining: 2, by: "2026-06-30", daysLeft: 42, everyDays: 21 });
    expect(goalPace("done", 6, 5, Q2, "2026-05-20")).toMatchObject({ remaining: 0, everyDays: null });
    expect(goalPace("on-track", 0, 5, Q2, "2026-06-30")).toMatchObject({ daysLeft: 1 });
    expect(goalPace("missed", 1, 5, Q2, "2026-07-01")).toMatchObject({ daysLeft: 0, everyDays: null });
    expect(goalPace("not-started", 0, 5, Q2, "2026-03-01")).toMatchObject({ daysLeft: 91 });
  });

  it("says it in words", () => {
    const pace = goalPace("behind", 3, 5, Q2, "2026-05-20");
    const input = { status: "behind" as const, count: 3, target: 5, window: Q2, pace };
    expect(paceText(input, "2026-05-20")).toBe("2 more by 30 June, about one every 3 weeks");
    const last = goalPace("behind", 4, 5, Q2, "2026-05-20");
    expect(paceText({ ...input, count: 4, pace: last }, "2026-05-20")).toBe("1 more by 30 June");
    expect(paceText({ ...input, count: 5, status: "done", pace: last }, "2026-05-20")).toBe("Done: 5 of 5");
    const missed = goalPace("missed", 3, 5, Q2, "2027-01-02");
    expect(paceText({ ...input, status: "missed", pace: missed }, "2027-01-02")).toBe("Missed: 3 of 5 by 30 June 2026");
  });

  it("rounds the rhythm to days, weeks or months", () => {
    expect(frequencyWords(10, 5)).toBe("about 2 a day");
    expect(frequencyWords(5, 6)).toBe("about one a day");
    expect(frequencyWords(2, 8)).toBe("about one every 4 days");
    expect(frequencyWords(4, 30)).toBe("about one every 8 days");
    expect(frequencyWords(4, 40)).toBe("about one a week");
    expect(frequencyWords(2, 60)).toBe("about one a month");
    expect(frequencyWords(2, 180)).toBe("about one every 3 months");
    expect(frequencyWords(2, 48)).toBe("about one every 3 weeks");
    expect(frequencyWords(2, 52)).toBe("about one a month");
  });

  it("appears on the goal's progress", () => {
    const g = goal({ metric: "people-met", target: 5, period: "quarter", start: "2026-01-01" });
    const view = makeView({ contacts: [contact("A")], interactions: [meeting("2026-04-02", ["A"])], goals: [g] });
    const p = goalProgress(g, counterOf(view, "2026-05-20"), "monday");
    expect(p.paceText).toBe("4 more by 30 June, about one every 2 weeks");
  });
});

describe("generated titles", () => {
  it("say the metric, target and time in words", () => {
    expect(goalTitle(goal({ metric: "people-met", target: 5, period: "quarter" }))).toBe("Meet 5 people per quarter");
    expect(goalTitle(goal({ metric: "events", target: 1, period: "month" }))).toBe("Go to 1 event per month");
    expect(goalTitle(goal({ metric: "intros-made", target: 2, period: "month" }))).toBe("Make 2 introductions per month");
    expect(goalTitle(goal({ metric: "intros-made", period: "year" }))).toBe("Make introductions per year");
    expect(goalTitle(goal({ metric: "interactions", target: 4, due: "2026-05-31", filters: { kind: ["informational-interview"], tag: [], level: [], company: [] } }))).toBe(
      "Have 4 interactions by 31 May 2026 (kind: informational-interview)",
    );
  });

  it("keep the user's own title", () => {
    expect(goalTitle(goal({ title: " Meet marketers ", metric: "people-met", target: 5, period: "quarter" }))).toBe("Meet marketers");
  });
});
