// Settings as stored in data.json are read key by key: defaults as docs/commands-and-settings.md lists them,
// each invalid value falls back alone (with a warning), unknown keys are dropped.
import { describe, expect, test } from "vitest";
import { DEFAULT_SETTINGS, readSettings } from "../../src/model/settings";

describe("settings", () => {
  test("the defaults are the documented ones", () => {
    expect(DEFAULT_SETTINGS).toEqual({
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
    });
  });

  test("a bad value falls back alone, with a warning; unknown keys are dropped", () => {
    const read = readSettings({ snoozeDays: 0, weekStart: "sunday", upcomingDays: 2.5, contactFolders: ["CRM"], theme: "dark", exportFolder: undefined });
    expect(read.settings).toEqual({ ...DEFAULT_SETTINGS, weekStart: "sunday", contactFolders: ["CRM"] });
    expect(read.warnings).toEqual([
      "setting upcomingDays is invalid (2.5); using the default",
      "setting snoozeDays is invalid (0); using the default",
    ]);
  });

  test("stored settings that are not an object are the defaults", () => {
    expect(readSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, warnings: [] });
    expect(readSettings([1])).toEqual({ settings: DEFAULT_SETTINGS, warnings: ["settings are not an object; using the defaults"] });
  });
});
