// @vitest-environment happy-dom
// The new-contact and log-interaction modals through the fake host, driven as a user would.
import { describe, expect, it } from "vitest";
import { LogInteractionModal, joinNames } from "../../src/obsidian/modals/log-interaction";
import { NewContactModal } from "../../src/obsidian/modals/new-contact";
import { start } from "./harness";

const FILES = {
  "People/Jane Doe.md": "---\nname: Jane Doe\ncompany: Acme\n---\n",
  "People/Bob Li.md": "---\nname: Bob Li\ncompany: Initech\n---\n",
  "People/Work/Ann Lee.md": "---\nname: Ann Lee\n---\n",
  "People/Friends/Ann Lee.md": "---\nname: Ann Lee\naliases: [Annie]\n---\n",
};

function type(input: HTMLInputElement | null, value: string): void {
  if (!input) throw new Error("no such input");
  input.value = value;
  input.dispatchEvent(new Event("input"));
}

describe("LogInteractionModal", () => {
  it("creates '<date> <Kind> with <Names>.md' with with-links, kind, date and follow-up, and opens it", async () => {
    const t = await start(FILES);
    const modal = new LogInteractionModal(t.plugin, ["People/Jane Doe.md"]);
    modal.open();
    const el = modal.contentEl;
    // The picker: typing "init" offers Bob Li (by company); choosing him adds a chip.
    const suggest = modal.suggest as unknown as { suggestionsFor(q: string): Promise<{ path: string }[]> };
    const offered = await suggest.suggestionsFor("init");
    expect(offered.map((c) => c.path)).toEqual(["People/Bob Li.md"]);
    modal.suggest?.selectSuggestion(offered[0] as never, new KeyboardEvent("keydown"));
    expect([...el.querySelectorAll(".network-goals-chip")].map((c) => c.textContent)).toEqual(["Jane Doe×", "Bob Li×"]);
    const kind = el.querySelector<HTMLSelectElement>(".network-goals-input-kind");
    if (!kind) throw new Error("no kind");
    kind.value = "informational-interview";
    kind.dispatchEvent(new Event("change"));
    type(el.querySelector(".network-goals-input-date"), "2026-05-18");
    type(el.querySelector(".network-goals-input-follow-up"), "5");
    const file = await modal.submit();
    expect(file?.path).toBe("Meetings/2026-05-18 Informational interview with Jane Doe and Bob Li.md");
    expect(await t.read(file?.path ?? "")).toBe(
      '---\ndate: 2026-05-18\nkind: informational-interview\nwith: ["[[Jane Doe]]", "[[Bob Li]]"]\nfollow_up: 2026-05-25\n---\n',
    );
    expect(t.ui.openModals).not.toContain(modal);
    expect(t.app.workspace.getActiveFile()?.path).toBe(file?.path);
    // The index reads it back as an interaction with both people and an open follow-up.
    await t.settle(50);
    const read = t.plugin.index().interaction(file?.path ?? "");
    expect(read?.attendees).toEqual(["People/Jane Doe.md", "People/Bob Li.md"]);
    expect(read?.followUp).toBe("2026-05-25");
  });

  it("removes a chip, links an ambiguous file name by path, and refuses a bad date inline", async () => {
    const t = await start(FILES);
    const modal = new LogInteractionModal(t.plugin, ["People/Jane Doe.md", "People/Work/Ann Lee.md"]);
    modal.open();
    modal.contentEl.querySelector<HTMLButtonElement>('[data-path="People/Jane Doe.md"] button')?.click();
    expect(modal.values.contacts).toEqual(["People/Work/Ann Lee.md"]);
    type(modal.contentEl.querySelector(".network-goals-input-date"), "2026-02-30");
    expect(await modal.submit()).toBeNull();
    expect(modal.contentEl.querySelector(".network-goals-form-error")?.textContent).toContain("'2026-02-30' is not a date");
    type(modal.contentEl.querySelector(".network-goals-input-date"), "2026-05-20");
    const file = await modal.submit();
    expect(file?.path).toBe("Meetings/2026-05-20 Meeting with Ann Lee.md");
    expect(await t.read(file?.path ?? "")).toContain('with: ["[[People/Work/Ann Lee]]"]\n');
  });

  it("needs at least one person, and never overwrites an existing note", async () => {
    const t = await start({ ...FILES, "Meetings/2026-05-20 Meeting with Bob Li.md": "mine" });
    const modal = new LogInteractionModal(t.plugin);
    modal.open();
    expect(await modal.submit()).toBeNull();
    expect(modal.contentEl.querySelector(".network-goals-form-error")?.textContent).toBe("Choose at least one person.");
    modal.addContact("People/Bob Li.md");
    const file = await modal.submit();
    expect(file?.path).toBe("Meetings/2026-05-20 Meeting with Bob Li 2.md");
    expect(await t.read("Meetings/2026-05-20 Meeting with Bob Li.md")).toBe("mine");
  });

  it("uses the interaction template: placeholders filled, its filled keys kept, empty ones filled", async () => {
    const t = await start({
      ...FILES,
      "Templates/Meeting.md": "---\ntags:\n  - meeting\nkind: call\nwith:\nfollow_up:\n---\n# {{name}} on {{date}}\n\n## Notes\n",
    });
    t.plugin.settings.interactionTemplate = "Templates/Meeting";
    const modal = new LogInteractionModal(t.plugin, ["People/Bob Li.md"]);
    modal.open();
    const file = await modal.submit();
    expect(await t.read(file?.path ?? "")).toBe(
      // The template's lines as written (its empty follow_up stays empty, not `null`); ours on its empty line or added.
      '---\ntags:\n  - meeting\nkind: call\nwith: ["[[Bob Li]]"]\nfollow_up:\ndate: 2026-05-20\n---\n# Bob Li on 2026-05-20\n\n## Notes\n',
    );
  });
});

describe("NewContactModal", () => {
  it("creates the contact in the new-contact folder, with only the fields given, and opens it", async () => {
    const t = await start(FILES);
    const modal = new NewContactModal(t.plugin);
    modal.open();
    type(modal.contentEl.querySelector(".network-goals-input-name"), "  Grace   Hopper ");
    type(modal.contentEl.querySelector(".network-goals-input-company"), "Navy");
    type(modal.contentEl.querySelector(".network-goals-input-cadence"), "2w");
    const file = await modal.submit();
    expect(file?.path).toBe("People/Grace Hopper.md");
    expect(await t.read("People/Grace Hopper.md")).toBe("---\nname: Grace Hopper\ncompany: Navy\ncadence: \"2w\"\n---\n");
    expect(t.app.workspace.getActiveFile()?.path).toBe("People/Grace Hopper.md");
  });

  it("refuses a missing name and a cadence that is not a duration, with the reason shown", async () => {
    const t = await start(FILES);
    const modal = new NewContactModal(t.plugin);
    modal.open();
    expect(await modal.submit()).toBeNull();
    expect(modal.contentEl.querySelector(".network-goals-form-error")?.textContent).toBe("Enter the person's name.");
    type(modal.contentEl.querySelector(".network-goals-input-name"), "Ada");
    type(modal.contentEl.querySelector(".network-goals-input-cadence"), "sometimes");
    expect(modal.contentEl.querySelector(".network-goals-form-error")?.textContent).toBe(
      "Cadence 'sometimes' is not a duration such as 30d, 2w or monthly.",
    );
    expect(await modal.submit()).toBeNull();
    expect(t.obsidianApp.vault.getFileByPath("People/Ada.md")).toBeNull();
  });

  it("says so when the name is taken, and adds type: contact outside the contact folders", async () => {
    const t = await start({ ...FILES, "Inbox/Jane Doe.md": "other" });
    t.plugin.settings.newContactFolder = "Inbox";
    const modal = new NewContactModal(t.plugin);
    modal.open();
    type(modal.contentEl.querySelector(".network-goals-input-name"), "Jane Doe");
    const file = await modal.submit();
    expect(file?.path).toBe("Inbox/Jane Doe 2.md");
    expect(await t.read("Inbox/Jane Doe 2.md")).toBe("---\nname: Jane Doe\ntype: contact\n---\n");
    expect(t.notices.map((n) => n.message)).toContain("A note named Jane Doe already exists, so this one is Jane Doe 2");
  });
});

describe("joinNames", () => {
  it("reads like a sentence", () => {
    expect(joinNames(["A"])).toBe("A");
    expect(joinNames(["A", "B"])).toBe("A and B");
    expect(joinNames(["A", "B", "C"])).toBe("A, B and C");
    expect(joinNames(["A", "B", "C", "D", "E"])).toBe("A, B and 3 others");
  });
});
