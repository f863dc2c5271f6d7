import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { GoalSpec } from "../../src/model/types";
import { readGoalBlock } from "../../src/parse/goal";
import { md, readNote } from "./notes";
import { BOTH, asText } from "./yaml";

const ctx = { note: "Journal/2026-01-05.md", index: 0, line: 7 };

function goal(source: string, parse = asText, noteDate?: string) {
  return readGoalBlock(source, noteDate ? { ...ctx, noteDate } : ctx, parse);
}
const letters = (g: GoalSpec) => g.issues.map((i) => `${i.letter}:${i.field}`);

describe("readGoalBlock", () => {
  describe.each(BOTH)("%s", (_name, parse) => {
    it("reads the SPEC's example block", () => {
      const { goal: g, problems } = goal(
        `title: Meet people in marketing        # optional
metric: people-met
target: 5
period: quarter
start: 2026-01-01
end: 2026-12-31
kind: coffee
tag: marketing
level: senior
company: Acme
why: Move into brand leadership by 2029`,
        parse,
      );
      expect(problems).toEqual([]);
      expect(g).toEqual({
        note: "Journal/2026-01-05.md",
        index: 0,
        line: 7,
        title: "Meet people in marketing",
        metric: "people-met",
        metricText: "people-met",
        target: 5,
        period: "quarter",
        start: "2026-01-01",
        end: "2026-12-31",
        filters: { kind: ["coffee"], tag: ["marketing"], level: ["senior"], company: ["Acme"] },
        why: "Move into brand leadership by 2029",
        issues: [],
      });
    });

    it("reads a one-off goal with list filters and the note's date", () => {
      const { goal: g, problems } = goal(
        `Metric: meetings
Target: "4"
due: 2026-05-31
kind: [Informational Interview, coffee_chat]
tags: "#Marketing, brand"
level: [above, same]
company: "Acme, Inc."`,
        parse,
        "2026-01-05",
      );
      expect(problems).toEqual([]);
      expect(g).toMatchObject({
        metric: "interactions",
        metricText: "meetings",
        target: 4,
        due: "2026-05-31",
        noteDate: "2026-01-05",
        filters: {
          kind: ["informational-interview", "coffee-chat"],
          tag: ["marketing", "brand"],
          level: ["senior", "peer"],
          company: ["Acme, Inc."],
        },
      });
      expect(g).not.toHaveProperty("period");
    });
  });

  it.each([
    ["meetings", "interactions"], ["interactions", "interactions"], ["events", "events"],
    ["people", "people-met"], ["People Met", "people-met"], ["new-contacts", "contacts-added"],
    ["connections", "contacts-added"], ["contacts_added", "contacts-added"], ["follow-ups-done", "follow-ups-done"],
    ["gives", "given"], ["given", "given"], ["intros-made", "intros-made"], ["intros", "intros-made"],
    ["Introductions", "intros-made"],
  ])("metric %s is %s", (text, metric) => {
    expect(goal(`metric: ${text}\ntarget: 1\nperiod: week`).goal.metric).toBe(metric);
  });

  it.each([
    ["weekly", "week"], ["Month", "month"], ["quarterly", "quarter"], ["yearly", "year"], ["annually", "year"],
  ])("period %s is %s", (text, period) => {
    expect(goal(`metric: events\ntarget: 1\nperiod: ${text}`).goal.period).toBe(period);
  });

  it("an unknown metric fails Specific and is a problem naming the goal", () => {
    const { goal: g, problems } = goal("metric: coffees\ntarget: 3\nperiod: month");
    expect(g.metric).toBeUndefined();
    expect(g.metricText).toBe("coffees");
    expect(letters(g)).toEqual(["specific:metric"]);
    expect(problems).toEqual([
      {
        note: "Journal/2026-01-05.md",
        field: "metric",
        message: expect.stringMatching(/^goal on line 8: metric 'coffees' is not a metric/) as string,
      },
    ]);
  });

  it.each(["0", "-1", "2.5", "five", "'5 people'", "[5]"])("target %s fails Measurable", (target) => {
    const { goal: g, problems } = goal(`metric: events\ntarget: ${target}\nperiod: month`);
    expect(g.target).toBeUndefined();
    expect(letters(g)).toEqual(["measurable:target"]);
    expect(problems.map((p) => p.field)).toEqual(["target"]);
  });

  it("a missing metric, target and period are each a problem and an issue", () => {
    const { goal: g, problems } = goal("title: Be more social");
    expect(letters(g)).toEqual(["specific:metric", "measurable:target", "timeBound:period"]);
    expect(problems.map((p) => p.field)).toEqual(["metric", "target", "period"]);
  });

  it.each([
    ["period: fortnight", "timeBound:period"],
    ["due: end of May", "timeBound:due"],
    ["period: month\nlevel: boss", "specific:level"],
    ["period: month\ntag: [marketing, {x: 1}]", "specific:tag"],
    ["period: month\nstart: 2026-06-01\nend: 2026-01-01", "timeBound:start"],
  ])("%s", (yaml, issue) => {
    const { goal: g, problems } = goal(`metric: events\ntarget: 2\n${yaml}`);
    expect(letters(g)).toEqual([issue]);
    expect(problems).toHaveLength(1);
  });

  it.each(["start: 2026-13-01", "end: soon"])("an unreadable %s is a problem and is ignored: no SMART letter fails (SPEC §3.4)", (yaml) => {
    const { goal: g, problems } = goal(`metric: events\ntarget: 2\nperiod: month\n${yaml}`);
    expect(letters(g)).toEqual([]);
    expect(problems.map((p) => p.field)).toEqual([yaml.split(":")[0]]);
    expect(g.start).toBeUndefined();
    expect(g.end).toBeUndefined();
  });

  it("both period and due: a problem, read as a one-off goal", () => {
    const { goal: g, problems } = goal("metric: events\ntarget: 2\nperiod: month\ndue: 2026-06-30");
    expect(g.due).toBe("2026-06-30");
    expect(g).not.toHaveProperty("period");
    expect(g.issues).toEqual([]);
    expect(problems.map((p) => p.field)).toEqual(["due"]);
  });

  it("a due date before the note's date is a problem", () => {
    const { goal: g } = goal("metric: events\ntarget: 2\ndue: 2025-12-01", asText, "2026-01-05");
    expect(letters(g)).toEqual(["timeBound:due"]);
  });

  it("an unknown field is a problem (a typo should not pass silently)", () => {
    const { goal: g, problems } = goal("metric: events\ntarget: 2\nperiod: month\ntaget: 3");
    expect(g.issues).toEqual([]);
    expect(problems.map((p) => p.field)).toEqual(["taget"]);
  });

  it.each([
    ["metric: [unclosed", "not valid YAML"],
    ["", "empty"],
    ["just a sentence", "not a list of fields"],
    ["- metric: events", "not a list of fields"],
  ])("block %j is one problem and an invalid goal", (source, message) => {
    const { goal: g, problems } = goal(source);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe("goal");
    expect(problems[0]?.message).toContain(message);
    expect(letters(g)).toEqual(["specific:metric", "measurable:target", "timeBound:period"]);
  });

  it("never throws, whatever the block holds", () => {
    fc.assert(
      fc.property(fc.string(), (source) => {
        const { goal: g } = goal(source);
        expect(g.note).toBe(ctx.note);
      }),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("metric", "target", "period", "due", "start", "kind", "level", "company", "why", "title"), fc.anything({ withDate: true })),
        (block) => {
          const { problems } = readGoalBlock("x", ctx, () => block);
          expect(problems.every((p) => p.message.startsWith("goal on line 8: "))).toBe(true);
        },
      ),
    );
  });
});

describe("goals in notes", () => {
  it("reads every block of a journal note, with its line and the note's date", () => {
    const text = md(
      "date: 2026-01-05",
      "# Q1 plan\n\n```network-goal\nmetric: people-met\ntarget: 5\nperiod: quarter\n```\n\nSome text.\n\n~~~network-goal\nmetric: events\ntarget: 1\nperiod: month\n~~~\n",
    );
    const note = readNote("Journal/Plans.md", text);
    expect(note.problems).toEqual([]);
    expect(note.contact).toBeUndefined();
    expect(note.goals.map((g) => [g.index, g.line, g.metric, g.noteDate])).toEqual([
      [0, 5, "people-met", "2026-01-05"],
      [1, 13, "events", "2026-01-05"],
    ]);
  });

  it("takes the note date from the file name, and reports a bad date field once", () => {
    expect(readNote("Journal/2026-02-02.md", "```network-goal\nmetric: events\ntarget: 1\nperiod: week\n```").goals[0]?.noteDate).toBe("2026-02-02");
    const note = readNote("Journal/2026-02-02 plan.md", md("date: someday", "```network-goal\nmetric: events\ntarget: 1\nperiod: week\n```"));
    expect(note.goals[0]?.noteDate).toBe("2026-02-02");
    expect(note.problems.map((p) => p.field)).toEqual(["date"]);
  });
});
