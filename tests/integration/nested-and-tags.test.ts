// @vitest-environment happy-dom
// Habits that must register (SPEC §1.1, §1.2, §1.3): `#person` in a note's body makes it a contact, as Obsidian
// counts body tags as the note's tags; a network-goal block inside a list item or a callout is a goal. The
// plugin (through the fake host) and the CLI (over the same files on disk) agree.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { findBodyTags, findGoalBlocks } from "../../src/parse/body";
import { onTheDay } from "./real-plugin";

const FILES: Record<string, string> = {
  "Notes/Ada Byron.md": "---\ncadence: 30d\n---\nMet at the meetup. #person #work\n",
  "Notes/Grace.md": "Mentor from the old team.\n\n#person/mentor\n",
  "Notes/Not a tag.md": "Code: `#person` and\n\n```\n#person\n```\n",
  "Notes/Coffee.md": "---\ndate: 2026-11-10\nwith: \"[[Ada Byron]]\"\n---\n#meeting about the launch\n",
  "Journal/2026-11-01.md": [
    "# Plans",
    "",
    "- Goals for the quarter:",
    "  ```network-goal",
    "  title: In a list item",
    "  metric: interactions",
    "  target: 2",
    "  period: month",
    "  ```",
    "- another item",
    "",
    "> [!goal] In a callout",
    "> ```network-goal",
    "> title: In a callout",
    "> metric: people-met",
    "> target: 1",
    "> period: month",
    "> ```",
    "",
  ].join("\n"),
};

const startPlugin = onTheDay("2026-11-22");

interface Summary {
  contacts: string[];
  interactions: string[];
  goals: string[];
}

function cliSummary(): Summary {
  const root = mkdtempSync(join(tmpdir(), "ng-nested-"));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  let out = "";
  expect(run(["report", "--vault", root, "--today", "2026-11-22", "--json"], (s) => (out += s), () => undefined)).toBe(0);
  const json = JSON.parse(out) as { counts: { contacts: number; interactions: number }; reconnect: { contact: string }[]; goals: { title: string }[] };
  return {
    contacts: json.reconnect.map((r) => r.contact).sort(),
    interactions: [`${json.counts.contacts} contacts`, `${json.counts.interactions} interactions`],
    goals: json.goals.map((g) => g.title),
  };
}

describe("body tags and nested goal blocks", () => {
  it("count in the plugin and the CLI alike", async () => {
    const { plugin } = await startPlugin(FILES);
    const index = plugin.index();
    expect([...index.contacts()].map((c) => c.path).sort()).toEqual(["Notes/Ada Byron.md", "Notes/Grace.md"]);
    expect([...index.interactions()].map((i) => i.path)).toEqual(["Notes/Coffee.md"]);
    expect(index.interaction("Notes/Coffee.md")?.attendees).toEqual(["Notes/Ada Byron.md"]);
    const report = plugin.report();
    expect(report.goals.map((g) => g.title)).toEqual(["In a list item", "In a callout"]);
    const fromPlugin: Summary = {
      contacts: report.reconnect.map((r) => r.contact).sort(),
      interactions: [`${[...index.contacts()].length} contacts`, `${[...index.interactions()].length} interactions`],
      goals: report.goals.map((g) => g.title),
    };
    expect(cliSummary()).toEqual(fromPlugin);
  });

  it("a note becomes a contact when #person is typed into its body, and stops when it is removed", async () => {
    const { t, plugin } = await startPlugin({ "Notes/Ann.md": "Ann from the conference.\n" });
    expect(plugin.index().contact("Notes/Ann.md")).toBeUndefined();
    await t.writeNote("Notes/Ann.md", "Ann from the conference. #person\n");
    await t.settle(150);
    expect(plugin.index().contact("Notes/Ann.md")?.name).toBe("Ann");
    await t.writeNote("Notes/Ann.md", "Ann from the conference.\n");
    await t.settle(150);
    expect(plugin.index().contact("Notes/Ann.md")).toBeUndefined();
  });
});

describe("findBodyTags and findGoalBlocks (the CLI's body readers)", () => {
  it("find the classifying tags outside code, in any case, nested tags by their top", () => {
    expect(findBodyTags("#Person and #person/mentor, (#meeting) #people-watch #contacts #work")).toEqual(["person", "meeting"]);
    expect(findBodyTags("`#person`\n```\n#meeting\n```\nemail me#person")).toEqual([]);
  });

  it("find goal blocks in list items and callouts, without the list indent or the > markers", () => {
    const blocks = findGoalBlocks(FILES["Journal/2026-11-01.md"] ?? "");
    expect(blocks).toEqual([
      { source: "title: In a list item\nmetric: interactions\ntarget: 2\nperiod: month", line: 3 },
      { source: "title: In a callout\nmetric: people-met\ntarget: 1\nperiod: month", line: 12 },
    ]);
    expect(findGoalBlocks("> ```network-goal\n> metric: people-met\n\nafter")).toEqual([{ source: "metric: people-met", line: 0 }]);
  });
});
