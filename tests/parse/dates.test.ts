import { describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { readBirthday, readDate } from "../../src/parse/dates";
import { BOTH, yamlValue } from "./yaml";

describe("readDate", () => {
  describe.each(BOTH)("from frontmatter, %s", (_name, parse) => {
    it.each([
      ["date: 2026-03-02", "2026-03-02"],
      ["date: '2026-03-02'", "2026-03-02"],
      ["date: 2026-03-02T14:30", "2026-03-02"],
      ["date: 2026-03-02 14:30", "2026-03-02"],
      ["date: 2026-03-02T14:30:15", "2026-03-02"],
      ["date: 2026-03-02T14:30:15.250Z", "2026-03-02"],
      ["date: 2026-03-02T14:30:00+02:00", "2026-03-02"],
      ["date: 2026-03-02 09:05:00 -05:00", "2026-03-02"],
      ['date: "[[2026-03-02]]"', "2026-03-02"],
      ["date: [[2026-03-02]]", "2026-03-02"],
      ['date: "[[Journal/2026-03-02|Monday]]"', "2026-03-02"],
      ["date: 2024-02-29", "2024-02-29"],
    ])("%s is %s", (line, expected) => {
      expect(readDate(yamlValue(parse, line))).toEqual({ ok: true, value: expected });
    });

    it.each(["date: 2026-02-30", "date: soon", "date: 03/02/2026", "date: 20260302", "date: true", "date: {y: 2026}", "date: 2026-03-02T25:00"])(
      "%s is a problem",
      (line) => {
        const read = readDate(yamlValue(parse, line));
        expect(read.ok).toBe(false);
      },
    );
  });

  it("reads a Date at UTC midnight by its UTC parts, so it is the same day in every time zone", () => {
    // 2 March at UTC midnight is still 1 March in New York; the local parts would be wrong there.
    expect(readDate(new Date(Date.UTC(2026, 2, 2)))).toEqual({ ok: true, value: "2026-03-02" });
    expect(readDate(new Date(Date.UTC(2026, 0, 1)))).toEqual({ ok: true, value: "2026-01-01" });
  });

  it("never looks at a Date's local parts, which differ from the written date west of UTC", () => {
    // Pretend the process runs in New York: the local getters say 1 March 19:00.
    const spies = [
      vi.spyOn(Date.prototype, "getDate").mockReturnValue(1),
      vi.spyOn(Date.prototype, "getMonth").mockReturnValue(2),
      vi.spyOn(Date.prototype, "getFullYear").mockReturnValue(2026),
    ];
    try {
      expect(readDate(new Date(Date.UTC(2026, 2, 2)))).toEqual({ ok: true, value: "2026-03-02" });
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
  });

  it("reads a Date from a timestamp by its UTC date", () => {
    expect(readDate(new Date(Date.UTC(2026, 2, 2, 23, 59)))).toEqual({ ok: true, value: "2026-03-02" });
  });

  it("says what is wrong in words", () => {
    expect(readDate("soon")).toEqual({ ok: false, error: "'soon' is not a date such as 2026-03-02" });
    expect(readDate("2026-02-30")).toEqual({ ok: false, error: "'2026-02-30' is not a real calendar date" });
    expect(readDate(20260302)).toEqual({ ok: false, error: "20260302 is a number, not a date such as 2026-03-02" });
    expect(readDate(new Date(Number.NaN)).ok).toBe(false);
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withMap: true, withSet: true }), (value) => {
        const read = readDate(value);
        expect(typeof read.ok).toBe("boolean");
        if (read.ok) expect(read.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });
});

describe("readBirthday", () => {
  it.each([
    ["--04-17", { month: 4, day: 17 }],
    ["04-17", { month: 4, day: 17 }],
    ["4-7", { month: 4, day: 7 }],
    ["--02-29", { month: 2, day: 29 }],
    ["1990-04-17", { year: 1990, month: 4, day: 17 }],
  ])("%s", (text, expected) => {
    expect(readBirthday(text)).toEqual({ ok: true, value: expected });
  });

  it.each(BOTH)("reads an unquoted full date with the %s", (_name, parse) => {
    expect(readBirthday(yamlValue(parse, "birthday: 1985-12-01"))).toEqual({
      ok: true,
      value: { year: 1985, month: 12, day: 1 },
    });
  });

  it.each(["--13-01", "02-30", "April 17", "1990-02-29"])("%s is a problem", (text) => {
    expect(readBirthday(text).ok).toBe(false);
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.anything({ withDate: true }), (value) => typeof readBirthday(value).ok === "boolean"));
  });
});
