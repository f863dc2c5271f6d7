// @vitest-environment happy-dom
// The current API (Obsidian 1.10–1.13), each part feature-detected so that minAppVersion 1.5.7 still loads:
// Obsidian's command line, a Bases view "Keep in touch", settings synced from another device, the config folder.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TestApp, TestAppOptions } from "../obsidian-fake";
import type NetworkGoalsPlugin from "../../src/main";
import { CLI_REPORT, CLI_REVIEW } from "../../src/obsidian/cli-handlers";
import { KEEP_IN_TOUCH_VIEW } from "../../src/obsidian/keep-in-touch-view";
import manifest from "../../manifest.json";
import { onTheDay } from "./real-plugin";
import { run } from "../../src/cli/main";

const FILES: Record<string, string> = {
  "People/Jane Doe.md": "---\ncadence: 30d\n---\n",
  "People/Bob Li.md": "---\ncadence: 2w\nlast_contact: 2026-11-20\n---\n",
  "People/Ann Lee.md": "---\nname: Ann Lee\n---\n",
  "People/Cy.md": "---\ncadence: 30d\n---\n",
  "Meetings/2026-09-01 Coffee.md": '---\nwith: "[[Jane Doe]]"\nfollow_up: 2026-09-05\n---\n',
  "Meetings/2026-10-10 Call.md": '---\nwith: "[[Cy]]"\nkind: call\n---\n',
  "Projects/Launch.md": "# Not a contact\n",
};

const startPlugin = onTheDay("2026-11-22");
let t: TestApp;
let plugin: NetworkGoalsPlugin;

async function start(options: Omit<TestAppOptions, "files" | "today"> = {}): Promise<void> {
  ({ t, plugin } = await startPlugin(FILES, options));
}

describe("Obsidian's command line (1.12.2)", () => {
  it("`network-goals` prints the text report, the one `network-goals report` prints", async () => {
    await start();
    const text = await t.runCli(CLI_REPORT);
    expect(text.split("\n").slice(0, 6)).toEqual([
      "Network Goals — report for 22 November 2026",
      "4 contacts · 2 interactions · 0 goals",
      "",
      "Follow-ups (1)",
      `  ${"78 days overdue".padEnd(18)} 2026-09-05  Meetings/2026-09-01 Coffee.md — Jane Doe`,
      "",
    ]);
    expect(text).toContain("\nReconnect (2)\n  Jane Doe — last contact 2026-09-01, due 2026-10-01 · 52 days overdue  (People/Jane Doe.md)\n");
    // The same vault on disk, through the Node CLI on the same day: the same text to the letter.
    const vault = mkdtempSync(join(tmpdir(), "ng-cli-handler-"));
    for (const [path, body] of Object.entries(FILES)) {
      mkdirSync(dirname(join(vault, path)), { recursive: true });
      writeFileSync(join(vault, path), body);
    }
    const out: string[] = [];
    expect(run(["report", "--vault", vault, "--today", "2026-11-22"], (line) => out.push(line), () => {})).toBe(0);
    expect(out).toEqual([text]);
  });

  it("prints what a note says as text, never as a terminal's control sequence", async () => {
    await start();
    await t.app.vault.create("People/Eve\u001b[2J.md", "---\ncadence: 30d\nlast_contact: 2026-01-02\n---\n");
    await t.settle(150);
    const text = await t.runCli(CLI_REPORT);
    expect(text).toContain("  Eve\\u001b[2J — last contact 2026-01-02");
    expect(text).not.toContain("\u001b");
  });

  it("`network-goals:review period=…` prints a review as JSON, and says what is wrong with a period", async () => {
    await start();
    const review = JSON.parse(await t.runCli(CLI_REVIEW, { period: "2026-Q3" })) as { label: string; seenMost: unknown[] };
    expect(review).toMatchObject({ label: "Q3 2026", window: { start: "2026-07-01", end: "2026-09-30" } });
    expect(review.seenMost).toEqual([{ contact: "People/Jane Doe.md", name: "Jane Doe", count: 1 }]);
    expect(await t.runCli(CLI_REVIEW, { period: "soon" })).toMatch(/^Cannot review: /);
  });

  it("says it is still reading during a cold start instead of printing an empty report", async () => {
    await start({ coldStart: true });
    expect(await t.runCli(CLI_REPORT)).toMatch(/^Reading your notes… 0 of 7. Try again in a moment\.$/);
    await t.coldStart.finish(150);
    expect(await t.runCli(CLI_REPORT)).toContain("\nReconnect (2)\n  Jane Doe — ");
  });
});

describe("the Bases view Keep in touch (1.10)", () => {
  it("shows the base's contacts, most overdue first, with last contact, due, open follow-ups, Log and Snooze", async () => {
    await start();
    const base = t.openBasesView(KEEP_IN_TOUCH_VIEW, ["Projects/Launch.md", "People/Bob Li.md", "People/Jane Doe.md", "People/Ann Lee.md", "People/Cy.md"]);
    const rows = [...base.el.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].slice(0, 4).map((td) => td.textContent));
    expect(rows).toEqual([
      ["Jane Doe", "1 Sep", "52 days overdue", "1 open follow-up"],
      ["Cy", "10 Oct", "13 days overdue", "—"],
      ["Bob Li", "20 Nov", "due in 12 days", "—"],
      ["Ann Lee", "—", "not tracked", "—"],
    ]);
    const snooze = [...base.el.querySelectorAll<HTMLButtonElement>("tbody tr:first-child button")].find((b) => b.textContent === "Snooze");
    snooze?.click();
    await t.settle(150);
    expect(await t.app.vault.read(t.app.vault.getFileByPath("People/Jane Doe.md")!)).toBe("---\ncadence: 30d\nsnooze_until: 2026-11-29\n---\n");
    // The view follows the index: the snooze shows without a new query result.
    expect(base.el.querySelector("tbody tr:first-child")?.textContent).toContain("snoozed until 29 Nov");
    base.update(["People/Bob Li.md"]);
    expect(base.el.querySelectorAll("tbody tr")).toHaveLength(1);
    base.close();
  });

  it("is not registered when Bases is off, nor on an Obsidian without Bases; the plugin loads on 1.5.7", async () => {
    await start({ bases: false });
    expect(t.fake.basesViews.size).toBe(0);
    await t.unloadPlugin(plugin);
    await start({ apiVersion: manifest.minAppVersion });
    expect(manifest.minAppVersion).toBe("1.5.7");
    expect([t.fake.basesViews.size, t.fake.cliHandlers.size]).toEqual([0, 0]);
    expect(await t.runCommand("open-view")).toBe(true);
    await t.settle(150);
    expect(t.app.workspace.getLeavesOfType("network-goals-sidebar")).toHaveLength(1);
  });
});

describe("settings", () => {
  it("synced from another device are read, and every note read again under them", async () => {
    await start();
    expect(plugin.index().contact("Projects/Launch.md")).toBeUndefined();
    await t.changeSettingsExternally(plugin, { contactFolders: ["People", "Projects"] });
    await t.settle(150);
    expect(plugin.settings.contactFolders).toEqual(["People", "Projects"]);
    expect(plugin.index().contact("Projects/Launch.md")?.name).toBe("Launch");
  });

  it("come from the vault's config folder, which is not always .obsidian", async () => {
    await start({ configDir: ".config-obsidian" });
    await t.changeSettingsExternally(plugin, { defaultCadence: "sometimes" });
    await t.settle(150);
    expect(plugin.report().problems).toContainEqual(expect.objectContaining({ note: ".config-obsidian/plugins/network-goals/data.json", field: "defaultCadence" }));
  });
});
