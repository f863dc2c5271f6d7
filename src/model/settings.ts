// The plugin's settings: each setting's zod schema holds its default and validates what is loaded.
// `import * as z` (not `{ z }`) lets esbuild tree-shake zod: 12 KB instead of 420 KB in main.js.
import * as z from "zod/mini";

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
export type Weekday = (typeof WEEKDAYS)[number];


/** model/calendar.ts's LONGEST_SPAN.days (100 years), written here because calendar.ts imports this module. */
export const LONGEST_DAYS = 36_525;

const folderList = z.array(z.string());
/** A window of days added to today: at most LONGEST_DAYS, so the result stays a readable date. */
const windowDays = z.number().check(z.int(), z.nonnegative(), z.lte(LONGEST_DAYS));

/**
 * Each setting's schema. Settings are read key by key (one bad value never resets the rest), so they are a record
 * of schemas, not a z.object, which would add its own 3 KB to main.js.
 */
export const SETTING_SCHEMAS = {
  contactFolders: z._default(folderList, ["People"]),
  interactionFolders: z._default(folderList, ["Meetings"]),
  /** A duration (SPEC §2.2) or `none`. */
  defaultCadence: z._default(z.string(), "90d"),
  upcomingDays: z._default(windowDays, 7),
  /** Birthdays this many days ahead are shown (SPEC §3.8). */
  birthdayWindowDays: z._default(windowDays, 14),
  weekStart: z._default(z.enum(WEEKDAYS), "monday"),
  snoozeDays: z._default(z.number().check(z.int(), z.positive(), z.lte(LONGEST_DAYS)), 7),
  newContactFolder: z._default(z.string(), "People"),
  newInteractionFolder: z._default(z.string(), "Meetings"),
  /** Where imported contacts go (SPEC §4, §6). */
  importFolder: z._default(z.string(), "People"),
  /** Where the plugin's CSV and calendar exports go; `""` is the vault root. */
  exportFolder: z._default(z.string(), ""),
  /** Where "Create quarterly review" writes its notes. */
  reviewsFolder: z._default(z.string(), "Reviews"),
  contactTemplate: z._default(z.string(), ""),
  interactionTemplate: z._default(z.string(), ""),
  reviewTemplate: z._default(z.string(), ""),
};

export type Settings = { [K in keyof typeof SETTING_SCHEMAS]: z.infer<(typeof SETTING_SCHEMAS)[K]> };

type Key = keyof Settings;
const KEYS = Object.keys(SETTING_SCHEMAS) as Key[];

export const DEFAULT_SETTINGS = Object.fromEntries(KEYS.map((key) => [key, SETTING_SCHEMAS[key].parse(undefined)])) as Settings;

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
