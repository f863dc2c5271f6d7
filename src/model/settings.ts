// The plugin's settings: each one's zod schema validates what is loaded and typed; the defaults beside them.
// `import * as z` (not `{ z }`) lets esbuild tree-shake zod: 12 KB instead of 420 KB in main.js.
import * as z from "zod/mini";

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** model/calendar.ts's LONGEST_SPAN.days (100 years), written here because calendar.ts imports this module. */
export const LONGEST_DAYS = 36_525;

const folderList = z.array(z.string());
/** A window of days added to today: at most LONGEST_DAYS, so the result stays a readable date. */
const windowDays = z.int().check(z.nonnegative(), z.lte(LONGEST_DAYS));

/**
 * Each setting's schema. Settings are read key by key (one bad value never resets the rest), so they are a record
 * of schemas, not a z.object (3 KB of zod in main.js), and their defaults a plain object beside it (z._default
 * would be 1 KB more).
 */
export const SETTING_SCHEMAS = {
  contactFolders: folderList,
  interactionFolders: folderList,
  /** A duration (SPEC §2.2) or `none`. */
  defaultCadence: z.string(),
  upcomingDays: windowDays,
  /** Birthdays this many days ahead are shown (SPEC §3.8). */
  birthdayWindowDays: windowDays,
  /** One of the days' names (z.literal of the list: the same check as z.enum, in 250 B less of main.js). */
  weekStart: z.literal(WEEKDAYS),
  snoozeDays: z.int().check(z.positive(), z.lte(LONGEST_DAYS)),
  newContactFolder: z.string(),
  newInteractionFolder: z.string(),
  /** Where imported contacts go (SPEC §4, §6). */
  importFolder: z.string(),
  /** Where the plugin's CSV and calendar exports go. */
  exportFolder: z.string(),
  /** Where "Create quarterly review" writes its notes. */
  reviewsFolder: z.string(),
  contactTemplate: z.string(),
  interactionTemplate: z.string(),
  reviewTemplate: z.string(),
};

export type Settings = { [K in keyof typeof SETTING_SCHEMAS]: z.infer<(typeof SETTING_SCHEMAS)[K]> };

/** Each setting until the user sets it (docs/commands-and-settings.md lists them); `""` is the vault root, or none. */
export const DEFAULT_SETTINGS: Settings = {
  contactFolders: ["People"],
  interactionFolders: ["Meetings"],
  defaultCadence: "90d",
  upcomingDays: 7,
  birthdayWindowDays: 14,
  weekStart: "monday",
  snoozeDays: 7,
  newContactFolder: "People",
  newInteractionFolder: "Meetings",
  importFolder: "People",
  exportFolder: "",
  reviewsFolder: "Reviews",
  contactTemplate: "",
  interactionTemplate: "",
  reviewTemplate: "",
};

type Key = keyof Settings;
const KEYS = Object.keys(SETTING_SCHEMAS) as Key[];

export interface SettingsResult {
  settings: Settings;
  /** One line per setting that was invalid and fell back to its default. */
  warnings: string[];
}

/**
 * Reads stored settings: unknown keys are dropped, each invalid key falls back to its default
 * (and is reported), so one bad value never resets the rest.
 */
export function readSettings(stored: unknown): SettingsResult {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const warnings: string[] = [];
  if (stored === null || stored === undefined) return { settings, warnings };
  if (typeof stored !== "object" || Array.isArray(stored)) {
    return { settings, warnings: ["settings are not an object; using the defaults"] };
  }
  const record = stored as Record<string, unknown>;
  for (const key of KEYS) {
    if (!(key in record) || record[key] === undefined) continue;
    const parsed = SETTING_SCHEMAS[key].safeParse(record[key]);
    if (parsed.success) {
      (settings as Record<string, unknown>)[key] = parsed.data;
    } else {
      warnings.push(`setting ${key} is invalid (${JSON.stringify(record[key])}); using the default`);
    }
  }
  return { settings, warnings };
}
