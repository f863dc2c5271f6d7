// Birthdays (SPEC §3.8) over contact notes as users write them: full dates, --MM-DD and MM-DD, 29 February.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { load, CORE_SCHEMA } from "js-yaml";
import { NetworkIndex } from "../../src/index/network-index";
import { LiveReport } from "../../src/insights/live-report";
import { nextBirthday } from "../../src/insights/birthdays";
import { birthdaysAhead } from "../oracle/spec";
import { reportToJson } from "../../src/insights/report";
import { dayNumber, fromDayNumber, plusDays } from "../../src/model/calendar";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { md, noteInput } from "../parse/notes";

const parseYaml = (text: string): unknown => load(text, { schema: CORE_SCHEMA });

function vault(notes: Record<string, string>): NetworkIndex {
  const index = new NetworkIndex(DEFAULT_SETTINGS, parseYaml);
  index.upsertAll(Object.entries(notes).map(([path, text]) => noteInput(path, text, parseYaml)));
  return index;
}

const NOTES = {
  "People/Bob Li.md": md("name: Bob Li\nbirthday: 1985-11-26"),
  "People/Elif Yilmaz.md": md("bday: 12-01"),
  "People/Dana Whitfield.md": md("birth_date: --11-22"),
  "People/Old Friend.md": md("status: archived\nbirthday: 1980-11-23"),
  "People/Target Person.md": md("status: target\nbirthday: 1990-11-24"),
  "People/Far Away.md": md("birthday: 1970-12-25"),
  "People/Ana.md": md("birthday: 1991-11-26"),
};

describe("upcoming birthdays", () => {
  const index = vault(NOTES);
  const rows = new LiveReport(index).report("2026-11-22", DEFAULT_SETTINGS).birthdays;

  it("lists the birthdays of the next 14 days, today included, soonest first then by name", () => {
    expect(rows.map((r) => [r.name, r.date, r.inDays, r.turns])).toEqual([
      ["Dana Whitfield", "2026-11-22", 0, null],
      ["Target Person", "2026-11-24", 2, 36],
      ["Ana", "2026-11-26", 4, 35],
      ["Bob Li", "2026-11-26", 4, 41],
      ["Elif Yilmaz", "2026-12-01", 9, null],
    ]);
  });

  it("leaves out archived contacts and birthdays past the window", () => {
    const names = rows.map((r) => r.name);
    expect(names).not.toContain("Old Friend");
    expect(names).not.toContain("Far Away");
  });

  it("honours the birthdayWindowDays setting, and 0 means today only", () => {
    const live = new LiveReport(index);
    expect(live.report("2026-11-22", { ...DEFAULT_SETTINGS, birthdayWindowDays: 0 }).birthdays.map((r) => r.name)).toEqual(["Dana Whitfield"]);
    expect(new LiveReport(index).report("2026-11-22", { ...DEFAULT_SETTINGS, birthdayWindowDays: 40 }).birthdays.map((r) => r.name)).toContain("Far Away");
  });

  it("is in the report JSON with the keys of SPEC §5", () => {
    const json = reportToJson(new LiveReport(index).report("2026-11-22", DEFAULT_SETTINGS));
    expect(json.birthdays[3]).toEqual({ contact: "People/Bob Li.md", name: "Bob Li", date: "2026-11-26", inDays: 4, turns: 41 });
  });

  it("follows an edit of a contact's birthday", () => {
    const live = new LiveReport(index);
    live.report("2026-11-22", DEFAULT_SETTINGS);
    index.upsert(noteInput("People/Far Away.md", md("birthday: 1970-11-23"), parseYaml));
    expect(live.report("2026-11-22", DEFAULT_SETTINGS).birthdays.map((r) => r.name)).toContain("Far Away");
    index.remove("People/Bob Li.md");
    expect(live.report("2026-11-22", DEFAULT_SETTINGS).birthdays.map((r) => r.name)).not.toContain("Bob Li");
  });
});

describe("29 February", () => {
  const leapling = { month: 2, day: 29, year: 2000 };

  it("falls on 28 February in other years, and on 29 February in leap years", () => {
    expect(nextBirthday(leapling, "2027-02-01")).toEqual({ date: "2027-02-28", inDays: 27, turns: 27 });
    expect(nextBirthday(leapling, "2028-02-01")).toEqual({ date: "2028-02-29", inDays: 28, turns: 28 });
    // The day after 28 February of a common year: the next one is a year on.
    expect(nextBirthday(leapling, "2027-03-01").date).toBe("2028-02-29");
  });

  it("is read from a note written without a year", () => {
    const index = vault({ "People/Leap.md": md('birthday: "--02-29"') });
    expect(new LiveReport(index).report("2027-02-20", DEFAULT_SETTINGS).birthdays).toEqual([
      { contact: "People/Leap.md", name: "Leap", date: "2027-02-28", inDays: 8, turns: null },
    ]);
  });
});

describe("next birthday", () => {
  it("is the first day on or after today with the birthday's month and day (the plain definition, day by day)", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber("1990-01-01"), max: dayNumber("2100-12-31") }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (todayDay, month, day) => {
        const today = fromDayNumber(todayDay);
        // Only days that exist in some year (29 February does, 31 April does not).
        if (day > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!) return;
        const got = nextBirthday({ month, day }, today);
        // Walk day by day: the first day that is the birthday, or 28 February of a common year for 29 February.
        let n = 0;
        for (; n <= 366; n++) {
          const d = plusDays(today, n);
          const [y, m, dd] = d.split("-").map(Number) as [number, number, number];
          const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
          if (m === month && dd === day) break;
          if (month === 2 && day === 29 && !leap && m === 2 && dd === 28) break;
        }
        expect(got.inDays).toBe(n);
        expect(got.date).toBe(plusDays(today, n));
      }),
    );
  });

  it("agrees with the plain reading of SPEC §3.8", () => {
    const index = vault(NOTES);
    for (const today of ["2026-11-22", "2026-12-31", "2027-02-28"]) {
      expect(new LiveReport(index).report(today, DEFAULT_SETTINGS).birthdaysAhead).toEqual(birthdaysAhead(index, today));
    }
  });
});

describe("the birthdayWindowDays setting", () => {
  it("defaults to 14 and falls back to it, with a warning, when stored wrong", async () => {
    const { readSettings } = await import("../../src/model/settings");
    expect(readSettings({}).settings.birthdayWindowDays).toBe(14);
    expect(readSettings({ birthdayWindowDays: 30 }).settings.birthdayWindowDays).toBe(30);
    for (const bad of [-1, 2.5, "soon", 40_000]) {
      const read = readSettings({ birthdayWindowDays: bad });
      expect(read.settings.birthdayWindowDays).toBe(14);
      expect(read.warnings[0]).toContain("birthdayWindowDays");
    }
  });
});
