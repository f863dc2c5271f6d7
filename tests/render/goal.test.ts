// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { renderGoal, renderGoalError } from "../../src/render/goal";
import { goal, outline, TODAY } from "./fixtures";

function draw(progress = goal()): HTMLElement {
  const el = activeDocument.body.createDiv();
  renderGoal(el, progress, TODAY);
  return el;
}

describe("renderGoal", () => {
  it("shows the goal, its progress, pace, history, streak and SMART letters", async () => {
    const el = draw(
      goal({
        history: [
          { start: "2026-01-01", end: "2026-03-31", count: 6, hit: true },
          { start: "2025-10-01", end: "2025-12-31", count: 5, hit: true },
          { start: "2025-07-01", end: "2025-09-30", count: 2, hit: false },
        ],
        streak: 2,
      }),
    );
    const text = (cls: string) => el.querySelector(`.${cls}`)?.textContent;
    expect(text("ng-goal-title")).toBe("Meet people in marketing");
    expect(text("ng-goal-definition")).toBe("people-met · 5 per quarter · tag: marketing");
    expect(text("ng-goal-count")).toBe("3 of 5 this quarter (1 Apr – 30 Jun)");
    expect(text("ng-goal-pace")).toBe("2 more by 30 June, about one every 3 weeks");
    expect(text("ng-goal-streak")).toBe("2 quarters in a row");
    expect(text("ng-badge")).toBe("On track");
    // The native progress bar: its role, value and maximum come with the element; "3 of 5" is what it says.
    const bar = el.querySelector<HTMLProgressElement>("progress.ng-progress")!;
    expect([bar.value, bar.max]).toEqual([3, 5]);
    expect(bar.getAttribute("aria-valuetext")).toBe("3 of 5");
    // The history as bars, oldest on the left, each with its dates, count and verdict as a tooltip.
    const bars = Array.from(el.querySelectorAll(".ng-history rect"));
    expect(bars.map((b) => b.querySelector("title")!.textContent)).toEqual([
      "1 Jul 2025 – 30 Sep 2025: 2, missed",
      "1 Oct 2025 – 31 Dec 2025: 5, hit",
      "1 Jan – 31 Mar: 6, hit",
    ]);
    expect(bars.map((b) => b.classList.contains("ng-chart-hit"))).toEqual([false, true, true]);
    // The target line sits at 5 on a scale whose top is the best period (6): the 5-bar's top.
    const line = el.querySelector(".ng-history line.ng-chart-target")!;
    expect(line.getAttribute("y1")).toBe(bars[1]!.getAttribute("y"));
    const svg = el.querySelector(".ng-history svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe(
      "History: the last 3 quarters, against a target of 5. 1 Jul 2025 – 30 Sep 2025: 2, missed; 1 Oct 2025 – 31 Dec 2025: 5, hit; 1 Jan – 31 Mar: 6, hit",
    );
    await expect(outline(el)).toMatchFileSnapshot("__snapshots__/goal.outline.txt");
  });

  it("marks each failing SMART letter and says why beside it", () => {
    const el = draw(
      goal({
        why: null,
        smart: {
          specific: { ok: true, reason: null },
          measurable: { ok: true, reason: null },
          achievable: { ok: false, reason: "50 in a month is far beyond your best month so far (4)" },
          relevant: { ok: false, reason: "add why: what does this goal serve?" },
          timeBound: { ok: true, reason: null },
        },
      }),
    );
    const items = Array.from(el.querySelectorAll(".ng-smart-item"));
    expect(items.map((i) => i.querySelector(".ng-smart-letter")!.textContent)).toEqual(["S", "M", "A", "R", "T"]);
    expect(items.map((i) => i.classList.contains("ng-smart-fail"))).toEqual([false, false, true, true, false]);
    expect(items[2]!.classList.contains("ng-smart-fail")).toBe(true);
    expect(items[0]!.classList.contains("ng-smart-pass")).toBe(true);
    const reasons = [...el.querySelectorAll(".ng-smart-reasons li")].map((li) => li.textContent);
    expect(reasons).toEqual([
      "A50 in a month is far beyond your best month so far (4)",
      "Radd why: what does this goal serve?",
    ]);
    expect(el.querySelector(".ng-goal-why")).toBeNull();
  });

  it("shows an invalid goal without a bar, and a one-off goal without history", () => {
    const invalid = draw(
      goal({ status: "invalid", count: null, window: null, metric: null, pace: null, paceText: "Not counted until the goal is complete: see the SMART check", history: [], streak: null }),
    );
    expect(invalid.querySelector(".ng-progress")).toBeNull();
    // One line says it is not counted, and why: no bare "Not counted" before it.
    expect(invalid.querySelector(".ng-goal-count")).toBeNull();
    expect(invalid.querySelector(".ng-goal-pace")!.textContent).toBe("Not counted until the goal is complete: see the SMART check");
    expect(invalid.querySelector(".ng-badge")!.textContent).toBe("Invalid");
    const oneOff = draw(
      goal({ period: null, due: "2026-05-31", window: { start: "2026-01-01", end: "2026-05-31" }, history: [], streak: null, target: 4, count: 4, status: "done" }),
    );
    expect(oneOff.querySelector(".ng-goal-definition")!.textContent).toBe("people-met · 4 by 31 May · tag: marketing");
    expect(oneOff.querySelector(".ng-goal-count")!.textContent).toBe("4 of 4 (1 Jan – 31 May)");
    // A goal that is done needs no pace: the count and the badge say it all.
    expect(oneOff.querySelector(".ng-goal-pace")).toBeNull();
    expect(oneOff.querySelector(".ng-history")).toBeNull();
    expect(oneOff.querySelector(".ng-goal-streak")).toBeNull();
  });

  it("renders a title from a note as text", () => {
    const el = draw(goal({ title: "<img src=x onerror=alert(1)>", why: "<b>x</b>" }));
    expect(el.querySelector("img")).toBeNull();
    expect(el.querySelector("b")).toBeNull();
    expect(el.querySelector(".ng-goal-title")!.textContent).toBe("<img src=x onerror=alert(1)>");
  });

  it("replaces what was there on a redraw", () => {
    const el = draw();
    renderGoal(el, goal({ count: 4 }), TODAY);
    expect(el.querySelectorAll(".ng-goal")).toHaveLength(1);
  });
});

describe("renderGoalError", () => {
  it("says what is wrong, in place", () => {
    const el = activeDocument.body.createDiv();
    renderGoalError(el, [{ field: "target", message: "'many' is not a whole number" }, "The block is not valid YAML: <oops>"]);
    expect(el.querySelector(".ng-error-title")!.textContent).toBe("This goal cannot be read");
    const items = Array.from(el.querySelectorAll(".ng-error-list li")).map((li) => li.textContent);
    expect(items).toEqual(["target: 'many' is not a whole number", "The block is not valid YAML: <oops>"]);
    expect(el.querySelector("oops")).toBeNull();
  });
});
