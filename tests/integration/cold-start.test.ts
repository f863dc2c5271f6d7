// @vitest-environment happy-dom
// A vault's first open (SPEC §8): Obsidian's metadata cache is empty at layout ready and fills afterwards. The
// sidebar and the blocks say they are reading, with how far along, and never "nothing due" until the cache has
// resolved; notes are indexed as their cache arrives; a full pass after the first `resolved`.
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../obsidian-fake";
import NetworkGoalsPlugin from "../../src/main";
import { demoFiles } from "./demo-files";
import { fixedClock, MANIFEST, openSidebar } from "./real-plugin";

// These tests load the plugin themselves: a cold start's order (caches parsed before or after onload) is what they test.
let t: TestApp;
let plugin: NetworkGoalsPlugin;

fixedClock("2026-11-22");
afterEach(async () => {
  await t.unloadPlugin(plugin);
});

const sidebar = (): Promise<HTMLElement> => openSidebar(t);

describe("cold start", () => {
  it("says it is reading, with how far along, until the cache has resolved; then shows the vault", async () => {
    const files = demoFiles();
    const total = Object.keys(files).filter((p) => p.endsWith(".md")).length;
    t = createTestApp({ files, today: "2026-11-22", coldStart: true });
    plugin = await t.loadPlugin(NetworkGoalsPlugin, MANIFEST);
    await t.settle(150);
    const view = await sidebar();
    expect(view.textContent).toBe(`Reading your notes… 0 of ${total}`);
    // The note is open while its cache is not there yet: Obsidian renders its blocks all the same.
    const block = await t.renderCodeBlock("network-followups", "limit: 5", "Journal/2026-01-05.md");
    expect(block.el.textContent).toBe(`Reading your notes… 0 of ${total}`);

    await t.coldStart.parse(10);
    await t.settle(150);
    expect(view.textContent).toBe(`Reading your notes… 10 of ${total}`);
    expect(block.el.textContent).toBe(`Reading your notes… 10 of ${total}`);
    // Notes are indexed as their cache arrives, before the first `resolved`.
    expect([...plugin.index().contacts(), ...plugin.index().interactions()].length).toBeGreaterThan(0);

    await t.coldStart.parse(total - 10);
    await t.settle(150);
    expect(view.textContent).not.toContain("No follow-ups due");
    expect(view.textContent).not.toContain("No goals yet");

    await t.coldStart.finish(150);
    expect(plugin.isIndexReady()).toBe(true);
    expect(view.textContent).not.toContain("Reading your notes");
    expect(view.textContent).not.toContain("No follow-ups due");
    expect(view.querySelectorAll(".ng-row").length).toBeGreaterThan(5);
    expect(block.el.textContent).not.toContain("Reading your notes");
  });

  it("ends with the same report as a warm start", async () => {
    const files = demoFiles();
    t = createTestApp({ files, today: "2026-11-22" });
    plugin = await t.loadPlugin(NetworkGoalsPlugin, MANIFEST);
    await t.settle(150);
    const withoutRevision = ({ revision, ...report }: ReturnType<typeof plugin.report>) => (void revision, report);
    const warm = JSON.stringify(withoutRevision(plugin.report()));
    await t.unloadPlugin(plugin);

    t = createTestApp({ files, today: "2026-11-22", coldStart: true });
    plugin = await t.loadPlugin(NetworkGoalsPlugin, MANIFEST);
    await t.coldStart.parse(7);
    await t.coldStart.finish(150);
    expect(JSON.stringify(withoutRevision(plugin.report()))).toBe(warm);
  });

  it("reads a note whose cache was there at layout ready and the ones that came after; ready at resolved", async () => {
    t = createTestApp({
      files: { "People/Jane Doe.md": "---\ncadence: 30d\n---\n", "People/Bob Li.md": "---\ncadence: 30d\n---\n" },
      today: "2026-11-22",
      coldStart: true,
    });
    await t.coldStart.parse(1);
    plugin = await t.loadPlugin(NetworkGoalsPlugin, MANIFEST);
    expect(plugin.isIndexReady()).toBe(false);
    expect(plugin.readingProgress()).toEqual({ done: 1, total: 2 });
    await t.coldStart.finish(150);
    expect(plugin.isIndexReady()).toBe(true);
    expect(plugin.readingProgress()).toBeNull();
    expect(plugin.report().reconnect.map((row) => row.contact).sort()).toEqual(["People/Bob Li.md", "People/Jane Doe.md"]);
  });

  it("an empty vault is ready at once", async () => {
    t = createTestApp({ files: {}, today: "2026-11-22", coldStart: true });
    plugin = await t.loadPlugin(NetworkGoalsPlugin, MANIFEST);
    await t.settle(150);
    expect(plugin.isIndexReady()).toBe(true);
  });
});

describe("folder rename", () => {
  it("moves every note inside: Obsidian sends one rename per file, and the index follows each", async () => {
    t = createTestApp({
      files: {
        "People/Work/Jane Doe.md": "---\ncadence: 30d\n---\n",
        "People/Work/Old/Bob Li.md": "---\ncadence: 30d\n---\n",
        "Meetings/2026-11-01 Coffee.md": '---\nwith: "[[Jane Doe]]"\n---\n',
      },
      today: "2026-11-22",
    });
    plugin = await t.loadPlugin(NetworkGoalsPlugin, MANIFEST);
    await t.settle(150);
    const renames: string[] = [];
    t.vault.on("rename", (file, oldPath) => renames.push(`${oldPath as string} -> ${(file as { path: string }).path}`));
    await t.app.fileManager.renameFile(t.app.vault.getFolderByPath("People/Work")!, "People/Team");
    await t.settle(150);
    expect(renames[0]).toBe("People/Work -> People/Team");
    expect(renames.slice(1).sort()).toEqual([
      "People/Work/Jane Doe.md -> People/Team/Jane Doe.md",
      "People/Work/Old -> People/Team/Old",
      "People/Work/Old/Bob Li.md -> People/Team/Old/Bob Li.md",
    ]);
    const index = plugin.index();
    expect([index.has("People/Work/Jane Doe.md"), index.has("People/Work/Old/Bob Li.md")]).toEqual([false, false]);
    expect(index.contact("People/Team/Jane Doe.md")?.name).toBe("Jane Doe");
    expect(index.contact("People/Team/Old/Bob Li.md")?.name).toBe("Bob Li");
    expect(index.interaction("Meetings/2026-11-01 Coffee.md")?.attendees).toEqual(["People/Team/Jane Doe.md"]);
    expect(plugin.report().reconnect.map((row) => row.contact)).toEqual(["People/Team/Old/Bob Li.md"]);
  });
});
