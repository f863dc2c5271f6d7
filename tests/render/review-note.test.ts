// @vitest-environment happy-dom
// The review note's text (SPEC §4): a review in, Markdown out, compared whole.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Review } from "../../src/insights/review";
import { markdownText, quarterPeriod, reviewNoteBody } from "../../src/render/review-note";
import { reconnect } from "./fixtures";

function review(partial: Partial<Review> = {}): Review {
  return {
    window: { start: "2026-07-01", end: "2026-09-30" },
    previous: { start: "2026-04-01", end: "2026-06-30" },
    label: "Q3 2026",
    today: "2026-11-22",
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
    newContacts: [{ contact: "People/Ada Obi.md", name: "Ada Obi", date: "2026-08-03", metAt: "SaaStr 2026", introducedBy: { contact: "People/Bob Li.md", name: "Bob Li" } }],
    seenMost: [
      { contact: "People/Jane Doe.md", name: "Jane Doe", count: 3 },
      { contact: "People/Bob Li.md", name: "Bob Li", count: 1 },
    ],
    byKind: [
      { kind: "coffee", count: 5 },
      { kind: "event", count: 2 },
    ],
    perWeek: [{ start: "2026-06-29", count: 9 }],
    giving: { gave: 4, asked: 2, notes: ["Meetings/2026-08-12 Coffee.md"] },
    followUps: { done: 4, missed: 1, missedNotes: ["Meetings/2026-09-03 Summit.md"] },
    goals: {
      hit: [{ note: "Journal/2026-01-05.md", index: 0, title: "Meet five people each quarter", start: "2026-07-01", end: "2026-09-30", count: 7, target: 5, hit: true }],
      missed: [{ note: "Journal/2026-01-05.md", index: 1, title: "One event a month", start: "2026-09-01", end: "2026-09-30", count: 0, target: 1, hit: false }],
    },
    byLevel: { senior: 2, peer: 4, junior: 0, unknown: 1 },
    byCompany: [
      { company: "[[Companies/Acme|Acme Corp]]", count: 3 },
      { company: null, count: 1 },
    ],
    warnings: ["4 of your 6 people with a level this quarter were peers: the strongest networks run up and down the hierarchy"],
    drifted: [reconnect({ contact: "People/Carol.md", name: "Carol", lastContact: "2026-05-02", daysOverdue: 60 })],
    ...partial,
  };
}

describe("the review note", () => {
  it("writes the block's parts down as Markdown (numbers as text; a table or a chart as a list), prompts, and the live block", () => {
    expect(quarterPeriod({ start: "2026-07-01", end: "2026-09-30" })).toBe("2026-Q3");
    expect(reviewNoteBody(review(), "2026-Q3")).toBe(`# Review: Q3 2026

1 Jul – 30 Sep

## In numbers

Before: 1 Apr – 30 Jun

- What: Count · Before · Change

- Interactions: 9 · 6 · +3
- Events: 2 · 2 · same
- People met: 7 · 9 · −2
- New contacts: 3 · 1 · +2
- Follow-ups done: 4 · 4 · same
- Interactions where you gave something: 3 · 0 · +3
- Introductions made: 1 · 2 · −1

## Interactions per week

- Week of 29 Jun: 9

## New contacts (1)

- Ada Obi · 3 Aug · met at SaaStr 2026 · introduced by Bob Li

## Seen most

- Jane Doe · 3 interactions
- Bob Li · 1 interaction

## Interactions by kind

- Kind: Count

- coffee: 5
- event: 2

## Given and asked

Gave 4 · asked for 2

From

- 2026-08-12 Coffee

## Follow-ups

4 done · 1 missed

Missed

- 2026-09-03 Summit

## Goals

Hit (1)

- Meet five people each quarter · 7 of 5 (1 Jul – 30 Sep)

Missed (1)

- One event a month · 0 of 1 (1 Sep – 30 Sep)

## People met by level

- Senior: 2
- Peer: 4
- Junior: 0
- Level not set: 1

## People met by company

- Company: People

- \\[\\[Companies/Acme\\|Acme Corp\\]\\]: 3
- No company: 1

4 of your 6 people with a level this quarter were peers: the strongest networks run up and down the hierarchy

## Drifted past their cadence (1)

- Carol · last seen 2 May · 60 days overdue

## Next quarter

- [ ] Raise a goal you hit? Rethink one you missed?
- [ ] Win back who drifted? Give more than you ask?
- [ ] Who do you want to know in five years? Who could introduce you?

## Now

\`\`\`network-review
period: 2026-Q3
\`\`\`
`);
  });

  it("says so when parts are empty, as the block does; a partial window says how far it got", () => {
    const empty = review({
      partial: true,
      today: "2026-09-15",
      newContacts: [],
      seenMost: [],
      byKind: [],
      goals: { hit: [], missed: [] },
      byCompany: [],
      drifted: [],
      giving: { gave: 0, asked: 0, notes: [] },
    });
    const text = reviewNoteBody(empty, "2026-Q3");
    expect(text.startsWith('# Review: Q3 2026\n\n1 Jul – 30 Sep · so far, up to 15 Sep\n\n## In numbers\n')).toBe(true);
    for (const none of ["No new contacts.", "No one seen in this period.", "No interactions in this period.", "No goal periods ended in this period.", "No one met in this period.", "No one drifted. Well kept."]) {
      expect(text).toContain(`\n${none}\n`);
    }
  });

  it("keeps what notes say as text: nothing in a name formats, links, embeds or starts HTML", () => {
    const hostile = review({
      seenMost: [{ contact: "People/Odd.md", name: "<img src=x onerror=alert(1)> *bold* [[Other]] a|b", count: 1 }],
      byKind: [{ kind: "coffee|tea", count: 1 }],
      byCompany: [{ company: "Acme <b>", count: 2 }],
      newContacts: [{ contact: "People/[x].md", name: "X", date: "2026-08-01", metAt: null, introducedBy: null }],
    });
    const text = reviewNoteBody(hostile, "2026-Q3");
    expect(text).toContain("- \\<img src\\=x onerror\\=alert(1)\\> \\*bold\\* \\[\\[Other\\]\\] a\\|b · 1 interaction");
    expect(text).toContain("- coffee\\|tea: 1\n");
    expect(text).toContain("- Acme \\<b\\>: 2\n");
    expect(text).toContain("- X · 1 Aug\n");
    expect(markdownText("line\nbreak `code` %%comment%% ==mark== $x$ ![[embed]]")).toBe(
      "line break \\`code\\` \\%\\%comment\\%\\% \\=\\=mark\\=\\= \\$x\\$ !\\[\\[embed\\]\\]",
    );
  });

  it("escapes any text (property): one line, every Markdown sign escaped, and unescaping gives the text back", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ab \n\t\\`*_[]<>#|~=$%^!{}()-+.:'\"é") }), (text) => {
        const out = markdownText(text);
        expect(out).not.toMatch(/[\r\n\t]/);
        // Every sign is preceded by an odd run of backslashes: escaped, never active.
        expect(out.replace(/\\./g, "")).not.toMatch(/[\\`*_[\]<>#|~=$%]/);
        expect(out.replace(/\\(.)/g, "$1")).toBe(text.replace(/[\r\n\t]+/g, " "));
      }),
    );
  });
});
