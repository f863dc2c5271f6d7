// @vitest-environment happy-dom
// Views and code blocks do only needed work (issue 10): they redraw when the one host revision moved and they
// are shown, catch up when they come into view, and a block reads its YAML once. Through the real plugin.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TestApp, WorkspaceLeaf } from "../obsidian-fake";
import { yamlReads } from "../obsidian-fake/yaml";
import { onTheDay } from "./real-plugin";
import { NetworkSidebarView, VIEW_TYPE_NETWORK } from "../../src/obsidian/view";

const JOURNAL = "Journal/2026-11-01.md";
const GOAL = "metric: interactions\ntarget: 5\nperiod: month";
const FILES = {
  "People/Jane Doe.md": "---\ntype: person\ncadence: monthly\n---\n",
  [JOURNAL]: "# November\n\n```network-goal\n" + GOAL + "\n```\n",
  "Meetings/2026-11-10 Coffee.md": '---\ntype: meeting\nwith: "[[Jane Doe]]"\n---\n',
};

const startPlugin = onTheDay("2026-11-22");
let t: TestApp;

/** Waits past the index's notification debounce, as a user waits for the screen to catch up. */
const caughtUp = (): Promise<void> => t.settle(150);

/** Logs one more coffee with Jane this month: every goal on interactions moves. */
let logged = 0;
async function logCoffee(): Promise<void> {
  logged++;
  await t.writeNote(`Meetings/2026-11-1${logged} Coffee ${logged}.md`, '---\ntype: meeting\nwith: "[[Jane Doe]]"\n---\n');
  await caughtUp();
}

async function openInNewTab(path: string): Promise<WorkspaceLeaf> {
  const leaf = t.workspace.getLeaf("tab");
  await leaf.openFile(t.vault.getFileByPath(path)!);
  return leaf;
}

/** The journal open in a tab, its goal block rendered inside that tab. */
async function journalBlock(): Promise<{ leaf: WorkspaceLeaf; el: HTMLElement }> {
  await t.openNote(JOURNAL);
  const leaf = t.workspace.activeLeaf!;
  const [block] = await t.renderNote(JOURNAL);
  expect(leaf.containerEl.contains(block!.el)).toBe(true);
  return { leaf, el: block!.el };
}

beforeEach(async () => {
  logged = 0;
  ({ t } = await startPlugin(FILES));
});

afterEach(() => {
  yamlReads.counts = null;
});

describe("a code block", () => {
  it("redraws while shown, and not when nothing moved", async () => {
    const { el } = await journalBlock();
    expect(el.textContent).toContain("1 of 5");
    const drawing = el.firstElementChild;
    t.workspace.trigger("layout-change");
    await t.settle(0);
    expect(el.firstElementChild).toBe(drawing);
    await logCoffee();
    expect(el.textContent).toContain("2 of 5");
  });

  it("in a tab behind another is not redrawn, and catches up when its tab is selected", async () => {
    const { leaf, el } = await journalBlock();
    await openInNewTab("People/Jane Doe.md");
    expect(el.isShown()).toBe(false);
    const drawing = el.firstElementChild;
    await logCoffee();
    expect(el.firstElementChild).toBe(drawing);
    expect(el.textContent).toContain("1 of 5");
    t.workspace.setActiveLeaf(leaf);
    await t.settle(0);
    expect(el.textContent).toContain("2 of 5");
  });

  it("taken off the page (a long note scrolled away) is not redrawn, and catches up when put back", async () => {
    const { el } = await journalBlock();
    const parent = el.parentElement!;
    el.detach();
    await logCoffee();
    expect(el.textContent).toContain("1 of 5");
    parent.appendChild(el);
    await t.settle(0);
    expect(el.textContent).toContain("2 of 5");
  });

  it("reads its YAML once, however often it redraws", async () => {
    yamlReads.counts = new Map();
    const { el } = await journalBlock();
    await logCoffee();
    await logCoffee();
    expect(el.textContent).toContain("3 of 5");
    // Counted from here on: the index read the journal at start-up, and edits of other notes do not read it
    // again; what is left is the block's own reading, once, when it was made.
    expect(yamlReads.counts.get(GOAL)).toBe(1);
  });
});

describe("the sidebar", () => {
  it("behind another tab of its dock is not redrawn, and catches up when revealed", async () => {
    expect(await t.runCommand("open-view")).toBe(true);
    const { workspace } = t.app;
    const leaf = workspace.getLeavesOfType(VIEW_TYPE_NETWORK)[0]!;
    expect(leaf.view).toBeInstanceOf(NetworkSidebarView);
    const root = (leaf.view as NetworkSidebarView).contentEl;
    const before = root.textContent;
    const other = workspace.getRightLeaf(false)!;
    await other.setViewState({ type: "empty", active: true });
    expect(root.isShown()).toBe(false);
    const drawing = root.firstElementChild;
    await t.writeNote("People/Bob Li.md", "---\ntype: person\nstatus: target\n---\n");
    await caughtUp();
    expect(root.firstElementChild).toBe(drawing);
    expect(root.textContent).toBe(before);
    await workspace.revealLeaf(leaf);
    await t.settle(0);
    expect(root.textContent).toContain("Bob Li");
  });
});
