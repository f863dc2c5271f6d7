// The keys that names and companies compare and sort by, once for the index, the insights and the blocks.
import { basenameOf } from "../model/paths";
import { rememberedByText } from "./fields";

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

function readCompanyKey(company: string): string {
  const text = company.trim();
  const link = /^\[\[([^\]]*)\]\]$/.exec(text);
  if (!link) return text.replace(/\.md$/i, "").toLowerCase();
  const target = (link[1] ?? "").split("|")[0]?.split("#")[0] ?? "";
  return basenameOf(target).trim().toLowerCase();
}

/**
 * A company as a comparable key: `[[Companies/Acme|Acme Corp]]`, `Acme.md` and `acme` all read as `acme`,
 * because users link companies as often as they type them. Remembered: a vault names the same few hundred
 * companies in thousands of notes and filters.
 */
export const companyKey: (company: string) => string = rememberedByText(readCompanyKey, 10_000);
