// @vitest-environment happy-dom
// The settings tab through the fake host: every change checked with the settings schema; invalid values never saved.
import { describe, expect, it } from "vitest";
import { checkSetting, SAVE_DELAY_MS } from "../../src/obsidian/settings-tab";
import { start } from "./harness";

async function typeInto(input: HTMLInputElement | null, value: string, settle: (ms?: number) => Promise<void>): Promise<void> {
  if (!input) throw new Error("no such input");
  input.value = value;
  input.dispatchEvent(new Event("input"));
  await settle(10);
}

/** Before 1.13 Obsidian draws the tab with display(); from 1.13 from getSettingDefinitions() (tests below). */
const BEFORE_1_13 = { apiVersion: "1.12.3" };

describe("NetworkSettingTab", () => {
  it("rejects 'sometimes' as the default cadence with the reason inline, and saves '2w'", async () => {
    const t = await start({}, BEFORE_1_13);
    const tab = t.openSettings(t.plugin);
    const input = tab.containerEl.querySelector<HTMLInputElement>(".network-goals-setting-defaultCadence");
    const message = () => tab.containerEl.querySelector(".network-goals-setting-row-defaultCadence .network-goals-setting-message")?.textContent;
    expect(input?.value).toBe("90d");

    await typeInto(input, "sometimes", t.settle);
    expect(message()).toBe("Cadence 'sometimes' is not a duration such as 30d, 2w or monthly.");
    expect(input?.classList.contains("network-goals-invalid")).toBe(true);
    expect(t.plugin.settings.defaultCadence).toBe("90d");
    expect(t.plugin.saved).toEqual([]);

    await typeInto(input, "2", t.settle);
    await typeInto(input, "2w", t.settle);
    expect(message()).toBe("");
    expect(t.plugin.settings.defaultCadence).toBe("2w");
    // One save once typing pauses, not one per keystroke.
    expect(t.plugin.saved).toEqual([]);
    await t.settle(SAVE_DELAY_MS + 50);
    expect(t.plugin.saved.map((s) => s.defaultCadence)).toEqual(["2w"]);
    expect(await t.plugin.loadData()).toMatchObject({ defaultCadence: "2w" });
  });

  it("reads folder lists, whole numbers and the week start", async () => {
    const t = await start({}, BEFORE_1_13);
    const tab = t.openSettings(t.plugin);
    const q = (key: string) => tab.containerEl.querySelector<HTMLInputElement>(`.network-goals-setting-${key}`);
    await typeInto(q("contactFolders"), " People, Work/Contacts/ ,, ", t.settle);
    expect(t.plugin.settings.contactFolders).toEqual(["People", "Work/Contacts"]);
    await typeInto(q("snoozeDays"), "0", t.settle);
    expect(t.plugin.settings.snoozeDays).toBe(7);
    await typeInto(q("snoozeDays"), "3.5", t.settle);
    expect(t.plugin.settings.snoozeDays).toBe(7);
    await typeInto(q("snoozeDays"), "14", t.settle);
    expect(t.plugin.settings.snoozeDays).toBe(14);
    await typeInto(q("upcomingDays"), "0", t.settle);
    expect(t.plugin.settings.upcomingDays).toBe(0);
    const week = tab.containerEl.querySelector<HTMLSelectElement>(".network-goals-setting-weekStart");
    if (!week) throw new Error("no week start");
    week.value = "sunday";
    week.dispatchEvent(new Event("change"));
    await t.settle(10);
    expect(t.plugin.settings.weekStart).toBe("sunday");
    await typeInto(q("contactTemplate"), "Templates/Nope", t.settle);
    tab.hide(); // closing the tab saves at once
    expect(t.plugin.saved.at(-1)).toMatchObject({ contactFolders: ["People", "Work/Contacts"], snoozeDays: 14, upcomingDays: 0, contactTemplate: "Templates/Nope" });
    expect(t.plugin.settings.contactTemplate).toBe("Templates/Nope");
    tab.display();
    await typeInto(q("contactTemplate"), "Templates/Nope", t.settle);
    expect(tab.containerEl.querySelector(".network-goals-setting-row-contactTemplate .network-goals-setting-message")?.textContent).toContain(
      "No note Templates/Nope yet",
    );
  });
});

describe("checkSetting", () => {
  it("validates every kind of setting", () => {
    expect(checkSetting("defaultCadence", "none")).toEqual({ ok: true, value: "none" });
    expect(checkSetting("newContactFolder", "/People/")).toEqual({ ok: true, value: "People" });
    expect(checkSetting("newContactFolder", "/")).toEqual({ ok: true, value: "" });
    expect(checkSetting("upcomingDays", "-1").ok).toBe(false);
  });
});

describe("NetworkSettingTab on Obsidian 1.13: settings definitions", () => {
  /** The input of the setting row named `name`, as a user finds it. */
  function control<T extends HTMLElement>(root: HTMLElement, name: string, selector: string): T {
    const row = [...root.querySelectorAll<HTMLElement>(".setting-item")].find((el) => el.querySelector(".setting-item-name")?.textContent === name);
    const found = row?.querySelector<T>(selector);
    if (!row || !found) throw new Error(`no setting ${name}`);
    return found;
  }

  it("draws every setting from its definitions (not display()), checks each change with the same rules, and saves", async () => {
    const t = await start({});
    const tab = t.openSettings(t.plugin);
    expect([...tab.containerEl.querySelectorAll(".setting-item-heading")].map((el) => el.textContent)).toEqual(["Notes", "Reminders", "New notes"]);
    expect(tab.containerEl.querySelector(".network-goals-setting-defaultCadence")).toBeNull(); // display() was not called
    const cadence = control<HTMLInputElement>(tab.containerEl, "Default cadence", "input");
    expect(cadence.value).toBe("90d");
    await typeInto(cadence, "sometimes", t.settle);
    const message = cadence.closest(".setting-item")?.querySelector(".mod-warning")?.textContent;
    expect(message).toBe("Cadence 'sometimes' is not a duration such as 30d, 2w or monthly.");
    expect(t.plugin.settings.defaultCadence).toBe("90d");
    await typeInto(cadence, "2w", t.settle);
    expect(t.plugin.settings.defaultCadence).toBe("2w");

    const folders = control<HTMLInputElement>(tab.containerEl, "Contact folders", "input");
    expect(folders.value).toBe("People");
    await typeInto(folders, "People, Work/Contacts", t.settle);
    expect(t.plugin.settings.contactFolders).toEqual(["People", "Work/Contacts"]);

    const week = control<HTMLSelectElement>(tab.containerEl, "Week starts on", "select");
    week.value = "sunday";
    week.dispatchEvent(new Event("change"));
    await t.settle(SAVE_DELAY_MS + 50);
    expect(t.plugin.settings.weekStart).toBe("sunday");
    expect(await t.plugin.loadData()).toMatchObject({ defaultCadence: "2w", contactFolders: ["People", "Work/Contacts"], weekStart: "sunday" });
  });

  it("appear in Obsidian's settings search, by name, description and aliases", async () => {
    const t = await start({});
    expect(t.searchSettings("cadence")).toEqual(["Default cadence"]);
    expect(t.searchSettings("snooze")).toEqual(["Snooze length"]);
    expect(t.searchSettings("keep in touch")).toEqual(["Default cadence"]);
    expect(t.searchSettings("template")).toEqual(["Contact template", "Interaction template", "Review template"]);
  });

  it("before 1.13 the settings are not in the search (Obsidian calls display())", async () => {
    const t = await start({}, BEFORE_1_13);
    expect(t.searchSettings("cadence")).toEqual([]);
  });
});
