// @vitest-environment happy-dom
// Commands through the fake host: ids without the plugin id, no hotkeys, availability of the follow-up commands.
import { describe, expect, it } from "vitest";
import { LogInteractionModal } from "../../src/obsidian/modals/log-interaction";
import { NewContactModal } from "../../src/obsidian/modals/new-contact";
import { start, TODAY } from "./harness";

const FILES = {
  "People/Jane Doe.md": "---\nname: Jane Doe\ncompany: Acme\n---\n",
  "Meetings/2026-05-01 Coffee.md": "---\ndate: 2026-05-01\nwith:\n  - \"[[Jane Doe]]\"\nfollow_up: 2026-05-10\n---\nNotes\n",
  "Meetings/2026-05-02 Call.md": "---\ndate: 2026-05-02\nwith:\n  - \"[[Jane Doe]]\"\nfollow_up: 2026-05-10\nfollow_up_done: 2026-05-09\n---\n",
  "Meetings/2026-05-03 Chat.md": "---\ndate: 2026-05-03\nwith:\n  - \"[[Jane Doe]]\"\n---\n",
  "Journal/2026-05-20.md": "Today\n",
};

describe("registerCommands", () => {
  it("registers the commands with plain ids, sentence-case names and no hotkeys", async () => {
    const t = await start(FILES);
    const commands = Object.values(t.app.commands.commands);
    expect(commands.map((c) => c.id).sort()).toEqual(
      ["log-interaction", "mark-follow-up-done", "new-contact", "open-view", "snooze-follow-up", "import-linkedin", "import-vcard", "export-csv", "export-calendar", "create-quarterly-review"].map((id) => `network-goals:${id}`).sort(),
    );
    for (const c of commands) {
      expect(c.hotkeys).toBeUndefined();
      // Sentence case; the services and formats we import and export keep their own spelling.
      expect(c.name.replace("Network Goals: ", "").replace(/LinkedIn|vCard|CSV/, "x")).toMatch(/^[A-Z][^A-Z]*$/);
    }
  });

  it("open-view asks the plugin to open the view", async () => {
    const t = await start(FILES);
    expect(await t.runCommand("open-view")).toBe(true);
    expect(t.plugin.viewOpened).toBe(1);
  });

  it("mark-follow-up-done is available only on an interaction with an open follow-up, and marks it done", async () => {
    const t = await start(FILES);
    expect(await t.runCommand("mark-follow-up-done")).toBe(false); // no active file
    for (const path of ["People/Jane Doe.md", "Meetings/2026-05-02 Call.md", "Meetings/2026-05-03 Chat.md", "Journal/2026-05-20.md"]) {
      await t.openNote(path);
      expect(await t.runCommand("mark-follow-up-done"), path).toBe(false);
      expect(await t.runCommand("snooze-follow-up"), path).toBe(false);
    }
    await t.openNote("Meetings/2026-05-01 Coffee.md");
    expect(await t.runCommand("mark-follow-up-done")).toBe(true);
    await t.settle(50);
    expect(await t.read("Meetings/2026-05-01 Coffee.md")).toContain(`follow_up_done: ${TODAY}\n---\nNotes\n`);
    expect(t.notices.at(-1)?.message).toBe("Follow-up marked done");
    // Done now: the command is no longer offered.
    expect(await t.runCommand("mark-follow-up-done")).toBe(false);
  });

  it("snooze-follow-up moves the date by the snooze length", async () => {
    const t = await start(FILES);
    t.plugin.settings.snoozeDays = 3;
    await t.openNote("Meetings/2026-05-01 Coffee.md");
    expect(await t.runCommand("snooze-follow-up")).toBe(true);
    expect(await t.read("Meetings/2026-05-01 Coffee.md")).toContain("follow_up: 2026-05-23\n");
    expect(t.notices.at(-1)?.message).toBe("Follow-up moved to 2026-05-23");
  });

  it("new-contact opens the new contact modal; log-interaction opens the log modal prefilled with the open contact", async () => {
    const t = await start(FILES);
    await t.runCommand("new-contact");
    expect(t.ui.openModals.at(-1)).toBeInstanceOf(NewContactModal);
    t.ui.openModals.at(-1)?.close();
    await t.openNote("People/Jane Doe.md");
    await t.runCommand("log-interaction");
    const modal = t.ui.openModals.at(-1);
    expect(modal).toBeInstanceOf(LogInteractionModal);
    expect((modal as unknown as LogInteractionModal).values.contacts).toEqual(["People/Jane Doe.md"]);
  });
});
