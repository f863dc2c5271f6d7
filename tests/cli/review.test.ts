// `network-goals review --period P` (SPEC §3.5, §5): approved outputs over the demo vault, exit codes, and a
// vault written the way users write their notes.
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, vaultOnDisk } from "./run-cli";

const demo = resolve(__dirname, "../../demo-vault");

describe("network-goals review over the demo vault", () => {
  it("prints the approved text review of last quarter", async () => {
    const { code, out } = cli(["review", "--period", "last-quarter", "--vault", demo, "--today", "2026-11-22"]);
    expect(code).toBe(0);
    await expect(out).toMatchFileSnapshot("__snapshots__/demo-review-q3.txt");
  });

  it("prints the approved JSON review, in SPEC §5's keys and order plus perWeek", async () => {
    const { code, out } = cli(["review", "--period=2026-Q3", "--vault", demo, "--today", "2026-11-22", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown> & { metrics: Record<string, { count: number }>; perWeek: { count: number }[] };
    expect(Object.keys(json)).toEqual([
      "today", "period", "label", "window", "partial", "metrics", "newContacts", "seenMost", "byKind", "perWeek",
      "giving", "followUps", "goals", "byLevel", "byCompany", "warnings", "drifted",
    ]);
    expect(json.period).toBe("2026-Q3");
    expect(json.perWeek.reduce((n, w) => n + w.count, 0)).toBe(json.metrics.interactions?.count);
    await expect(out).toMatchFileSnapshot("__snapshots__/demo-review-q3.json");
  });

  it("says in words when one level dominates the people met (October: five of seven were peers)", async () => {
    const { code, out } = cli(["review", "--period", "2026-10", "--vault", demo, "--today", "2026-11-22"]);
    expect(code).toBe(0);
    expect(out).toContain("Note: 5 of your 7 people this month were peers: the strongest networks run up and down the hierarchy");
    await expect(out).toMatchFileSnapshot("__snapshots__/demo-review-october.txt");
  });
});

describe("review: usage errors and exit codes", () => {
  it.each([
    [["review", "--vault", demo], "review needs --period P"],
    [["review", "--vault", demo, "--period", " "], "review needs --period P"],
    [["review", "--vault", demo, "--period"], "--period needs a value"],
    [["review", "--vault", demo, "--period", "soon"], "period 'soon' is not one of 2026-Q1"],
    [["review", "--vault", demo, "--period", "2027-W53"], "2027 has no week 53"],
    [["review", "--vault", demo, "--period", "2026-Q1", "--today", "yesterday"], "--today must be a real date"],
    [["review", "--vault", demo, "--period", "2026-Q1", "extra"], "unexpected argument 'extra'"],
  ])("%j exits 2 with %s", (argv, message) => {
    const { code, err, out } = cli(argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(out).toBe("");
  });

  it("exits 1 when the vault cannot be read", () => {
    const { code, err } = cli(["review", "--period", "2026-Q1", "--vault", join(tmpdir(), "no-such-vault-ng")]);
    expect(code).toBe(1);
    expect(err).toContain("vault folder not found");
  });
});

describe("review of notes written as users write them", () => {
  const root = vaultOnDisk({
    "People/Ann Lee.md": "---\ntype: person\nname: Ann Lee\ncompany: Acme\nlevel: senior\nmet: 2026-01-10\nmet_at: \"[[Events/SaaStr 2026]]\"\nintroduced_by: \"[[Bob Li]]\"\n---\n",
    "People/Bob Li.md": "---\ntype: person\ncompany: \"[[Companies/Acme|Acme]]\"\nlevel: manager\n---\n",
    "People/Cy.md": "---\ntags: [person]\ncompany: acme\nlevel: above\nintroduced_by: Dana from the meetup\n---\n",
    "People/Di.md": "---\ntype: person\ncompany: Acme\nlevel: senior\n---\n",
    "People/Ed.md": "---\ntype: person\ncompany: Globex\nlevel: senior\n---\n",
    "Meetings/2026-01-12 Coffee with Ann.md":
      "---\ntype: meeting\ndate: 2026-01-12\nwith: [\"[[Ann Lee]]\", \"[[Bob Li]]\"]\ngave:\n  - intro to Cy\n  - a book\nasked: feedback on my deck\nfollow_up: 2026-01-19\nfollow_up_done: 2026-01-25\n---\n",
    "Meetings/2026-02-03 Lunch.md": "---\ntype: meeting\ndate: 2026-02-03\nwith: \"[[Cy]], [[Di]]\"\nkind: lunch\nfollow_up: 2026-02-10\n---\n",
    "Meetings/2026-03-02 Call with Ed.md": "---\ntype: meeting\ndate: 2026-03-02\nwith: \"[[Ed]]\"\nkind: call\nfollow_up: 2026-03-05\nfollow_up_done: true\n---\n",
    "Meetings/2025-12-01 Coffee.md": "---\ntype: meeting\ndate: 2025-12-01\nwith: \"[[Bob Li]]\"\n---\n",
  });
  const { code, out } = cli(["review", "--period", "2026-Q1", "--vault", root, "--today", "2026-04-15", "--json"]);
  const json = JSON.parse(out) as {
    metrics: Record<string, { count: number; previous: number }>;
    newContacts: { name: string; metAt: string | null; introducedBy: string | null }[];
    giving: unknown;
    followUps: unknown;
    byCompany: unknown;
    warnings: string[];
  };

  it("counts each metric against the quarter before", () => {
    expect(code).toBe(0);
    expect(json.metrics.interactions).toEqual({ count: 3, previous: 1 });
    expect(json.metrics["people-met"]).toEqual({ count: 5, previous: 1 });
  });

  it("gives where a new contact was met and who introduced them: a contact's path, or the text written", () => {
    expect(json.newContacts.map((c) => [c.name, c.metAt, c.introducedBy])).toEqual([
      ["Ann Lee", "SaaStr 2026", "People/Bob Li.md"],
      ["Cy", null, "Dana from the meetup"],
      ["Di", null, null],
      ["Ed", null, null],
    ]);
  });

  it("counts each item given and asked for, with the notes, and a follow-up done late as missed", () => {
    expect(json.giving).toEqual({ gave: 2, asked: 1, notes: ["Meetings/2026-01-12 Coffee with Ann.md"] });
    // 19 Jan done on 25 Jan: late. 10 Feb: never done. 5 March done (true): on its date.
    expect(json.followUps).toEqual({ done: 2, missed: 2, missedNotes: ["Meetings/2026-01-12 Coffee with Ann.md", "Meetings/2026-02-03 Lunch.md"] });
  });

  it("shows a company in its most frequent spelling, and warns when one level or company dominates", () => {
    expect(json.byCompany).toEqual([
      { company: "Acme", count: 4 },
      { company: "Globex", count: 1 },
    ]);
    expect(json.warnings).toEqual([
      "5 of your 5 people this quarter were senior: the strongest networks run up and down the hierarchy",
      "4 of your 5 people this quarter were at Acme: people outside one company hear of what it does not",
    ]);
  });
});
