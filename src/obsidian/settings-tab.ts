// The settings tab: every setting of SETTING_SCHEMAS, each change checked by the same schema before it is saved.
import { debounce, normalizePath, PluginSettingTab, Setting, type App, type Plugin, type SettingDefinition, type SettingDefinitionItem } from "obsidian";
import { LONGEST_DAYS, SETTING_SCHEMAS, WEEKDAYS, type Settings } from "../model/settings";
import { readCadence } from "../parse/durations";
import { vaultFolderProblem } from "../io/file-names";
import { capitalise } from "../model/words";
import { folderPath } from "./writes";
import { templateFile } from "./templates";
import { templatePaths } from "../io/templates";

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

const valid = (value: unknown): Outcome => ({ ok: true, value });
const invalid = (problem: string): Outcome => ({ ok: false, problem });

function readWholeDays(text: string): Outcome {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return invalid("Enter a whole number of days.");
  const days = Number(trimmed);
  return days <= LONGEST_DAYS ? valid(days) : invalid(`At most ${LONGEST_DAYS} days (100 years).`);
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
      outcome = valid(readFolderList(text));
      break;
    case "defaultCadence": {
      const trimmed = text.trim();
      const cadence = readCadence(trimmed);
      outcome = cadence.ok ? valid(trimmed) : invalid(`Cadence ${cadence.error}.`);
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
    case "exportFolder":
    case "reviewsFolder": {
      const problem = vaultFolderProblem(text);
      if (problem !== null) {
        outcome = invalid(`${capitalise(problem)}.`);
        break;
      }
      outcome = valid(folderPath(text));
      break;
    }
    default:
      outcome = valid(text.trim());
  }
  if (!outcome.ok) return outcome;
  const parsed = SETTING_SCHEMAS[key].safeParse(outcome.value);
  if (!parsed.success) {
    return invalid(key === "snoozeDays" ? "Snooze for at least one day." : "This value is not allowed here.");
  }
  return valid(parsed.data);
}

/** One setting as the tab shows it; the same rows feed display() (before 1.13) and getSettingDefinitions(). */
interface Row {
  key: Key;
  name: string;
  desc: string;
  placeholder: string;
  /** Other words that should find it in Obsidian's settings search. */
  aliases?: string[];
}

/** The tab's settings in their groups, in order: the one list both ways of drawing the tab read. */
/** What every template setting says of its placeholders. */
const FILLED = "; {{name}}, {{title}} and {{date}} are filled in. Empty: none.";

const GROUPS: { heading: string; rows: Row[] }[] = [
  {
    heading: "Notes",
    rows: [
      { key: "contactFolders", name: "Contact folders", desc: "Notes in these folders (comma-separated, at any depth) are contacts.", placeholder: "People", aliases: ["people"] },
      { key: "interactionFolders", name: "Interaction folders", desc: "Notes in these folders (comma-separated, at any depth) are meetings, calls and other interactions.", placeholder: "Meetings", aliases: ["meetings"] },
    ],
  },
  {
    heading: "Reminders",
    rows: [
      { key: "defaultCadence", name: "Default cadence", desc: "How often to keep in touch with someone you have met, when their note does not say: 30d, 2w, monthly, or none.", placeholder: "90d", aliases: ["keep in touch", "reconnect"] },
      { key: "upcomingDays", name: "Upcoming window", desc: "Show follow-ups due within this many days.", placeholder: "7", aliases: ["follow-ups"] },
      { key: "birthdayWindowDays", name: "Birthday window", desc: "Show birthdays coming up within this many days.", placeholder: "14" },
      { key: "weekStart", name: "Week starts on", desc: "For weekly goals and reviews.", placeholder: "" },
      { key: "snoozeDays", name: "Snooze length", desc: "Days a snoozed follow-up or contact stays out of the way.", placeholder: "7" },
    ],
  },
  {
    heading: "New notes",
    rows: [
      { key: "newContactFolder", name: "New contact folder", desc: "Where the new contact command puts notes.", placeholder: "People" },
      { key: "newInteractionFolder", name: "New interaction folder", desc: "Where the log an interaction command puts notes.", placeholder: "Meetings" },
      { key: "importFolder", name: "Import folder", desc: "Where imported LinkedIn connections and vCards become contact notes.", placeholder: "People", aliases: ["linkedin", "vcard"] },
      { key: "reviewsFolder", name: "Reviews folder", desc: "Where quarterly reviews go.", placeholder: "Reviews" },
      { key: "exportFolder", name: "Export folder", desc: "Where the CSV and calendar exports are written. Empty: the vault root.", placeholder: "Exports", aliases: ["csv", "calendar"] },
      { key: "contactTemplate", name: "Contact template", desc: `A note whose text starts every new contact, imported ones too${FILLED}`, placeholder: "Templates/Contact.md" },
      { key: "interactionTemplate", name: "Interaction template", desc: `A note whose text starts every new interaction note${FILLED}`, placeholder: "Templates/Meeting.md" },
      { key: "reviewTemplate", name: "Review template", desc: `A note whose text starts every quarterly review, the review after it${FILLED}`, placeholder: "Templates/Review.md" },
    ],
  },
];

/** A setting's value as the text the user edits ("People, Contacts" for a folder list). */
function settingText(settings: Settings, key: Key): string {
  const value = settings[key];
  return Array.isArray(value) ? value.join(", ") : String(value);
}

export class NetworkSettingTab extends PluginSettingTab {
  readonly #save = debounce(() => void this.#host.saveSettings(), SAVE_DELAY_MS, true);

  readonly #host: SettingsHost;

  constructor(app: App, plugin: Plugin, host: SettingsHost) {
    super(app, plugin);
    this.#host = host;
  }

  /**
   * Obsidian 1.13 and later: the settings as definitions, so they appear in Obsidian's settings search. The
   * tab is then drawn from these and display() is not called; older versions call display().
   */
  override getSettingDefinitions(): SettingDefinitionItem[] {
    return GROUPS.map(({ heading, rows }) => ({
      type: "group" as const,
      heading,
      items: rows.map((row): SettingDefinition => {
        const base = { name: row.name, desc: row.desc, ...(row.aliases ? { aliases: row.aliases } : {}) };
        if (row.key === "weekStart") {
          return { ...base, control: { type: "dropdown", key: row.key, options: Object.fromEntries(WEEKDAYS.map((day) => [day, capitalise(day)])) } };
        }
        return {
          ...base,
          control: {
            type: "text",
            key: row.key,
            placeholder: row.placeholder,
            validate: (value: string) => {
              const result = checkSetting(row.key, value);
              return result.ok ? undefined : result.problem;
            },
          },
        };
      }),
    }));
  }

  override getControlValue(key: string): unknown {
    return settingText(this.#host.settings, key as Key);
  }

  override setControlValue(key: string, value: unknown): void {
    this.apply(key as Key, String(value));
  }

  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    const s = this.#host.settings;
    for (const { heading, rows } of GROUPS) {
      new Setting(containerEl).setName(heading).setHeading();
      for (const row of rows) {
        if (row.key === "weekStart") this.#weekStart(row, s);
        else this.#text(row.key, row.name, row.desc, settingText(s, row.key), row.placeholder);
      }
    }
  }

  #weekStart(row: Row, s: Settings): void {
    new Setting(this.containerEl)
      .setName(row.name)
      .setDesc(row.desc)
      .addDropdown((dropdown) => {
        for (const day of WEEKDAYS) dropdown.addOption(day, capitalise(day));
        dropdown.setValue(s.weekStart).onChange((value) => {
          this.apply("weekStart", value);
          this.#save.run();
        });
        dropdown.selectEl.addClass("network-goals-setting-weekStart");
      });
  }

  override hide(): void {
    this.#save.run();
    super.hide();
  }

  #text(key: Key, name: string, desc: string, value: string, placeholder: string): void {
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
    (this.#host.settings as Record<Key, unknown>)[key] = result.value;
    this.#save();
    if (key.endsWith("Template") && templateFile(this.app, String(result.value)) === undefined) {
      return { ...result, warning: `No note ${templatePaths(String(result.value))[0] ?? ""} yet; new notes are created without a template until it exists.` };
    }
    return result;
  }
}
