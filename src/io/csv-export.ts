// Contacts as a CSV file any spreadsheet opens (SPEC §6): RFC 4180 (CRLF, quotes doubled), UTF-8 with a
// byte-order mark so Excel reads accents, and formula-safe cells: one that begins with `=`, `+`, `-`, `@`, a tab
// or a carriage return gets a leading `'`, so no spreadsheet runs what a note says.
import type { Birthday, Cadence, Contact, LocalDate } from "../model/types";

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-safe, quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as RFC 4180 text: CRLF after every row. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",") + "\r\n").join("");
}

function cadenceText(cadence: Cadence | undefined): string {
  if (cadence === undefined) return "";
  if (cadence === null) return "none";
  return `${cadence.amount} ${cadence.unit}${cadence.amount === 1 ? "" : "s"}`;
}

function birthdayText(birthday: Birthday | undefined): string {
  if (!birthday) return "";
  const md = `${String(birthday.month).padStart(2, "0")}-${String(birthday.day).padStart(2, "0")}`;
  // `MM-DD` without a year (SPEC §1.1): `--MM-DD` would begin with `-` and get the formula guard's `'`.
  return birthday.year === undefined ? md : `${String(birthday.year).padStart(4, "0")}-${md}`;
}

export const CSV_HEADER = [
  "Name", "Note", "Status", "Company", "Role", "Level", "Tags", "E-mail", "Phone", "LinkedIn",
  "First met", "Met at", "Introduced by", "Cadence", "Last contact", "Birthday", "Purpose", "Offer",
] as const;

/**
 * The CSV of contacts, one row each in the order given, with a header. `lastContact` is each contact's last
 * contact as the engine computes it (SPEC §3.1), given by the caller.
 */
export function contactsCsv(contacts: Iterable<Contact>, lastContact: (path: string) => LocalDate | undefined): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const c of contacts) {
    rows.push([
      c.name, c.path, c.status, c.company ?? "", c.role ?? "", c.level ?? "", c.tags.join(", "), c.email ?? "", c.phone ?? "",
      c.linkedin ?? "", c.met ?? "", c.metAt ?? "", c.introducedBy ?? "", cadenceText(c.cadence), lastContact(c.path) ?? "",
      birthdayText(c.birthday), c.purpose ?? "", c.offer ?? "",
    ]);
  }
  return `\ufeff${csvText(rows)}`;
}
