// Reading keep-in-touch cadences (SPEC §2.2): `90d`, `2 weeks`, `3m`, `1q`, `monthly`, `none`.
import type { Cadence, Duration, DurationUnit } from "../model/types";
import { describeValue, fail, ok } from "./fields";
import type { Read } from "./fields";
import { LONGEST_SPAN } from "../model/calendar";
import { wordTable } from "../model/words";

const EXAMPLE = "a duration such as 30d, 2w or monthly";

const DAYS = ["day", 1] as const;
const WEEKS = ["week", 1] as const;
const MONTHS = ["month", 1] as const;
const QUARTERS = ["month", 3] as const;
const YEARS = ["year", 1] as const;

/** Unit words, each with the amount of that unit it stands for (a quarter is 3 months). */
const UNITS = wordTable<readonly [DurationUnit, number]>({
  d: DAYS, day: DAYS, days: DAYS,
  w: WEEKS, wk: WEEKS, wks: WEEKS, week: WEEKS, weeks: WEEKS,
  m: MONTHS, mo: MONTHS, mos: MONTHS, month: MONTHS, months: MONTHS,
  q: QUARTERS, quarter: QUARTERS, quarters: QUARTERS,
  y: YEARS, yr: YEARS, yrs: YEARS, year: YEARS, years: YEARS,
});

const every = (amount: number, unit: DurationUnit): Duration => ({ amount, unit });

/** Keyed without spaces, so `twice a year` and `bi weekly` are found as written. */
const WORDS = wordTable<Duration>({
  daily: every(1, "day"),
  weekly: every(1, "week"),
  biweekly: every(2, "week"),
  fortnightly: every(2, "week"),
  monthly: every(1, "month"),
  bimonthly: every(2, "month"),
  quarterly: every(3, "month"),
  semiannually: every(6, "month"),
  semiannual: every(6, "month"),
  twiceayear: every(6, "month"),
  yearly: every(1, "year"),
  annually: every(1, "year"),
  annual: every(1, "year"),
});

const OFF = new Set(["none", "never", "off", "no"]);
const AMOUNT_UNIT = /^(-?\d+(?:\.\d+)?)\s*([a-z]*)$/;

function readCadenceText(raw: string): Read<Cadence> {
  // `semi-annually`, `bi_weekly`, `Twice a year`: case, separators and spacing do not matter.
  const text = raw.trim().toLowerCase().replace(/[\s_]+/g, " ").replace(/([a-z])-(?=[a-z])/g, "$1");
  if (OFF.has(text)) return ok(null);
  const word = WORDS.get(text.replace(/ /g, ""));
  if (word) return ok({ ...word });
  const m = AMOUNT_UNIT.exec(text) ?? (UNITS.has(text) ? ["", "1", text] : null);
  const unit = m ? (m[2] === "" || m[2] === undefined ? DAYS : UNITS.get(m[2])) : undefined;
  if (!m || !unit) return fail(`'${raw.trim()}' is not ${EXAMPLE}`);
  const amount = Number(m[1]);
  if (!Number.isInteger(amount)) return fail(`'${raw.trim()}' is not a whole number of ${unit[0]}s`);
  if (amount <= 0) return fail(`'${raw.trim()}' must be at least one ${unit[0]}`);
  return bounded({ amount: amount * unit[1], unit: unit[0] }, `'${raw.trim()}'`);
}

/** Days in each unit, for the bound only (months and years are calendar months everywhere else). */
const SPAN_DAYS: Record<DurationUnit, number> = { day: 1, week: 7, month: LONGEST_SPAN.days / LONGEST_SPAN.months, year: LONGEST_SPAN.days / LONGEST_SPAN.years };

/** A duration no longer than LONGEST_SPAN (100 years): longer ones are a problem, never a date past the range. */
function bounded(duration: Duration, written: string): Read<Cadence> {
  if (duration.amount * SPAN_DAYS[duration.unit] > LONGEST_SPAN.days) {
    return fail(`${written} is longer than ${LONGEST_SPAN.years} years, the longest cadence read`);
  }
  return ok(duration);
}

/**
 * A cadence from a frontmatter value; `null` means "do not remind me". YAML 1.1 parsers read an
 * unquoted `off`/`no` as false, so `false` is read as none too.
 */
export function readCadence(value: unknown): Read<Cadence> {
  if (typeof value === "string") return readCadenceText(value);
  if (typeof value === "number") {
    if (!Number.isInteger(value)) return fail(`${value} is not a whole number of days`);
    return value > 0 ? bounded({ amount: value, unit: "day" }, String(value)) : fail(`${value} must be at least one day`);
  }
  if (value === false) return ok(null);
  if (Array.isArray(value) && value.length === 1 && !Array.isArray(value[0])) return readCadence(value[0]);
  return fail(`is ${describeValue(value)}, not ${EXAMPLE}`);
}
