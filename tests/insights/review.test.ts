import { describe, expect, it } from "vitest";
import type { Review } from "../../src/insights/review";
import type { NetworkView } from "../../src/model/types";
import { SETTINGS, contact, goal, live, makeView, meeting, personPath } from "./view";

function reviewFor(view: NetworkView, period: string, today: string, settings = SETTINGS, options: { top?: number } = {}): Review | { error: string } {
  return live(view).report.review(today, settings, period, options.top);
}

const TODAY = "2026-04-10";

const contacts = [
  contact("Ann", { level: "senior", company: "Acme", met: "2025-06-01", cadence: { amount: 1, unit: "month" } }),
  contact("Ben", { level: "peer", company: "acme", introducedBy: "[[Ann]]" }),
  contact("Cat", { met: "2026-02-15", metAt: "SaaStr 2026", introducedBy: "my old boss" }),
  contact("Dan", { level: "junior", company: "Globex", snoozeUntil: "2026-12-31" }),
  contact("Tia", { status: "target", met: "2026-03-01" }),
];

const interactions = [
  meeting("2025-12-31", ["Dan"]),
  meeting("2026-01-05", ["Ann", "Ben"], { kind: "coffee", gave: ["intro to Cat", "a book"], asked: ["advice"] }),
  meeting("2026-02-01", ["Ann"], { kind: "event", followUp: "2026-02-05", followUpDone: "2026-02-06" }),
  meeting("2026-02-20", ["Ann", "Cat"], { kind: "coffee", followUp: "2026-03-10" }),
  meeting("2026-03-31", ["Ann"], { followUp: "2026-03-20", followUpDone: "2026-04-02" }),
  meeting("2026-04-02", ["Ben"]),
];

const goals = [
  goal({ note: "Journal/a.md", metric: "interactions", target: 2, period: "month", start: "2026-01-01" }),
  goal({ note: "Journal/b.md", metric: "people-met", target: 3, due: "2026-03-31", start: "2026-01-01" }),
];

function review(period: string, today = TODAY): Review {
  const result = reviewFor(makeView({ contacts, interactions, goals }), period, today, SETTINGS);
  if ("error" in result) throw new Error(result.error);
  return result;
}

describe("review (SPEC §3.5)", () => {
  const q1 = review("2026-Q1");

  it("sums the metrics over the window, and over the window before it", () => {
    const counts = Object.fromEntries(Object.entries(q1.metrics).map(([m, n]) => [m, [n.count, n.previous]]));
    expect(counts).toEqual({
      interactions: [4, 1], // Q4 2025: the meeting with Dan on 31 Dec
      events: [1, 0],
      "people-met": [3, 1],
      "contacts-added": [2, 1], // Ben first seen 5 Jan, Cat met 15 Feb; not the target Tia. Q4: Dan
      "follow-ups-done": [1, 0],
      given: [1, 0],
      "intros-made": [0, 0],
    });
    expect(q1.previous).toEqual({ start: "2025-10-01", end: "2025-12-31" });
    // The window before a partial one is counted whole; before a week, the week before.
    expect(review("this-quarter").metrics.interactions).toEqual({ count: 1, previous: 4 });
    expect(review("2026-W01").previous).toEqual({ start: "2025-12-22", end: "2025-12-28" });
    expect(q1.partial).toBe(false);
    expect(q1.label).toBe("Q1 2026");
  });

  it("lists new contacts by date and who was seen most", () => {
    expect(q1.newContacts).toEqual([
      { contact: personPath("Ben"), name: "Ben", date: "2026-01-05", metAt: null, introducedBy: { contact: personPath("Ann"), name: "Ann" } },
      { contact: personPath("Cat"), name: "Cat", date: "2026-02-15", metAt: "SaaStr 2026", introducedBy: { contact: null, name: "my old boss" } },
    ]);
    expect(q1.seenMost.map((p) => [p.name, p.count])).toEqual([["Ann", 4], ["Ben", 1], ["Cat", 1]]);
    const top1 = reviewFor(makeView({ contacts, interactions }), "2026-Q1", TODAY, SETTINGS, { top: 1 });
    expect("seenMost" in top1 && top1.seenMost).toHaveLength(1);
  });

  it("counts interactions by kind and what was given versus asked", () => {
    expect(q1.byKind).toEqual([
      { kind: "coffee", count: 2 },
      { kind: "event", count: 1 },
      { kind: "meeting", count: 1 },
    ]);
    expect(q1.giving).toEqual({ gave: 2, asked: 1, notes: [interactions[1]?.path] });
  });

  it("counts interactions per week, weeks starting on the week-start setting", () => {
    // Q1 2026 starts on a Thursday: its first week is the one from Monday 29 December, counted from 1 January.
    expect(q1.perWeek).toHaveLength(14);
    expect(q1.perWeek[0]).toEqual({ start: "2025-12-29", count: 0 }); // 31 Dec is before the window
    expect(q1.perWeek.filter((w) => w.count > 0)).toEqual([
      { start: "2026-01-05", count: 1 },
      { start: "2026-01-26", count: 1 },
      { start: "2026-02-16", count: 1 },
      { start: "2026-03-30", count: 1 },
    ]);
    expect(q1.perWeek.reduce((n, w) => n + w.count, 0)).toBe(q1.metrics.interactions.count);
    const sundays = reviewFor(makeView({ contacts, interactions }), "2026-Q1", TODAY, { ...SETTINGS, weekStart: "sunday" });
    expect("perWeek" in sundays && sundays.perWeek[0]?.start).toBe("2025-12-28");
    // A window that reaches past today has its weeks up to this one.
    expect(review("this-quarter").perWeek).toEqual([
      { start: "2026-03-30", count: 1 },
      { start: "2026-04-06", count: 0 },
    ]);
  });

  it("counts follow-ups done in the window and those missed (due in it, not done, or done late)", () => {
    // Done: 5 Feb's on 6 Feb. Missed: 5 Feb's (done a day late), 10 March's (never done), 20 March's (done 2 April).
    expect(q1.followUps).toEqual({ done: 1, missed: 3, missedNotes: [interactions[2]?.path, interactions[3]?.path, interactions[4]?.path].sort() });
  });

  it("mixes the people met by level and by company", () => {
    expect(q1.byLevel).toEqual({ senior: 1, peer: 1, junior: 0, unknown: 1 });
    expect(q1.byCompany).toEqual([
      { company: "Acme", count: 2 },
      { company: null, count: 1 },
    ]);
  });

  it("lists goal periods hit and missed in the window", () => {
    expect(q1.goals.hit.map((g) => [g.note, g.start, g.count])).toEqual([
      ["Journal/a.md", "2026-02-01", 2],
      ["Journal/b.md", "2026-01-01", 3],
    ]);
    expect(q1.goals.missed.map((g) => [g.start, g.count])).toEqual([
      ["2026-01-01", 1],
      ["2026-03-01", 1],
    ]);
  });

  it("lists contacts past their cadence at the end of the window, snoozed or not", () => {
    // Ann: last contact 31 March + 1 month = 30 April, not yet drifted on 31 March. Dan: 31 Dec + 90d = 31 March.
    expect(q1.drifted.map((r) => [r.name, r.due, r.daysOverdue])).toEqual([["Dan", "2026-03-31", 0]]);
  });

  it("counts only what has happened so far in a window that reaches past today", () => {
    const q2 = review("this-quarter");
    expect(q2.partial).toBe(true);
    expect(q2.metrics.interactions.count).toBe(1);
    expect(q2.followUps).toEqual({ done: 1, missed: 0, missedNotes: [] });
    expect(q2.drifted.map((r) => r.name)).toEqual(["Dan"]);
  });

  it("reports a bad period as an error", () => {
    expect(reviewFor(makeView(), "whenever", TODAY, SETTINGS)).toHaveProperty("error");
  });
});

describe("an open review kept up to date", () => {
  it("takes in a meeting that brings someone new from a new company, and lets them go again", () => {
    const { index, report } = live(makeView({ contacts: [...contacts, contact("Eve", { company: "Initech", level: "senior" })], interactions, goals }));
    const before = report.review(TODAY, SETTINGS, "2026-Q1");
    if ("error" in before) throw new Error(before.error);
    const note = meeting("2026-03-05", ["Eve"], { kind: "intro" });
    const { attendees: _attendees, ...interaction } = note;
    index.put({ path: note.path, interaction, goals: [], problems: [] });
    const after = report.review(TODAY, SETTINGS, "2026-Q1");
    if ("error" in after) throw new Error(after.error);
    expect(after.byCompany).toContainEqual({ company: "Initech", count: 1 });
    expect(after.byLevel.senior).toBe(before.byLevel.senior + 1);
    expect(after.metrics["intros-made"].count).toBe(before.metrics["intros-made"].count + 1);
    expect(after.seenMost.map((p) => p.name)).toContain("Eve");
    index.remove(note.path);
    const again = report.review(TODAY, SETTINGS, "2026-Q1");
    expect(again).toEqual(before);
  });
});
