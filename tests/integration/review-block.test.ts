// @vitest-environment happy-dom
// The `network-review` block through the real plugin, over notes written as users write them: every part of
// SPEC §3.5 in words, and the block following an edit.
import { beforeEach, describe, expect, it } from "vitest";
import type { TestApp } from "../obsidian-fake";
import { onTheDay } from "./real-plugin";

const JOURNAL = "Journal/2026-10-01 Q3 review.md";
const FILES: Record<string, string> = {
  "People/Ann Lee.md": '---\ntype: person\ncompany: Acme\nlevel: senior\nmet: 2026-07-10\nmet_at: "[[Events/SaaStr 2026]]"\nintroduced_by: "[[Bob Li]]"\n---\n',
  "People/Bob Li.md": '---\ntype: person\ncompany: "[[Companies/Acme|Acme]]"\nlevel: manager\n---\n',
  "People/Cy.md": "---\ntags: [person]\ncompany: acme\nlevel: senior\n---\n",
  "People/Di.md": "---\ntype: person\ncompany: Acme\nlevel: above\n---\n",
  "People/Ed.md": "---\ntype: person\ncompany: Globex\nlevel: senior\n---\n",
  "Meetings/2026-06-20 Coffee with Bob.md": '---\ntype: meeting\ndate: 2026-06-20\nwith: "[[Bob Li]]"\n---\n',
  "Meetings/2026-07-12 Coffee with Ann.md":
    '---\ntype: meeting\ndate: 2026-07-12\nwith: ["[[Ann Lee]]", "[[Bob Li]]"]\ngave:\n  - intro to Cy\n  - a book\nasked: feedback on my deck\nfollow_up: 2026-07-19\nfollow_up_done: 2026-07-25\n---\n',
  "Meetings/2026-08-03 Lunch.md": '---\ntype: meeting\ndate: 2026-08-03\nwith: "[[Cy]], [[Di]]"\nkind: lunch\n---\n',
  "Meetings/2026-09-02 Call with Ed.md": '---\ntype: meeting\ndate: 2026-09-02\nwith: "[[Ed]]"\nkind: call\nfollow_up: 2026-09-05\n---\n',
  [JOURNAL]: "# How Q3 went\n\n```network-review\nperiod: 2026-Q3\n```\n",
};

const startPlugin = onTheDay("2026-11-22");
let t: TestApp;

beforeEach(async () => {
  ({ t } = await startPlugin(FILES));
});

async function reviewBlock(): Promise<HTMLElement> {
  await t.openNote(JOURNAL);
  const [block] = await t.renderNote(JOURNAL);
  return block!.el;
}

const text = (el: Element | null): string => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const parts = (el: HTMLElement): Record<string, string> =>
  Object.fromEntries(
    [...el.querySelectorAll(".ng-review-part")].map((p) => [text(p.querySelector(".ng-review-heading")), [...p.querySelectorAll("h4, div, li")].map(text).join(" ")]),
  );
const numbers = (el: HTMLElement): string[] =>
  [...(el.querySelector(".ng-review-table")?.querySelectorAll("tbody tr") ?? [])].map((tr) => [...tr.children].map(text).join(" "));

describe("the network-review block", () => {
  it("shows each part of the review in words", async () => {
    const el = await reviewBlock();
    // Q2 had the coffee with Bob: one interaction, one person met.
    expect(numbers(el).slice(0, 3)).toEqual(["Interactions 3 1 +2", "Events 0 0 same", "People met 5 1 +4"]);
    const p = parts(el);
    expect(p["New contacts (4)"]).toContain("Ann Lee · 10 Jul · met at SaaStr 2026 · introduced by Bob Li");
    expect(el.querySelector('.ng-review-part a[data-href="People/Bob Li.md"]')).not.toBeNull();
    expect(p["Given and asked"]).toBe("Given and asked Gave 2 · asked for 1 From 2026-07-12 Coffee with Ann");
    // 19 July done on 25 July: late, so missed; 5 September never done.
    expect(p["Follow-ups"]).toBe("Follow-ups 1 done · 2 missed Missed 2026-07-12 Coffee with Ann 2026-09-02 Call with Ed");
    const tables = [...el.querySelectorAll(".ng-review-table")];
    const byCompany = [...(tables[tables.length - 1]?.querySelectorAll("tbody tr") ?? [])].map((tr) => [...tr.children].map(text).join(" "));
    expect(byCompany).toEqual(["Acme 4", "Globex 1"]);
    expect([...el.querySelectorAll(".ng-review-warning")].map(text)).toEqual([
      "5 of your 5 people this quarter were senior: the strongest networks run up and down the hierarchy",
      "4 of your 5 people this quarter were at Acme: people outside one company hear of what it does not",
    ]);
  });

  it("follows an edit: a meeting logged in the quarter moves its numbers and its mix", async () => {
    const el = await reviewBlock();
    await t.writeNote("Meetings/2026-09-20 Coffee with Fay.md", '---\ntype: meeting\ndate: 2026-09-20\nwith: "[[Fay]]"\ngave: a referral\n---\n');
    await t.writeNote("People/Fay.md", "---\ntype: person\ncompany: Initech\nlevel: junior\n---\n");
    await t.settle(150);
    expect(numbers(el)[0]).toBe("Interactions 4 1 +3");
    const p = parts(el);
    expect(p["Given and asked"]).toContain("Gave 3 · asked for 1");
    expect(p["New contacts (5)"]).toContain("Fay · 20 Sep");
    // Five of six senior, four of six at Acme: both still lean one way.
    expect([...el.querySelectorAll(".ng-review-warning")].map(text)).toEqual([
      "5 of your 6 people this quarter were senior: the strongest networks run up and down the hierarchy",
      "4 of your 6 people this quarter were at Acme: people outside one company hear of what it does not",
    ]);
  });
});
