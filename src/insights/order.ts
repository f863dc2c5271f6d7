// Shared orderings and small text helpers for the insight lists, so every list sorts people the same way.
import type { LocalDate } from "../model/types";
import { rememberedByText } from "../parse/fields";

/** Printable ASCII only: text that NFC and NFD leave as it is (nearly every name), so no normalising is needed. */
export const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * A name as it sorts: case and accents aside (`Émile` with `emile`). Plain code-unit order on this key
 * is the same on every machine and locale, so the CLI and the plugin list people identically, and it
 * is computed once per row rather than per comparison (Intl.Collator took ~15 µs a comparison).
 */
export function nameKey(name: string): string {
  // Most names are plain ASCII; skipping normalize() for them halves the cost of sorting a long list.
  if (PLAIN_ASCII.test(name)) return name.toLowerCase();
  return name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

export function compareNames(a: { name: string; path: string }, b: { name: string; path: string }): number {
  return comparePaths(nameKey(a.name), nameKey(b.name)) || comparePaths(a.path, b.path);
}

type SortKey = readonly (string | number)[];

/** Sorts by a key computed once per item; keys compare element by element (strings by code unit). */
export function sortByKey<T>(items: T[], keyOf: (item: T) => SortKey): T[] {
  const keyed = items.map((item) => ({ item, key: keyOf(item) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const x = a.key[i];
      const y = b.key[i];
      if (x === y || x === undefined || y === undefined) continue;
      return x < y ? -1 : 1;
    }
    return 0;
  });
  return keyed.map((k) => k.item);
}

/** Paths compare by code unit, as the index orders notes. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/** "30 June", with the year only when it is not this year's: short in the UI, never ambiguous. */
export function dayInWords(date: LocalDate, today: LocalDate): string {
  const [year, month, day] = date.split("-");
  const words = `${Number(day)} ${monthName(Number(month))}`;
  return year === today.slice(0, 4) ? words : `${words} ${year}`;
}

/**
 * A company as a comparable key: `[[Companies/Acme|Acme Corp]]`, `Acme.md` and `acme` all read as `acme`,
 * because users link companies as often as they type them.
 */
export function companyKey(company: string): string {
  // Remembered: a vault names the same few hundred companies in thousands of notes and filters.
  return companyKeyRemembered(company);
}

function companyKeyOf(company: string): string {
  const text = company.trim();
  const link = /^\[\[([^\]]*)\]\]$/.exec(text);
  if (!link) return text.replace(/\.md$/i, "").toLowerCase();
  const target = (link[1] ?? "").split("|")[0]?.split("#")[0] ?? "";
  const segments = target.split("/");
  return (segments[segments.length - 1] ?? "").replace(/\.md$/i, "").trim().toLowerCase();
}

const companyKeyRemembered = rememberedByText(companyKeyOf, 10_000);
