// @vitest-environment happy-dom
// Hostile vaults through the real plugin in the fake Obsidian host (issue 14): the sidebar draws (never blank,
// never stuck reading), every bad note is listed under Problems with its field, the known-good contact and
// meeting still show, every block of every note renders (a review that used to loop returns), and no link
// carries an href made from note text.
import { describe, expect, it } from "vitest";
import type { TestApp } from "../obsidian-fake";
import type NetworkGoalsPlugin from "../../src/main";
import { onTheDay, openSidebar } from "../integration/real-plugin";
import { GOOD_CONTACT, GOOD_MEETING, HOSTILE_VAULTS, TODAY } from "./vaults";

const startPlugin = onTheDay(TODAY);
let t: TestApp | undefined;
let plugin: NetworkGoalsPlugin | undefined;

async function sidebar(files: Record<string, string>): Promise<HTMLElement> {
  ({ t, plugin } = await startPlugin(files));
  const root = await openSidebar(t);
  await t.settle(150);
  return root;
}

/** Every row of a sidebar section, shown in full (the sidebar pages long lists). */
function sectionText(root: HTMLElement, id: string): string {
  const el = root.querySelector<HTMLElement>(`[data-section="${id}"]`) ?? root.querySelector<HTMLElement>(`.ng-section-${id}`);
  return el?.textContent ?? "";
}

const cases = Object.entries(HOSTILE_VAULTS)
  .map(([name, build]) => [name, build()] as const)
  .filter(([, vault]) => !vault.cliOnly);

describe.each(cases)("the plugin over a vault of %s", (_name, vault) => {
  const files = Object.fromEntries(
    Object.entries(vault.files as Record<string, string>).filter(([path]) => !(vault.notInFakeHost ?? []).includes(path)),
  );

  it("draws the sidebar with the known-good notes and every problem", async () => {
    const root = await sidebar(files);
    const text = root.textContent ?? "";
    expect(text).not.toContain("Reading your notes");
    expect(text).not.toContain("[native code]");
    expect(sectionText(root, "reconnect")).toContain("Good Person");
    expect(sectionText(root, "followUps")).toContain("Coffee with Good Person");
    // The index behind the sidebar holds each expected problem with its field (the sidebar pages them).
    const problems = plugin!.index().problems();
    for (const want of vault.problems.filter((p) => !(vault.notInFakeHost ?? []).includes(p.note))) {
      expect(problems.some((p) => p.note === want.note && p.field === want.field && (want.says === undefined || p.message.includes(want.says))), `${want.note} · ${want.field}`).toBe(true);
    }
    expect(GOOD_CONTACT in files && GOOD_MEETING in files).toBe(true);
  }, 60_000);

  it("renders every block of every note, and no link has an href", async () => {
    const root = await sidebar(files);
    const notes = Object.keys(files).filter((path) => path.endsWith(".md") && files[path]!.includes("```network-"));
    for (const note of notes) {
      for (const block of await t!.renderNote(note)) {
        expect(block.el.textContent).not.toContain("[native code]");
        expect(block.el.querySelector("a[href]")).toBeNull();
      }
    }
    expect(root.querySelector("a[href]")).toBeNull();
    expect(root.querySelectorAll("a[data-href]").length).toBeGreaterThan(0);
  }, 60_000);
});

describe("the plugin's writes over a note full of other keys", () => {
  const meeting = "Meetings/2026-01-10 Crowded.md";
  const lines = [
    "---",
    "type: meeting",
    "# a comment the user wrote",
    "matrix: [[1, 2]]",
    "with: [[Good Person]]",
    "constructor: x",
    "__proto__: y",
    "toString: 'quoted'",
    "follow_up: 2026-01-20",
    "note: \"a: b\"",
    "list:",
    "  - one",
    "---",
    "Body [[Good Person]]",
    "",
  ];

  it.each([
    ["Done", "follow_up_done"],
    ["Snooze", "follow_up"],
  ])("%s changes only the line of %s", async (label, key) => {
    const root = await sidebar({ [GOOD_CONTACT]: "---\ntype: contact\n---\n", [meeting]: lines.join("\n") });
    const row = [...root.querySelectorAll<HTMLElement>(".ng-row")].find((r) => (r.textContent ?? "").includes("Crowded"));
    const button = [...(row?.querySelectorAll<HTMLButtonElement>("button") ?? [])].find((b) => b.textContent?.trim() === label);
    expect(button).toBeDefined();
    button!.click();
    await t!.settle(150);
    const after = (await t!.app.vault.read(t!.app.vault.getFileByPath(meeting)!)).split("\n");
    const others = (text: string[]) => text.filter((line) => !line.startsWith(`${key}:`));
    expect(others(after)).toEqual(others(lines));
    expect(after.filter((line) => line.startsWith(`${key}:`))).toHaveLength(1);
  });
});

describe("the plugin over a note whose frontmatter is never closed", () => {
  it("lists it as a problem on the file, as the CLI does, and still counts the rest", async () => {
    const note = "Meetings/2026-01-13 Unclosed.md";
    const root = await sidebar({
      [GOOD_CONTACT]: "---\ntype: contact\ncadence: 30d\nlast_contact: 2025-12-01\n---\n",
      [note]: '---\ntype: meeting\nwith: "[[Nobody]]"\n\nNotes without a closing line.\n',
    });
    const problems = plugin!.index().problems();
    expect(problems).toContainEqual({ note, field: "file", message: expect.stringContaining("never closed") as string });
    expect(sectionText(root, "reconnect")).toContain("Good Person");
  });
});
