// @vitest-environment happy-dom
// Birthdays, a person's page and people to meet in the real plugin, driven through the fake Obsidian host over
// the demo vault: what a user opens, what they see.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestApp, type TestApp } from "../obsidian-fake";
import NetworkGoalsPlugin from "../../src/main";
import { VIEW_TYPE_NETWORK, NetworkSidebarView } from "../../src/obsidian/view";
import { demoFiles } from "./demo-files";

const MANIFEST = { id: "network-goals", name: "Network Goals" };

let t: TestApp;

async function start(files: Record<string, string> = demoFiles()): Promise<void> {
  t = createTestApp({ files, today: "2026-11-22" });
  await t.loadPlugin(NetworkGoalsPlugin, MANIFEST);
  await t.settle(150);
}

async function openSidebar(): Promise<HTMLElement> {
  expect(await t.runCommand("open-view")).toBe(true);
  const leaf = t.app.workspace.getLeavesOfType(VIEW_TYPE_NETWORK)[0];
  expect(leaf?.view).toBeInstanceOf(NetworkSidebarView);
  return (leaf?.view as NetworkSidebarView).contentEl;
}

function texts(root: Element, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((el) => el.textContent ?? "");
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 30));
});

afterEach(() => {
  vi.useRealTimers();
});

describe("birthdays", () => {
  it("are a sidebar section, between reconnect and goals, while some are coming up", async () => {
    await start();
    const root = await openSidebar();
    expect(texts(root, ".ng-section-title")).toEqual(["Follow-ups", "Reconnect", "Birthdays", "Goals", "People to meet", "Problems"]);
    expect(texts(root, '[data-section="birthdays"] .ng-row')).toEqual(["Bob Li26 Nov · in 4 days · turns 41", "Priya Raman1 Dec · in 9 days"]);
  });

  it("are no section at all when none is coming up", async () => {
    await start({ "People/Jane Doe.md": "---\nbirthday: 1981-03-02\n---\n" });
    const root = await openSidebar();
    expect(root.querySelector('[data-section="birthdays"]')).toBeNull();
  });

  it("show in a network-birthdays block with its own window and filters", async () => {
    await start({
      ...demoFiles(),
      "Journal/Birthdays.md": "```network-birthdays\ndays: 120\ntag: design\n```\n\n```network-birthdays\nlevel: sideways\n```\n",
    });
    const [wide, broken] = await t.renderNote("Journal/Birthdays.md");
    // Jane Doe (tag design) has hers on 2 March: 100 days away, inside this block's 120 days.
    expect(texts(wide!.el, ".ng-row")).toEqual(["Jane Doe2 Mar 2027 · in 100 days · turns 46"]);
    expect(broken?.el.textContent).toContain("level");
  });
});
