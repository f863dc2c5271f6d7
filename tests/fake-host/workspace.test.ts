// @vitest-environment happy-dom
// The fake workspace shows what Obsidian shows: in a tab group only the selected tab is displayed, so
// `isShown()` is false inside the others; a note's code blocks render inside the leaf showing it.
import { describe, expect, it } from "vitest";
import { createTestApp } from "../obsidian-fake";

describe("tab groups", () => {
  it("display only the selected tab of the main area; a split is a group of its own", async () => {
    const t = createTestApp({ files: { "A.md": "a", "B.md": "b", "C.md": "c" } });
    const first = t.workspace.getLeaf(false);
    await first.openFile(t.vault.getFileByPath("A.md")!);
    expect(first.containerEl.isShown()).toBe(true);
    const second = t.workspace.getLeaf("tab");
    expect(second.containerEl.isShown()).toBe(false); // a new tab is not selected until it is opened or activated
    await second.openFile(t.vault.getFileByPath("B.md")!);
    expect([first.containerEl.isShown(), second.containerEl.isShown()]).toEqual([false, true]);
    const split = t.workspace.getLeaf("split");
    await split.openFile(t.vault.getFileByPath("C.md")!);
    expect([first.containerEl.isShown(), second.containerEl.isShown(), split.containerEl.isShown()]).toEqual([false, true, true]);
    t.workspace.setActiveLeaf(first);
    expect([first.containerEl.isShown(), second.containerEl.isShown()]).toEqual([true, false]);
    first.detach();
    expect(second.containerEl.isShown()).toBe(true); // closing the selected tab selects its neighbour
  });

  it("display one tab of a side dock; revealLeaf selects it", async () => {
    const t = createTestApp({});
    const a = t.workspace.getRightLeaf(false);
    const b = t.workspace.getRightLeaf(false);
    expect([a.containerEl.isShown(), b.containerEl.isShown()]).toEqual([true, false]);
    await t.workspace.revealLeaf(b);
    expect([a.containerEl.isShown(), b.containerEl.isShown()]).toEqual([false, true]);
  });
});
