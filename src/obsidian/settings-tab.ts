// The settings tab: every setting of settingsSchema, each change checked by the same schema before it is saved.
import { debounce, normalizePath, PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import { LONGEST_DAYS, settingsSchema, WEEKDAYS, type Settings } from "../model/settings";
import { readCadence } from "../parse/durations";
import { vaultFolderProblem } from "../io/file-names";

/** What the tab needs from the plugin. It changes `settings` in place, then asks for a save. */
export interface SettingsHost {
  readonly settings: Settings;
  saveSettings(): Promise<void>;
}

type Key = keyof Settings;

/**
 * Saving re-reads every note under the new settings, so a save waits until typing pauses (and runs at
 * once when the tab closes) rather than firing on every keystroke of "People, Contacts".
 */
export const SAVE_DELAY_MS = 600;
type Outcome = { ok: true; value: unknown; warning?: string } | { ok: false; problem: string };

/** "People, Contacts/Work" → ["People", "Contacts/Work"]; empty parts dropped. */
export function readFolderList(text: string): string[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => normalizePath(part));
}

function readWholeDays(text: string): Outcome {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { ok: false, problem: "Enter a whole number of days." };
  const days = Number(trimmed);
  return days <= LONGEST_DAYS ? { ok: true, value: days } : { ok: false, problem: `At most ${LONGEST_DAYS} days (100 years).` };
}

/**
 * Reads what was typed for one setting and checks it with the settings schema (the same one that
 * validates loaded settings), plus the checks the schema cannot express (a cadence must read as one).
 */
export function checkSetting(key: Key, text: string): Outcome {
  let outcome: Outcome;
  switch (key) {
    case "contactFolders":
    case "interactionFolders":
      outcome = { ok: true, value: readFolderList(text) };
      break;
    case "defaultCadence": {
      const trimmed = text.trim();
      const cadence = readCadence(trimmed);
      outcome = cadence.ok ? { ok: true, value: trimmed } : { ok: false, problem: `Cadence ${cadence.error}.` };
      break;
    }
    case "upcomingDays":
    case "birthdayWindowDays":
    case "snoozeDays":
      outcome = readWholeDays(text);
      break;
    case "newContactFolder":
    case "newInteractionFolder":
    case "importFolder":
    case "exportFolder": {
      const problem = vaultFolderProblem(text);
      if (problem !== null) {
        outcome = { ok: false, problem: `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.` };
        break;
      }
      const folder = normalizePath(text.trim());
      outcome = { ok: true, value: folder === "/" ? "" : folder };
      break;
    }
    default:
      outcome = { ok: true, value: text.trim() };
  }
  if (!outcome.ok) return outcome;
  const parsed = settingsSchema.def.shape[key].safeParse(outcome.value);
  if (!parsed.success) {
    return { ok: false, problem: key === "snoozeDays" ? "Snooze for at least one day." : "This value is not allowed here." };
  }
  return { ok: true, value: parsed.data };
}

export class NetworkSettingTab extends PluginSettingTab {
  private readonly save = debounce(() => void this.host.saveSettings(), SAVE_DELAY_MS, true);

  constructor(
    app: App,
    plugin: Plugin,
    private readonly host: SettingsHost,
  ) {
    super(app, plugin);
  }

  display(): void {
    const { containerEl } = this;
    containerEl.empty();
    const s = this.host.settings;

    new Setting(containerEl).setName("Notes").setHeading();
    this.text("contactFolders", "Contact folders", "Notes in these folders (comma-separated, at any depth) are contacts.", s.contactFolders.join(", "), "People");
    this.text("interactionFolders", "Interaction folders", "Notes in these folders (comma-separated, at any depth) are meetings, calls and other interactions.", s.interactionFolders.join(", "), "Meetings");

    new Setting(containerEl).setName("Reminders").setHeading();
    this.text("defaultCadence", "Default cadence", "How often to keep in touch with someone you have met, when their note does not say: 30d, 2w, monthly, or none.", s.defaultCadence, "90d");
    this.text("upcomingDays", "Upcoming window", "Show follow-ups due within this many days.", String(s.upcomingDays), "7");
    this.text("birthdayWindowDays", "Birthday window", "Show birthdays coming up within this many days.", String(s.birthdayWindowDays), "14");
    new Setting(containerEl)
      .setName("Week starts on")
      .setDesc("For weekly goals and reviews.")
      .addDropdown((dropdown) => {
        for (const day of WEEKDAYS) dropdown.addOption(day, day.charAt(0).toUpperCase() + day.slice(1));
        dropdown.setValue(s.weekStart).onChange((value) => {
          this.apply("weekStart", value);
          this.save.run();
        });
        dropdown.selectEl.addClass("network-goals-setting-weekStart");
      });
    this.text("snoozeDays", "Snooze length", "Days a snoozed follow-up or contact stays out of the way.", String(s.snoozeDays), "7");

    new Setting(containerEl).setName("New notes").setHeading();
    this.text("newContactFolder", "New contact folder", "Where the new contact command puts notes.", s.newContactFolder, "People");
    this.text("newInteractionFolder", "New interaction folder", "Where the log an interaction command puts notes.", s.newInteractionFolder, "Meetings");
    this.text("importFolder", "Import folder", "Where imported LinkedIn connections and vCards become contact notes.", s.importFolder, "People");
    this.text("exportFolder", "Export folder", "Where the CSV and calendar exports are written. Empty: the vault root.", s.exportFolder, "Exports");
    this.text("contactTemplate", "Contact template", "A note whose text starts every new contact; {{name}}, {{title}} and {{date}} are filled in. Empty: none.", s.contactTemplate, "Templates/Contact.md");
    this.text("interactionTemplate", "Interaction template", "A note whose text starts every new interaction note; {{name}}, {{title}} and {{date}} are filled in. Empty: none.", s.interactionTemplate, "Templates/Meeting.md");
  }

  override hide(): void {
    this.save.run();
    super.hide();
  }

  private text(key: Key, name: string, desc: string, value: string, placeholder: string): void {
    const setting = new Setting(this.containerEl).setName(name).setDesc(desc);
    setting.settingEl.addClass(`network-goals-setting-row-${key}`);
    const messageEl = setting.infoEl.createDiv({ cls: "network-goals-setting-message" });
    setting.addText((text) => {
      text.setPlaceholder(placeholder).setValue(value);
      text.inputEl.addClass(`network-goals-setting-${key}`);
      text.onChange((typed) => {
        const result = this.apply(key, typed);
        messageEl.setText(result.ok ? (result.warning ?? "") : result.problem);
        messageEl.toggleClass("mod-warning", !result.ok || result.warning !== undefined);
        text.inputEl.toggleClass("network-goals-invalid", !result.ok);
      });
    });
  }

  /** Checks and, when valid, stores one setting and schedules the save. An invalid value is never stored or saved. */
  apply(key: Key, typed: string): Outcome {
    const result = checkSetting(key, typed);
    if (!result.ok) return result;
    (this.host.settings as Record<Key, unknown>)[key] = result.value;
    this.save();
    if ((key === "contactTemplate" || key === "interactionTemplate") && typeof result.value === "string" && result.value !== "") {
      const path = normalizePath(result.value);
      if (!this.app.vault.getFileByPath(path) && !this.app.vault.getFileByPath(`${path}.md`)) {
        return { ...result, warning: `No note ${path} yet; new notes are created without a template until it exists.` };
      }
    }
    return result;
  }
}
