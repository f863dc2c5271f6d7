// The real plugin class started through the fake Obsidian host as every test of it starts it: on a fixed local
// day (only Date is faked; timers stay real, so the index's debounce runs), loaded, given time to read the vault,
// and unloaded after the test.
import { afterEach, beforeEach, expect, vi } from "vitest";
import { createTestApp, type TestApp, type TestAppOptions } from "../obsidian-fake";
import NetworkGoalsPlugin from "../../src/main";
import { NetworkSidebarView, VIEW_TYPE_NETWORK } from "../../src/obsidian/view";

export const MANIFEST = { id: "network-goals", name: "Network Goals" };

export interface Started {
  t: TestApp;
  plugin: NetworkGoalsPlugin;
}

export type StartPlugin = (files: Record<string, string>, options?: Omit<TestAppOptions, "files" | "today">) => Promise<Started>;

/**
 * Call once at the top of a test file: each test runs at 09:30 local time on `today` (YYYY-MM-DD, also the fake
 * vault's clock), and every plugin started is unloaded after it. Gives the function that starts the real plugin
 * over some notes and waits until it has read them (past the index's notification debounce).
 */
export function onTheDay(today: string): StartPlugin {
  fixedClock(today);
  const started: Started[] = [];
  // After hooks run last-registered first: the plugin is unloaded before the clock is given back.
  afterEach(async () => {
    for (const { t, plugin } of started.splice(0)) await t.unloadPlugin(plugin);
  });
  return async (files, options = {}) => {
    const t = createTestApp({ ...options, files, today });
    const plugin = await t.loadPlugin(NetworkGoalsPlugin, MANIFEST);
    started.push({ t, plugin });
    await t.settle(150);
    return { t, plugin };
  };
}

/** Each test of the file runs at 09:30 local time on `today` (YYYY-MM-DD); only Date is faked. */
export function fixedClock(today: string): void {
  const [year, month, day] = today.split("-").map(Number);
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(year!, month! - 1, day, 9, 30));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** Runs "Open Network sidebar" and gives the sidebar's content. */
export async function openSidebar(t: TestApp): Promise<HTMLElement> {
  expect(await t.runCommand("open-view")).toBe(true);
  const view = t.app.workspace.getLeavesOfType(VIEW_TYPE_NETWORK)[0]?.view;
  expect(view).toBeInstanceOf(NetworkSidebarView);
  return (view as NetworkSidebarView).contentEl;
}
