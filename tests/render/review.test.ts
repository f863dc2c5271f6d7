// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { Review } from "../../src/insights/review";
import { linkDisplayText, renderReview } from "../../src/render/review";
import { outline, reconnect, recordingActions } from "./fixtures";

function review(partial: Partial<Review> = {}): Review {
  return {
    window: { start: "2026-01-01", end: "2026-03-31" },
    label: "Q1 2026",
    today: "2026-05-20",
    partial: false,
    metrics: { interactions: 9, events: 2, "people-met": 7, "contacts-added": 3, "follow-ups-done": 4, given: 3, "intros-made": 1 },
    newContacts: [{ contact: "People/Ada.md", name: "Ada", date: "2026-02-03" }],
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
    gaveVsAsked: { gave: 4, asked: 2 },
    followUps: { done: 4, missed: 1 },
    goals: {
      hit: [{ note: "Journal/2026-01-05.md", index: 0, title: "Meet people", start: "2026-01-01", end: "2026-03-31", count: 6, target: 5, hit: true }],
      missed: [],
    },
    byLevel: { senior: 2, peer: 4, junior: 0, unknown: 1 },
    byCompany: [
      { company: "[[Companies/Acme|Acme Corp]]", count: 3 },
      { company: null, count: 1 },
    ],
    drifted: [reconnect({ contact: "People/Carol.md", name: "Carol", lastContact: "2025-11-02", daysOverdue: 60 })],
    ...partial,
  };
}

describe("renderReview", () => {
  it("sums up the window in sections a reader can scan", async () => {
    const el = activeDocument.body.createDiv();
    const { actions, calls } = recordingActions();
    renderReview(el, review(), actions);
    await expect(outline(el)).toMatchFileSnapshot("__snapshots__/review.outline.txt");
    el.querySelector<HTMLElement>('a[data-href="People/Jane Doe.md"]')!.click();
    expect(calls).toEqual([["openNote", "People/Jane Doe.md"]]);
  });

  it("says so when parts are empty, and caps long lists", () => {
    const el = activeDocument.body.createDiv();
    const many = Array.from({ length: 30 }, (_, i) => ({ contact: `People/P${i}.md`, name: `P${i}`, date: "2026-02-01" }));
    renderReview(
      el,
      review({ newContacts: many, seenMost: [], byKind: [], goals: { hit: [], missed: [] }, byCompany: [], drifted: [], partial: true }),
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

  it("shows a linked company by its name", () => {
    expect(linkDisplayText("[[Companies/Acme|Acme Corp]]")).toBe("Acme Corp");
    expect(linkDisplayText("[[Companies/Acme.md]]")).toBe("Acme");
    expect(linkDisplayText("Globex")).toBe("Globex");
  });
});
