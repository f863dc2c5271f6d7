// @vitest-environment happy-dom
// The real plugin class, driven through the fake Obsidian host over the demo vault: what a user does, what they see.
import { describe, expect, it, vi } from "vitest";
import { MarkdownView } from "obsidian";
import type { TestApp } from "../obsidian-fake";
import type NetworkGoalsPlugin from "../../src/main";
import { demoFiles } from "./demo-files";
import { LogInteractionModal } from "../../src/obsidian/modals/log-interaction";
import { VIEW_TYPE_NETWORK, NetworkSidebarView } from "../../src/obsidian/view";
import { onTheDay, openSidebar as openSidebarOf } from "./real-plugin";

// Only the clock is faked: "today" is 22 November 2026 in local time; timers stay real.
const startPlugin = onTheDay("2026-11-22");
let t: TestApp;
let plugin: NetworkGoalsPlugin;

async function start(files: Record<string, string> = demoFiles()): Promise<void> {
  ({ t, plugin } = await startPlugin(files));
}

/** Waits past the index's notification debounce, as a user waits for the sidebar to catch up. */
async function caughtUp(): Promise<void> {
  await t.settle(150);
}

const openSidebar = (): Promise<HTMLElement> => openSidebarOf(t);

function section(root: HTMLElement, id: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(`[data-section="${id}"]`) ?? root.querySelector<HTMLElement>(`.ng-section-${id}`);
  if (!el) throw new Error(`no section ${id} in ${root.textContent ?? ""}`);
  return el;
}

function rowFor(root: HTMLElement, text: string): HTMLElement {
  const rows = [...root.querySelectorAll<HTMLElement>(".ng-row")];
  const row = rows.find((r) => (r.textContent ?? "").includes(text));
  if (!row) throw new Error(`no row with ${text}`);
  return row;
}

function button(row: HTMLElement, label: string): HTMLButtonElement {
  const found = [...row.querySelectorAll<HTMLButtonElement>("button")].find(
    (b) => b.textContent?.trim() === label || b.getAttribute("aria-label")?.startsWith(label),
  );
  if (!found) throw new Error(`no ${label} button in ${row.textContent ?? ""}`);
  return found;
}


describe("the Network sidebar over the demo vault", () => {
  it("shows follow-ups, reconnect, goals, people to meet and problems", async () => {
    await start();
    const root = await openSidebar();
    const text = root.textContent ?? "";
    for (const title of ["Follow-ups", "Reconnect", "Goals", "People to meet", "Problems"]) expect(text).toContain(title);
    expect(rowFor(section(root, "followUps"), "Samantha Patel").textContent).toContain("73 days overdue");
    expect(section(root, "reconnect").textContent).toContain("Felix Wagner");
    expect(section(root, "peopleToMeet").textContent).toContain("Aisha Bello");
    expect(section(root, "goals").textContent).toContain("Meet five people in my field each quarter");
    expect(section(root, "problems").textContent).toContain("cadence 'sometimes' is not a duration");
  });

  it("follows an edit to a note within a second", async () => {
    await start();
    const root = await openSidebar();
    expect(section(root, "followUps").textContent).toContain("Bob Li");
    const path = "Meetings/2026-10-30 Coffee with Bob Li.md";
    const before = t.app.vault.getFileByPath(path);
    expect(before).not.toBeNull();
    const text = await t.app.vault.read(before!);
    await t.writeNote(path, text.replace(/^(follow[-_ ]?up[a-z_]*:.*)$/m, "$1\nfollow_up_done: true"));
    await caughtUp();
    expect(section(root, "followUps").textContent).not.toContain("Bob Li");
  });

  it("marks a follow-up done from its row: only that key changes, the body stays byte for byte", async () => {
    await start();
    const root = await openSidebar();
    const path = "Meetings/2026-11-19 Coffee with Tomás.md";
    const file = t.app.vault.getFileByPath(path)!;
    const before = await t.app.vault.read(file);
    button(rowFor(section(root, "followUps"), "Tomás Herrera"), "Done").click();
    await caughtUp();
    const after = await t.app.vault.read(file);
    const body = (s: string): string => s.slice(s.indexOf("\n---", 3) + 4);
    expect(body(after)).toBe(body(before));
    const fm = t.app.metadataCache.getFileCache(file)?.frontmatter ?? {};
    const doneKey = Object.keys(fm).find((k) => /^(follow_up_done|followed_up)$/i.test(k));
    expect(doneKey && fm[doneKey]).toBe("2026-11-22");
    expect(section(root, "followUps").textContent).not.toContain("Tomás Herrera");
  });

  it("opens a goal's note at its block, not at the top", async () => {
    await start();
    const root = await openSidebar();
    const goal = plugin.report().goals.find((g) => g.line > 0);
    if (!goal) throw new Error("the demo vault has a goal below the first line of its note");
    const link = [...section(root, "goals").querySelectorAll<HTMLAnchorElement>("a")].find((a) => a.textContent === goal.title);
    if (!link) throw new Error(`no link for ${goal.title}`);
    link.click();
    await caughtUp();
    const view = t.app.workspace.getActiveViewOfType(MarkdownView);
    expect(view?.file?.path).toBe(goal.note);
    expect(view?.getEphemeralState()).toEqual({ line: goal.line });
    // The block's opening fence is on that line of the note.
    const text = await t.app.vault.read(t.app.vault.getFileByPath(goal.note)!);
    expect(text.split("\n")[goal.line]).toBe("```network-goal");
  });

  it("snoozes a contact from the reconnect list", async () => {
    await start();
    const root = await openSidebar();
    button(rowFor(section(root, "reconnect"), "Mei Wong"), "Snooze").click();
    await caughtUp();
    const fm = t.app.metadataCache.getFileCache(t.app.vault.getFileByPath("People/Mei Wong.md")!)?.frontmatter;
    expect(fm?.snooze_until ?? fm?.["prm-snooze-until"]).toBe("2026-11-29");
    expect(section(root, "reconnect").textContent).not.toContain("Mei Wong");
  });

  it("logs an interaction from a reconnect row: the modal is prefilled, the note is created, the row goes", async () => {
    await start();
    const root = await openSidebar();
    button(rowFor(section(root, "reconnect"), "Priya Raman"), "Log").click();
    const modal = t.ui.openModals.at(-1) as unknown as LogInteractionModal;
    expect(modal).toBeInstanceOf(LogInteractionModal);
    expect([...modal.contentEl.querySelectorAll(".network-goals-chip")].map((c) => c.textContent)).toEqual(["Priya Raman×"]);
    const file = await modal.submit();
    expect(file?.path).toBe("Meetings/2026-11-22 Meeting with Priya Raman.md");
    await caughtUp();
    expect(plugin.index().interaction(file?.path ?? "")?.attendees).toEqual(["People/Priya Raman.md"]);
    expect(section(root, "reconnect").textContent).not.toContain("Priya Raman");
  });

  it("follows renames and deletions: links still resolve after a contact is renamed", async () => {
    await start();
    const root = await openSidebar();
    await t.renameNote("People/Bob Li.md", "People/Robert Li.md");
    await caughtUp();
    expect(plugin.index().contact("People/Robert Li.md")).toBeDefined();
    expect(plugin.index().interaction("Meetings/2026-10-30 Coffee with Bob Li.md")?.attendees).toEqual([
      "People/Robert Li.md",
    ]);
    expect(section(root, "problems").textContent).not.toContain("Bob Li");

    await t.deleteNote("Meetings/2026-09-03 Call with Samantha.md");
    await caughtUp();
    expect(section(root, "followUps").textContent).not.toContain("73 days overdue");
  });

  it("rolls overdue over at midnight without any edit", async () => {
    // The plugin's clock check is an interval: fake it too, so a minute can pass at once.
    vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
    vi.setSystemTime(new Date(2026, 10, 22, 23, 59, 0));
    await start();
    const root = await openSidebar();
    expect(rowFor(section(root, "followUps"), "Call with Jane").textContent).toContain("due today");
    vi.setSystemTime(new Date(2026, 10, 23, 0, 0, 30));
    vi.advanceTimersByTime(60_000);
    await caughtUp();
    expect(plugin.today()).toBe("2026-11-23");
    expect(rowFor(section(root, "followUps"), "Call with Jane").textContent).toContain("1 day overdue");
  });

  it("reports broken frontmatter once, in plain words, and an empty block not at all", async () => {
    await start({
      "People/Broken.md": "---\nname: [unclosed\n---\nBody\n",
      "People/Empty.md": "---\n---\nJust a name.\n",
    });
    const problems = plugin.index().problems();
    expect(problems).toEqual([
      { note: "People/Broken.md", field: "yaml", message: "the frontmatter is not valid YAML, so its fields are ignored" },
    ]);
    expect(plugin.index().contact("People/Empty.md")?.name).toBe("Empty");
  });

  it("does not redraw a view when nothing moved", async () => {
    await start();
    const root = await openSidebar();
    const first = root.firstElementChild;
    (t.app.workspace.getLeavesOfType(VIEW_TYPE_NETWORK)[0]?.view as NetworkSidebarView).refresh();
    expect(root.firstElementChild).toBe(first);
  });
});

describe("code blocks in a journal note", () => {
  it("renders each goal with its progress, and follows edits", async () => {
    await start();
    const blocks = await t.renderNote("Journal/2026-01-05.md");
    const goals = blocks.filter((b) => b.el.classList.contains("block-language-network-goal"));
    expect(goals.length).toBeGreaterThan(0);
    const first = goals[0]!.el.textContent ?? "";
    expect(first).toContain("Meet five people in my field each quarter");
    expect(first).toMatch(/13/);
    const broken = goals.find((b) => (b.el.textContent ?? "").includes("five"));
    expect(broken).toBeDefined();
  });

  it("shows what is wrong with a block whose YAML is broken, in place", async () => {
    await start({ "Journal/2026-03-01.md": "# Goals\n\n```network-goal\nmetric: [people\n```\n" });
    const [block] = await t.renderNote("Journal/2026-03-01.md");
    expect(block?.el.textContent).toContain("not valid YAML");
  });

  it("renders reconnect and follow-up blocks with their options", async () => {
    await start();
    const note = "Journal/2026-11-16.md";
    const blocks = await t.renderNote(note);
    const langs = blocks.map((b) => [...b.el.classList].find((c) => c.startsWith("block-language-")));
    expect(langs).toContain("block-language-network-reconnect");
    const reconnect = blocks.find((b) => b.el.classList.contains("block-language-network-reconnect"));
    expect(reconnect?.el.querySelectorAll(".ng-row").length).toBeGreaterThan(0);
  });

  it("renders a review block for a past quarter", async () => {
    await start();
    const note = Object.keys(demoFiles()).find((p) => demoFiles()[p]?.includes("```network-review"));
    expect(note).toBeDefined();
    const blocks = await t.renderNote(note!);
    const review = blocks.find((b) => b.el.classList.contains("block-language-network-review"));
    expect(review?.el.textContent).toContain("Review");
    expect(review?.el.querySelector(".ng-block-error")).toBeNull();
  });

  it("renders a note name with HTML in it as text", async () => {
    const evil = "<img src=x onerror=alert(1)>";
    await start({
      [`People/${evil}.md`]: "---\ncadence: 30d\n---\n",
      "Journal/2026-11-01.md": "```network-reconnect\n```\n",
    });
    const root = await openSidebar();
    expect(root.textContent).toContain(evil);
    expect(root.querySelector("img")).toBeNull();
    const [block] = await t.renderNote("Journal/2026-11-01.md");
    expect(block?.el.textContent).toContain(evil);
    expect(block?.el.querySelector("img")).toBeNull();
  });
});
