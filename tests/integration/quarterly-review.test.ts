// @vitest-environment happy-dom
// "Create quarterly review" through the fake host, with the real plugin: the note appears in the reviews folder
// with last quarter's name, its numbers as text and the live block; a second run writes nothing and opens it.
import { describe, expect, it } from "vitest";
import type { TestApp, TestAppOptions } from "../obsidian-fake";
import type NetworkGoalsPlugin from "../../src/main";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DEMO_VAULT, demoFiles } from "./demo-files";
import { reviewNoteBody } from "../../src/render/review-note";
import { onTheDay } from "./real-plugin";

const FILES: Record<string, string> = {
  "People/Jane Doe.md": "---\ncadence: 30d\nlevel: senior\ncompany: Acme\n---\n",
  "People/Bob Li.md": "---\nlevel: peer\ncompany: Globex\n---\n",
  "Meetings/2026-08-04 Coffee with Jane.md": '---\nwith: "[[Jane Doe]]"\nkind: coffee\ngave: an intro to Bob\n---\n',
  "Meetings/2026-09-10 Call.md": '---\nwith: ["[[Jane Doe]]", "[[Bob Li]]"]\nkind: call\n---\n',
  "Meetings/2026-10-02 Coffee with Bob.md": '---\nwith: "[[Bob Li]]"\nkind: coffee\n---\n',
};

const startPlugin = onTheDay("2026-11-22");
let t: TestApp;
let plugin: NetworkGoalsPlugin;

async function start(files: Record<string, string> = FILES, options: Omit<TestAppOptions, "files" | "today"> = {}): Promise<void> {
  ({ t, plugin } = await startPlugin(files, options));
}

const read = (path: string): Promise<string> => t.vault.adapter.read(path);
const notes = (): string[] => t.vault.getMarkdownFiles().map((f) => f.path).sort();

describe("Create quarterly review", () => {
  it("writes last quarter's note in the reviews folder, numbers as text, with the live block, and opens it", async () => {
    await start();
    expect(await t.runCommand("create-quarterly-review")).toBe(true);
    const path = "Reviews/2026-Q3 review.md";
    const review = plugin.review("last-quarter");
    if ("error" in review) throw new Error(review.error);
    expect(review.label).toBe("Q3 2026");
    expect(await read(path)).toBe(`---\ntype: review\nperiod: "2026-Q3"\n---\n${reviewNoteBody(review, "2026-Q3")}`);
    const text = await read(path);
    // The quarter as the notes had it: two interactions in July–September, not October's coffee.
    expect(text).toContain("\n- Interactions: 2 · ");
    expect(text).toContain("\n- Jane Doe · 2 interactions\n");
    expect(text.endsWith("## Now\n\n```network-review\nperiod: 2026-Q3\n```\n")).toBe(true);
    expect(t.app.workspace.getActiveFile()?.path).toBe(path);
    expect(t.notices.at(-1)?.message).toBe(`Written: Q3 2026 in ${path}`);
    // A review note is neither a contact nor an interaction, and reads without a problem.
    expect(plugin.report().problems.filter((p) => p.note === path)).toEqual([]);
    expect(plugin.index().contact(path) ?? plugin.index().interaction(path)).toBeUndefined();
  });

  it("never writes over the quarter's note: a second run opens it as it is, after the vault has changed", async () => {
    await start();
    await t.runCommand("create-quarterly-review");
    const path = "Reviews/2026-Q3 review.md";
    const first = await read(path);
    await t.writeNote("Meetings/2026-09-20 Coffee.md", '---\nwith: "[[Bob Li]]"\nkind: coffee\n---\n');
    await t.settle(150);
    await t.workspace.getLeaf(false).openFile(t.vault.getFileByPath("People/Bob Li.md")!);
    const before = notes();
    expect(await t.runCommand("create-quarterly-review")).toBe(true);
    expect(notes()).toEqual(before);
    expect(await read(path)).toBe(first);
    expect(t.notices.at(-1)?.message).toBe(`Already there, left as it is: Q3 2026 in ${path}`);
    expect(t.app.workspace.getActiveFile()?.path).toBe(path);
    // The text keeps the quarter as it was written; the block counts again from the notes as they are now.
    expect(first).toContain("\n- Interactions: 2 · ");
    const [block] = await t.renderNote(path);
    expect(block?.el.textContent).toContain("Review: Q3 2026");
    const live = plugin.review("2026-Q3");
    expect("error" in live ? -1 : live.metrics.interactions.count).toBe(3);
  });

  it("uses the reviews folder from the settings", async () => {
    await start({ ...FILES, ".obsidian/plugins/network-goals/data.json": JSON.stringify({ reviewsFolder: "Journal/Quarterly" }) });
    await t.runCommand("create-quarterly-review");
    expect(await read("Journal/Quarterly/2026-Q3 review.md")).toContain("\n- Interactions: 2 · ");
  });

  it("starts from the review template when one is set: its bytes kept, type and period put in, then the review in its line endings", async () => {
    const template = "---\r\n# My quarterly review\r\ntype:   # filled in\r\ntags: ['review']\r\n---\r\n# {{title}} ({{name}}), written {{date}}\r\n\r\nHow did it feel?";
    await start({ ...FILES, "Templates/Review.md": template, ".obsidian/plugins/network-goals/data.json": JSON.stringify({ reviewTemplate: "Templates/Review" }) });
    await t.runCommand("create-quarterly-review");
    const review = plugin.review("last-quarter");
    if ("error" in review) throw new Error(review.error);
    expect(await read("Reviews/2026-Q3 review.md")).toBe(
      `---\r\n# My quarterly review\r\ntype: review   # filled in\r\ntags: ['review']\r\nperiod: "2026-Q3"\r\n---\r\n# 2026-Q3 review (Q3 2026), written 2026-11-22\r\n\r\nHow did it feel?\r\n${reviewNoteBody(review, "2026-Q3").replace(/\n/g, "\r\n")}`,
    );
    expect(t.notices.at(-1)?.message).toBe("Written: Q3 2026 in Reviews/2026-Q3 review.md");
  });

  it("says when the review template is not there, and writes the review without it", async () => {
    await start({ ...FILES, ".obsidian/plugins/network-goals/data.json": JSON.stringify({ reviewTemplate: "Templates/Nope" }) });
    await t.runCommand("create-quarterly-review");
    expect(await read("Reviews/2026-Q3 review.md")).toMatch(/^---\ntype: review\nperiod: "2026-Q3"\n---\n# Review: Q3 2026\n/);
    expect(t.notices.map((n) => n.message)).toEqual(["Template Templates/Nope was not found, so it was not used", "Written: Q3 2026 in Reviews/2026-Q3 review.md"]);
  });

  it("waits while the vault is still being read, writing nothing", async () => {
    await start(FILES, { coldStart: true });
    expect(await t.runCommand("create-quarterly-review")).toBe(true);
    expect(notes().filter((p) => p.startsWith("Reviews/"))).toEqual([]);
    expect(t.notices.at(-1)?.message).toBe("Reading your notes… 0 of 5. Try again in a moment.");
    await t.coldStart.finish(150);
    await t.runCommand("create-quarterly-review");
    expect(await read("Reviews/2026-Q3 review.md")).toContain("\n- Interactions: 2 · ");
  });

  it("made the demo vault's review note: the command over the demo vault on its day writes the shipped note", async () => {
    const shipped = "Reviews/2026-Q3 review.md";
    const files = demoFiles();
    delete files[shipped];
    await start(files);
    await t.runCommand("create-quarterly-review");
    const made = await read(shipped);
    const onDisk = join(DEMO_VAULT, shipped);
    // NG_UPDATE_DEMO=1 writes it again when the review's parts change on purpose.
    if (process.env.NG_UPDATE_DEMO === "1") {
      mkdirSync(dirname(onDisk), { recursive: true });
      writeFileSync(onDisk, made);
    }
    expect(readFileSync(onDisk, "utf8"), "demo-vault/Reviews/2026-Q3 review.md is not what the command makes now (NG_UPDATE_DEMO=1 rewrites it)").toBe(made);
  });
});
