import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readCadence } from "../../src/parse/durations";
import { BOTH, yamlValue } from "./yaml";

const d = (amount: number) => ({ amount, unit: "day" });
const w = (amount: number) => ({ amount, unit: "week" });
const m = (amount: number) => ({ amount, unit: "month" });
const y = (amount: number) => ({ amount, unit: "year" });

describe("readCadence", () => {
  it.each([
    ["90", d(90)], ["90d", d(90)], ["90 days", d(90)], ["1 day", d(1)],
    ["2w", w(2)], ["2 weeks", w(2)], ["1 week", w(1)], ["3wk", w(3)], ["wk", w(1)],
    ["3m", m(3)], ["3 months", m(3)], ["6mo", m(6)], ["mo", m(1)], ["1 month", m(1)],
    ["1q", m(3)], ["2 quarters", m(6)],
    ["1y", y(1)], ["2 years", y(2)], ["yr", y(1)], ["1yr", y(1)],
    ["weekly", w(1)], ["biweekly", w(2)], ["Bi-weekly", w(2)], ["fortnightly", w(2)],
    ["monthly", m(1)], ["Quarterly", m(3)], ["semiannually", m(6)], ["semi-annually", m(6)],
    ["twice a year", m(6)], ["Twice a Year", m(6)], ["yearly", y(1)], ["annually", y(1)],
    ["  2W  ", w(2)], ["90D", d(90)],
  ])("%s", (text, expected) => {
    expect(readCadence(text)).toEqual({ ok: true, value: expected });
  });

  it.each(["none", "never", "off", "None", " NEVER "])("%s means do not remind me", (text) => {
    expect(readCadence(text)).toEqual({ ok: true, value: null });
  });

  describe.each(BOTH)("from frontmatter, %s", (_name, parse) => {
    it("an unquoted number is days", () => {
      expect(readCadence(yamlValue(parse, "cadence: 30"))).toEqual({ ok: true, value: d(30) });
    });
    it("an unquoted off is none (YAML 1.1 reads it as false)", () => {
      expect(readCadence(yamlValue(parse, "cadence: off"))).toEqual({ ok: true, value: null });
    });
  });

  it("explains a word that is not a duration", () => {
    expect(readCadence("sometimes")).toEqual({
      ok: false,
      error: "'sometimes' is not a duration such as 30d, 2w or monthly",
    });
  });

  it.each([0, -5, 2.5, "0", "-3d", "0w", "2.5w", "3 fortnights", "", true, {}, [1, 2]])("%j is a problem", (value) => {
    expect(readCadence(value).ok).toBe(false);
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string()), (value) => {
        const read = readCadence(value);
        if (read.ok && read.value) expect(read.value.amount).toBeGreaterThan(0);
      }),
    );
  });
});
