// @vitest-environment happy-dom
// Birthdays, a person's page and people to meet in the real plugin, driven through the fake Obsidian host over
// the demo vault: what a user opens, what they see.
import { describe, expect, it } from "vitest";
import type { TestApp } from "../obsidian-fake";
import { demoFiles } from "./demo-files";
import { onTheDay, openSidebar as openSidebarOf } from "./real-plugin";

const startPlugin = onTheDay("2026-11-22");
let t: TestApp;

async function start(files: Record<string, string> = demoFiles()): Promise<void> {
  ({ t } = await startPlugin(files));
}

const openSidebar = (): Promise<HTMLElement> => openSidebarOf(t);

function texts(root: Element, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((el) => el.textContent ?? "");
}


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

describe("a person's page", () => {
  async function openNote(path: string): Promise<void> {
    const file = t.app.vault.getFileByPath(path);
    if (!file) throw new Error(`no ${path}`);
    await t.app.workspace.getLeaf(false).openFile(file);
    await t.settle(0);
  }

  it("is at the top of the sidebar while a contact's note is open, and follows the note being read", async () => {
    await start();
    const root = await openSidebar();
    expect(root.querySelector(".ng-person-page")).toBeNull();
    await openNote("People/Jane Doe.md");
    const page = root.querySelector<HTMLElement>(".ng-person-page");
    expect(page?.parentElement?.firstElementChild).toBe(page);
    expect(page?.querySelector(".ng-person-name")?.textContent).toBe("Jane Doe");
    expect(page?.textContent).toContain("Design Director at Acme Corp · senior");
    expect(texts(page!, ".ng-person-due")).toEqual(["Last contact 18 Nov · every 1 month · due 18 Dec"]);
    expect(page?.textContent).toContain("Learned: Open with the customer story, not the logo");
    expect(texts(page!, ".ng-person-interaction > a").slice(0, 3)).toEqual(["2026-12-02 Walk with Jane", "2026-11-18 Call with Jane", "2026-11-13 Coffee with Jane"]);
    // The scheduled walk is apart, under "Coming up".
    expect(texts(page!, ".ng-group-heading")).toEqual(["Follow-ups", "Coming up", "Interactions (12)"]);
    expect(page?.textContent).toContain("and 2 earlier ones");
    await openNote("Meetings/2026-11-18 Call with Jane.md");
    expect(root.querySelector(".ng-person-page")).toBeNull();
    await openNote("People/Grace Liu.md");
    expect(root.querySelector(".ng-person-name")?.textContent).toBe("Grace Liu");
    expect(root.querySelector(".ng-person-due")?.textContent).toContain("not on the reconnect list: someone to meet (status target)");
  });

  it("logs an interaction from its Log button", async () => {
    await start();
    const root = await openSidebar();
    await openNote("People/Bob Li.md");
    const log = [...root.querySelectorAll<HTMLButtonElement>(".ng-person-actions button")].find((b) => b.textContent === "Log");
    log?.click();
    expect(t.ui.openModals.length).toBe(1);
  });

  it("is drawn by a network-person block, for the note it is in or the person it names", async () => {
    await start({
      ...demoFiles(),
      "Journal/People.md": '```network-person\nperson: "[[Jane Doe]]"\n```\n\n```network-person\nperson: [[Sam]]\n```\n\n```network-person\n```\n',
      "People/Ada.md": "---\nstatus: target\n---\n```network-person\n```\n",
    });
    const [jane, sam, here] = await t.renderNote("Journal/People.md");
    expect(jane?.el.querySelector(".ng-person-name")?.textContent).toBe("Jane Doe");
    expect(sam?.el.textContent).toContain("matches several contacts");
    expect(here?.el.textContent).toContain("This note is not a contact");
    const [ada] = await t.renderNote("People/Ada.md");
    expect(ada?.el.querySelector(".ng-person-name")?.textContent).toBe("Ada");
  });
});

describe("people to meet", () => {
  it("show each target's purpose and who could introduce you, in the sidebar", async () => {
    await start();
    const root = await openSidebar();
    const rows = texts(root, '[data-section="peopleToMeet"] .ng-introducers');
    expect(rows).toEqual([
      "Could introduce you: Priya Raman (came up in 2026-08-12 Coffee with Priya)",
      "Could introduce you: Bob Li (their introducer); Lena Fischer (same company); Nadia Sokolova (same company); and 3 more",
      "Could introduce you: Marcus Chen (your notes link them); Mei Wong (same company); Priya Raman (same company); and 2 more",
    ]);
    expect(root.querySelector('[data-section="peopleToMeet"] .ng-person-purpose')?.textContent).toContain("prices identity work");
  });

  it("show in a network-people block with tag, level and company filters", async () => {
    await start({
      ...demoFiles(),
      "Journal/Meet.md": "```network-people\ncompany: Globex\n```\n\n```network-people\nlevel: senior\ntag: brand\nlimit: 1\n```\n\n```network-people\ndays: 3\n```\n",
    });
    const [globex, senior, wrong] = await t.renderNote("Journal/Meet.md");
    expect(texts(globex!.el, ".ng-person > .ng-row-main > a:first-child")).toEqual(["Kofi Mensah"]);
    expect(texts(senior!.el, ".ng-person > .ng-row-main > a:first-child")).toEqual(["Aisha Bello"]);
    expect(wrong?.el.textContent).toContain("'days' is not an option here");
  });
});
