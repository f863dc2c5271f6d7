// Shared orderings and small text helpers for the insight lists, so every list sorts people the same way.
import type { LocalDate } from "../model/types";

/** Names sort as a reader expects (case and accents aside); a fixed locale keeps CLI and plugin output identical. */
const nameCollator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

export function compareNames(a: { name: string; path: string }, b: { name: string; path: string }): number {
  return nameCollator.compare(a.name, b.name) || comparePaths(a.path, b.path);
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

/** Kinds compare case-insensitively with spaces and underscores read as hyphens (SPEC §3.4). */
export function normaliseKind(kind: string): string {
  return kind.trim().toLowerCase().replace(/[\s_]+/g, "-");
}

/**
 * A company as a comparable key: `[[Companies/Acme|Acme Corp]]`, `Acme.md` and `acme` all read as `acme`,
 * because users link companies as often as they type them.
 */
export function companyKey(company: string): string {
  const text = company.trim();
  const link = /^\[\[([^\]]*)\]\]$/.exec(text);
  if (!link) return text.replace(/\.md$/i, "").toLowerCase();
  const target = (link[1] ?? "").split("|")[0]?.split("#")[0] ?? "";
  const segments = target.split("/");
  return (segments[segments.length - 1] ?? "").replace(/\.md$/i, "").trim().toLowerCase();
}
