// Reading dates and birthdays as users write them (SPEC §2.1): text, YAML Date objects, daily-note links.
import type { Birthday, LocalDate } from "../model/types";
import { OUT_OF_RANGE, makeDate, outOfRange, parseLocalDate } from "../model/calendar";
import { describeValue, fail, nestedLinkText, ok, rememberedByText, rememberText, utcDateText } from "./fields";
import type { Read } from "./fields";
import { linkTarget } from "./links";

/** Date, then optionally a time (`T` or space), seconds, fraction, and `Z` or an offset. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const EXAMPLE = "a date such as 2026-03-02";

/**
 * `parseLocalDate`, remembered: a vault repeats the same few thousand days, and the check builds a Date each
 * time.
 */
export const calendarDate: (text: string) => LocalDate | null = rememberedByText(parseLocalDate, 20_000);

/** Exactly `dddd-dd-dd`, the way nearly every date is written: no time, no link, no regex needed. */
function isDayShaped(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  for (const i of DIGIT_AT) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
const DIGIT_AT = [0, 1, 2, 3, 5, 6, 8, 9];

function readDateText(raw: string): Read<LocalDate> {
  let text = raw.trim();
  if (isDayShaped(text)) {
    const date = calendarDate(text);
    return date ? ok(date) : notADay(text, text);
  }
  if (text.startsWith("[[") || text.startsWith("![[") || /^\[[^\]]*\]\(/.test(text)) {
    // A link to a daily note: its file name is the date, whatever folder it sits in.
    const target = linkTarget(text).replace(/\.md$/i, "");
    text = target.slice(target.lastIndexOf("/") + 1).trim();
  }
  const m = DATE_TIME.exec(text);
  if (!m || m[1] === undefined) return fail(`'${raw.trim()}' is not ${EXAMPLE}`);
  if (m[2] !== undefined && (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59)) {
    return fail(`'${raw.trim()}' has an impossible time of day`);
  }
  const date = calendarDate(m[1]);
  return date ? ok(date) : notADay(m[1], raw.trim());
}

/** Why a date-shaped `day` is not read: its year is out of range, or the day does not exist. */
function notADay(day: string, written: string): Read<never> {
  return fail(outOfRange(day) ? `'${written}' is ${OUT_OF_RANGE}` : `'${written}' is not a real calendar date`);
}

const readDateTextRemembered = rememberText((value) => readDateText(value as string));

/**
 * A calendar date from a frontmatter value.
 *
 * A Date object comes from a YAML parser with a timestamp type (gray-matter, js-yaml's YAML 1.1
 * schema): `2026-03-02` becomes UTC midnight, so its UTC parts are the date written, in every time
 * zone, while its local parts would be 1 March west of UTC. A Date not at UTC midnight came from a
 * date-time with an offset, which the parser has already converted to UTC and thrown away; the UTC
 * date is then the best reading left (hosts that keep dates as text, like Obsidian, never hit this).
 */
export function readDate(value: unknown): Read<LocalDate> {
  if (typeof value === "string") return readDateTextRemembered(value);
  if (value instanceof Date) {
    const text = utcDateText(value);
    if (text) return ok(text);
    return fail(Number.isNaN(value.getTime()) ? `is an invalid date-time; expected ${EXAMPLE}` : `is ${OUT_OF_RANGE}`);
  }
  const link = nestedLinkText(value);
  if (link !== undefined) return readDateText(`[[${link}]]`);
  if (Array.isArray(value) && value.length === 1 && !Array.isArray(value[0])) return readDate(value[0]);
  if (typeof value === "number") return fail(`${value} is a number, not ${EXAMPLE}`);
  return fail(`is ${describeValue(value)}, not ${EXAMPLE}`);
}

const YEARLESS = /^-{0,2}(\d{1,2})-(\d{1,2})$/;

/** A birthday: `--MM-DD` (vCard), `MM-DD`, or any full date `readDate` accepts. */
export function readBirthday(value: unknown): Read<Birthday> {
  if (typeof value === "string") {
    const m = YEARLESS.exec(value.trim());
    if (m) {
      const month = Number(m[1]);
      const day = Number(m[2]);
      // 2000 is a leap year, so 29 February is a real birthday without a year.
      return makeDate(2000, month, day)
        ? ok({ month, day })
        : fail(`'${value.trim()}' is not a real day of the year`);
    }
  }
  const full = readDate(value);
  if (!full.ok) {
    return typeof value === "string"
      ? fail(`'${value.trim()}' is not a birthday such as 1990-04-17, --04-17 or 04-17`)
      : full;
  }
  const [year, month, day] = full.value.split("-").map(Number);
  return ok({ year: year ?? 0, month: month ?? 1, day: day ?? 1 });
}
