// @vitest-environment happy-dom
// The real plugin class through the fake host: its commands write what they should and nothing else.
import { describe, expect, it } from "vitest";
import NetworkGoalsPlugin from "../../src/main";
import type { LogInteractionModal } from "../../src/obsidian/modals/log-interaction";
import { createTestApp } from "../obsidian-fake";

const MEETING = '---\ndate: 2026-05-01\nkind: coffee\nwith:\n  - "[[Jane Doe]]"\nfollow_up: 2000-01-10\ngave: an intro\n---\n# Notes\n\nBody stays.\n';

describe("NetworkGoalsPlugin commands", () => {
  it("marks the open note's follow-up done, then logs an interaction from a contact note", async () => {
    const t = createTestApp({
      files: { "People/Jane Doe.md": "---\nname: Jane Doe\n---\n", "Meetings/2026-05-01 Coffee.md": MEETING },
    });
    const plugin = await t.loadPlugin(NetworkGoalsPlugin, { id: "network-goals", name: "Network Goals" });
    await t.settle(150);
    const today = plugin.today();

    await t.openNote("Meetings/2026-05-01 Coffee.md");
    expect(await t.runCommand("mark-follow-up-done")).toBe(true);
    const file = t.app.vault.getFileByPath("Meetings/2026-05-01 Coffee.md");
    expect(file && (await t.app.vault.read(file))).toBe(MEETING.replace("gave: an intro\n", `gave: an intro\nfollow_up_done: ${today}\n`));
    await t.settle(150);
    expect(await t.runCommand("mark-follow-up-done")).toBe(false);

    await t.openNote("People/Jane Doe.md");
    expect(await t.runCommand("log-interaction")).toBe(true);
    const modal = t.ui.openModals.at(-1) as unknown as LogInteractionModal;
    expect(modal.values.contacts).toEqual(["People/Jane Doe.md"]);
    const created = await modal.submit();
    expect(created?.path).toBe(`Meetings/${today} Meeting with Jane Doe.md`);
    expect(t.app.workspace.getActiveFile()?.path).toBe(created?.path);
  });
});
