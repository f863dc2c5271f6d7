// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { Review } from "../../src/insights/review";
import { renderReview } from "../../src/render/review";
import { outline, reconnect, recordingActions } from "./fixtures";

function review(partial: Partial<Review> = {}): Review {
  return {
    window: { start: "2026-01-01", end: "2026-03-31" },
    previous: { start: "2025-10-01", end: "2025-12-31" },
    label: "Q1 2026",
    today: "2026-05-20",
    partial: false,
    metrics: {
      interactions: { count: 9, previous: 6 },
      events: { count: 2, previous: 2 },
      "people-met": { count: 7, previous: 9 },
      "contacts-added": { count: 3, previous: 1 },
      "follow-ups-done": { count: 4, previous: 4 },
      given: { count: 3, previous: 0 },
      "intros-made": { count: 1, previous: 2 },
    },
    newContacts: [
      { contact: "People/Ada.md", name: "Ada", date: "2026-02-03", metAt: "SaaStr 2026", introducedBy: { contact: "People/Bob Li.md", name: "Bob Li" } },
      { contact: "People/Cy.md", name: "Cy", date: "2026-03-09", metAt: null, introducedBy: { contact: null, name: "my old boss" } },
    ],
    seenMost: [
      { contact: "People/Jane Doe.md", name: "Jane Doe", count: 3 },
      { contact: "People/Bob Li.md", name: "Bob Li", count: 1 },
    ],
    byKind: [
      { kind: "coffee", count: 5 },
      { kind: "event", count: 2 },
    ],
    perWeek: [
      { start: "2025-12-29", count: 2 },
      { start: "2026-01-05", count: 7 },
    ],
    giving: { gave: 4, asked: 2, notes: ["Meetings/2026-01-12 Coffee.md", "Meetings/2026-02-03 Summit.md"] },
    followUps: { done: 4, missed: 1, missedNotes: ["Meetings/2026-02-03 Summit.md"] },
    goals: {
      hit: [{ note: "Journal/2026-01-05.md", index: 0, title: "Meet people", start: "2026-01-01", end: "2026-03-31", count: 6, target: 5, hit: true }],
      missed: [],
    },
    byLevel: { senior: 2, peer: 4, junior: 0, unknown: 1 },
    byCompany: [
      { company: "Acme Corp", count: 3 },
      { company: null, count: 1 },
    ],
    warnings: ["4 of your 6 people with a level this quarter were peers: the strongest networks run up and down the hierarchy"],
    drifted: [reconnect({ contact: "People/Carol.md", name: "Carol", lastContact: "2025-11-02", daysOverdue: 60 })],
    ...partial,
  };
}

function partNamed(el: HTMLElement, heading: string): Element {
  const part = Array.from(el.querySelectorAll(".ng-review-part")).find((p) => p.querySelector("h4")!.textContent === heading);
  if (!part) throw new Error(`no part "${heading}"`);
  return part;
}

describe("renderReview", () => {
  it("sums up the window in sections a reader can scan", async () => {
    const el = activeDocument.body.createDiv();
    const { actions, calls } = recordingActions();
    renderReview(el, review(), actions);
    await expect(outline(el)).toMatchFileSnapshot("__snapshots__/review.outline.txt");
    el.querySelector<HTMLElement>('a[data-href="People/Jane Doe.md"]')!.click();
    // Who introduced a new contact, and the notes behind what was given and missed, open their notes.
    el.querySelector<HTMLElement>('a[data-href="People/Bob Li.md"]')!.click();
    el.querySelector<HTMLElement>('a[data-href="Meetings/2026-01-12 Coffee.md"]')!.click();
    expect(calls).toEqual([["openNote", "People/Jane Doe.md"], ["openNote", "People/Bob Li.md"], ["openNote", "Meetings/2026-01-12 Coffee.md"]]);
    expect(el.querySelector(".ng-review-warning")?.textContent).toContain("4 of your 6 people");
  });

  it("draws the level mix as one bar per level, as tall as the review's counts, with its words and its table", () => {
    const el = activeDocument.body.createDiv();
    renderReview(el, review({ byLevel: { senior: 2, peer: 4, junior: 0, unknown: 1 } }));
    const chart = partNamed(el, "People met by level");
    const svg = chart.querySelector("svg")!;
    expect([svg.getAttribute("role"), svg.getAttribute("aria-label")]).toEqual(["img", "People met by level. Senior: 2; Peer: 4; Junior: 0; Level not set: 1"]);
    const heights = Array.from(svg.querySelectorAll("rect"), (r) => Number(r.getAttribute("height")));
    // Peer (4) is twice senior (2) and four times unset (1); junior (0) is a line on the baseline.
    expect(heights[1]! / heights[0]!).toBeCloseTo(2);
    expect(heights[1]! / heights[3]!).toBeCloseTo(4);
    expect(heights[2]).toBe(1);
    expect(Array.from(svg.querySelectorAll(".ng-chart-axis"), (t) => t.textContent)).toEqual(["Senior", "Peer", "Junior", "Not set"]);
    expect(Array.from(svg.querySelectorAll("text:not(.ng-chart-axis)"), (t) => t.textContent)).toEqual(["2", "4", "0", "1"]);
  });

  it("draws interactions per week as bars from the review's weeks, each month's first week named under it", () => {
    const el = activeDocument.body.createDiv();
    const perWeek = [
      { start: "2026-03-30", count: 1 },
      { start: "2026-04-06", count: 3 },
      { start: "2026-04-13", count: 0 },
      { start: "2026-04-20", count: 6 },
      { start: "2026-04-27", count: 2 },
      { start: "2026-05-04", count: 4 },
      { start: "2026-05-11", count: 3 },
      { start: "2026-05-18", count: 1 },
    ];
    // Q2 on 20 May: a partial window, its weeks up to the one today is in, that one counted so far.
    renderReview(el, review({ window: { start: "2026-04-01", end: "2026-06-30" }, label: "Q2 2026", partial: true, perWeek }));
    const chart = partNamed(el, "Interactions per week");
    const svg = chart.querySelector("svg")!;
    const rects = Array.from(svg.querySelectorAll("rect"));
    expect(rects).toHaveLength(8);
    const heights = rects.map((r) => Number(r.getAttribute("height")));
    const xs = rects.map((r) => Number(r.getAttribute("x")));
    expect(heights[3]! / heights[1]!).toBeCloseTo(2);
    expect(heights[3]! / heights[0]!).toBeCloseTo(6);
    expect(heights[2]).toBe(1);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(Array.from(svg.querySelectorAll(".ng-chart-axis"), (t) => t.textContent)).toEqual(["Apr", "May"]);
    expect(svg.getAttribute("aria-label")).toBe(
      "Interactions per week. Week of 30 Mar: 1; Week of 6 Apr: 3; Week of 13 Apr: 0; Week of 20 Apr: 6; Week of 27 Apr: 2; Week of 4 May: 4; Week of 11 May: 3; Week of 18 May: 1, so far",
    );
    expect(svg.querySelector("line")).toBeNull();
  });

  it("draws a week with no interactions, and a window with none at all, as lines on the baseline", () => {
    const el = activeDocument.body.createDiv();
    renderReview(el, review({ perWeek: [{ start: "2025-12-29", count: 0 }, { start: "2026-01-05", count: 0 }], byLevel: { senior: 0, peer: 0, junior: 0, unknown: 0 } }));
    for (const name of ["Interactions per week", "People met by level"]) {
      const heights = Array.from(partNamed(el, name).querySelectorAll("rect"), (r) => Number(r.getAttribute("height")));
      expect(heights.every((h) => h === 1)).toBe(true);
    }
  });

  it("draws a year of weeks in narrower slots, the numbers left to the tooltips and the chart's name", () => {
    const el = activeDocument.body.createDiv();
    const perWeek = Array.from({ length: 53 }, (_, i) => ({ start: `2025-${String(1 + Math.floor(i / 4.5)).padStart(2, "0")}-01`, count: i % 4 }));
    renderReview(el, review({ window: { start: "2025-01-01", end: "2025-12-31" }, label: "2025", perWeek }));
    const svg = partNamed(el, "Interactions per week").querySelector("svg")!;
    expect(svg.querySelectorAll("rect")).toHaveLength(53);
    expect(svg.getAttribute("viewBox")).toBe("0 0 530 59");
    expect(svg.querySelectorAll("text:not(.ng-chart-axis)")).toHaveLength(0);
    expect(Array.from(svg.querySelectorAll(".ng-chart-axis"), (t) => t.textContent)).toEqual(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]);
    expect(svg.querySelectorAll("rect > title")).toHaveLength(53);
  });

  it("says a period that has not started has no weeks yet, rather than drawing an empty chart", () => {
    const el = activeDocument.body.createDiv();
    renderReview(el, review({ window: { start: "2027-01-01", end: "2027-03-31" }, label: "Q1 2027", partial: true, perWeek: [] }));
    const part = partNamed(el, "Interactions per week");
    expect(part.querySelector("svg")).toBeNull();
    expect(part.querySelector(".ng-empty")!.textContent).toBe("This period has not started.");
  });

  it("says so when parts are empty, and caps long lists", () => {
    const el = activeDocument.body.createDiv();
    const many = Array.from({ length: 30 }, (_, i) => ({ contact: `People/P${i}.md`, name: `P${i}`, date: "2026-02-01", metAt: null, introducedBy: null }));
    renderReview(
      el,
      review({
        newContacts: many,
        seenMost: [],
        byKind: [],
        giving: { gave: 0, asked: 0, notes: [] },
        followUps: { done: 0, missed: 0, missedNotes: [] },
        goals: { hit: [], missed: [] },
        byCompany: [],
        warnings: [],
        drifted: [],
        partial: true,
      }),
    );
    expect(el.querySelectorAll(".ng-review-list li")).toHaveLength(25);
    expect(el.querySelector(".ng-review-more")!.textContent).toBe("and 5 more");
    expect(Array.from(el.querySelectorAll(".ng-empty")).map((e) => e.textContent)).toEqual([
      "No one seen in this period.",
      "No interactions in this period.",
      "No goal periods ended in this period.",
      "No one met in this period.",
      "No one drifted. Well kept.",
    ]);
    expect(el.querySelector(".ng-review-range")!.textContent).toBe("1 Jan – 31 Mar · so far, up to 20 May");
    // Without actions, names are plain text.
    expect(el.querySelector("a")).toBeNull();
  });

  it("renders names as text", () => {
    const el = activeDocument.body.createDiv();
    renderReview(el, review({ seenMost: [{ contact: "People/x.md", name: "<img src=x onerror=alert(1)>", count: 1 }] }));
    expect(el.querySelector("img")).toBeNull();
    expect(el.textContent).toContain("<img src=x onerror=alert(1)>");
  });
});
