import { describe, expect, it } from "vitest";
import { reportToJson } from "../../src/insights/report";
import { SETTINGS, contact, goal, live, makeView, meeting, personPath } from "./view";

const TODAY = "2026-05-20";

function sampleView() {
  return makeView({
    contacts: [
      contact("Jane Doe", { cadence: { amount: 3, unit: "month" } }),
      contact("Weekly", { cadence: { amount: 1, unit: "week" } }),
      contact("Ada", { status: "target" }),
    ],
    interactions: [
      meeting("2026-01-20", ["Jane Doe"], { path: "Meetings/x.md", followUp: "2026-05-09" }),
      meeting("2026-04-02", [], { path: "Meetings/y.md" }),
    ],
    goals: [
      goal({ note: "Journal/2026-01-05.md", metric: "people-met", target: 5, period: "quarter", start: "2026-01-01" }),
      goal({ note: "Journal/2026-01-05.md", index: 1, metricText: "vibes", target: 3, period: "month" }),
      goal({ note: "Journal/2026-02-01.md", title: "Four interviews", metric: "interactions", target: 4, due: "2026-06-30", start: "2026-04-10" }),
    ],
    problems: [{ note: "People/x.md", field: "cadence", message: "cadence 'sometimes' is not a duration" }],
  });
}

describe("report JSON (SPEC §5)", () => {
  const json = reportToJson(live(sampleView()).report.report(TODAY, SETTINGS));

  it("has exactly the keys of §5, in order", () => {
    expect(Object.keys(json)).toEqual(["today", "counts", "followUps", "reconnect", "birthdays", "peopleToMeet", "goals", "problems"]);
    expect(json.today).toBe(TODAY);
    expect(json.counts).toEqual({ contacts: 3, interactions: 2, goals: 3 });
    expect(Object.keys(json.followUps[0] ?? {})).toEqual(["note", "due", "status", "days", "contacts"]);
    expect(Object.keys(json.reconnect[0] ?? {})).toEqual(["contact", "name", "lastContact", "due", "daysOverdue"]);
    expect(Object.keys(json.goals[0] ?? {})).toEqual([
      "note", "title", "metric", "target", "window", "count", "status", "streak", "history", "smart",
    ]);
    expect(Object.keys(json.goals[0]?.smart ?? {})).toEqual(["specific", "measurable", "achievable", "relevant", "timeBound"]);
    expect(json.problems).toEqual([{ note: "People/x.md", field: "cadence", message: "cadence 'sometimes' is not a duration" }]);
  });

  it("writes follow-ups, reconnect rows (nulls for no contact logged) and people to meet", () => {
    expect(json.followUps).toEqual([
      { note: "Meetings/x.md", due: "2026-05-09", status: "overdue", days: 11, contacts: [personPath("Jane Doe")] },
    ]);
    expect(json.reconnect).toEqual([
      { contact: personPath("Weekly"), name: "Weekly", lastContact: null, due: null, daysOverdue: null },
      { contact: personPath("Jane Doe"), name: "Jane Doe", lastContact: "2026-01-20", due: "2026-04-20", daysOverdue: 30 },
    ]);
    expect(json.peopleToMeet).toEqual([{ contact: personPath("Ada"), name: "Ada", purpose: null, introducers: [] }]);
  });

  it("writes a repeating goal with its window, history and streak, and a generated title", () => {
    expect(json.goals[0]).toEqual({
      note: "Journal/2026-01-05.md",
      title: "Meet 5 people per quarter",
      metric: "people-met",
      target: 5,
      window: { start: "2026-04-01", end: "2026-06-30" },
      count: 0,
      status: "behind",
      streak: 0,
      history: [{ start: "2026-01-01", end: "2026-03-31", count: 1, hit: false }],
      smart: { specific: true, measurable: true, achievable: true, relevant: true, timeBound: true },
    });
  });

  it("writes an invalid goal with count null and status invalid, and a one-off with [] history and null streak", () => {
    expect(json.goals[1]).toMatchObject({ metric: null, count: null, status: "invalid", window: null, history: [], streak: null });
    expect(json.goals[1]?.smart.specific).toBe(false);
    expect(json.goals[2]).toMatchObject({
      title: "Four interviews",
      window: { start: "2026-04-10", end: "2026-06-30" },
      count: 0,
      history: [],
      streak: null,
    });
  });

  it("is plain data that survives JSON round-tripping unchanged", () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe("the live report", () => {
  it("carries the index's revision and keeps goals in the index's order", () => {
    const { index, report: liveReport } = live(sampleView());
    const report = liveReport.report(TODAY, SETTINGS);
    expect(report.revision).toBe(index.revision);
    expect(report.goals.map((g) => [g.note, g.index])).toEqual([
      ["Journal/2026-01-05.md", 0],
      ["Journal/2026-01-05.md", 1],
      ["Journal/2026-02-01.md", 0],
    ]);
  });
});
