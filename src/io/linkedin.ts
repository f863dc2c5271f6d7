// LinkedIn's Connections.csv, exactly as its data export writes it (SPEC §6): a "Notes:" preamble before the
// header row, a byte-order mark, CRLF, quoted fields with commas, quotes and line breaks, `15 Mar 2024` dates,
// and many e-mails missing.
import { MONTH_NAMES, dateText, parseLocalDate } from "../model/calendar";
import type { LocalDate } from "../model/types";
import { csvRows } from "./csv";
import { LineCounter, withScheme, withoutBom, type ImportedPerson, type ImportProblem, type ImportRead } from "./imported";

/** The columns we read, by header text (any case; LinkedIn has moved and added columns over the years). */
const COLUMNS = {
  first: "first name",
  last: "last name",
  url: "url",
  email: "email address",
  company: "company",
  position: "position",
  connectedOn: "connected on",
} as const;
type Column = keyof typeof COLUMNS;

/**
 * `Connected On` as LinkedIn writes it, `15 Mar 2024` (also `15-Mar-24` and `March 15, 2024`, which older
 * exports and spreadsheets re-saving the file write), or `2024-03-15`; null when it is none of these.
 */
export function readConnectedOn(text: string): LocalDate | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return dateOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{2}|\d{4})$/.exec(t);
  if (m) return dateOf(fullYear(m[3] as string), monthOf(m[2] as string), Number(m[1]));
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(t);
  if (m) return dateOf(Number(m[3]), monthOf(m[1] as string), Number(m[2]));
  return null;
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 4 ? year : 2000 + year;
}

const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());

/** 1–12 for an English month name or its first three letters (and `Sept`); 0 otherwise. */
function monthOf(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((full) => full === lower || full.slice(0, 3) === lower || (lower === "sept" && full === "september")) + 1;
}

/** The date, when it is a real one in the years dates may have (DATE_RANGE). */
function dateOf(year: number, month: number, day: number): LocalDate | null {
  return parseLocalDate(dateText(year, month, day));
}

/** Where each column is in the header row, or undefined when the row is not LinkedIn's header. */
function headerColumns(row: readonly string[]): Partial<Record<Column, number>> | undefined {
  const cells = row.map((cell) => cell.trim().toLowerCase());
  const columns: Partial<Record<Column, number>> = {};
  for (const [column, header] of Object.entries(COLUMNS) as [Column, string][]) {
    const at = cells.indexOf(header);
    if (at !== -1) columns[column] = at;
  }
  return columns.first !== undefined && columns.last !== undefined ? columns : undefined;
}

/** The readable part of a cell: trimmed, inner line breaks and runs of spaces as one space. */
function cellText(row: readonly string[], at: number | undefined): string | undefined {
  if (at === undefined) return undefined;
  const text = (row[at] ?? "").replace(/\s+/g, " ").trim();
  return text === "" ? undefined : text;
}

/**
 * Reads a Connections.csv. Each row with a name is a person; a row that is short of columns, has no name, or
 * has a date that is not one is a problem with its line (the row's other fields still import when it has a
 * name and all its columns). A file without LinkedIn's header row is one problem, and no one.
 */
export function readLinkedInCsv(input: string): ImportRead {
  const text = withoutBom(input);
  const people: ImportedPerson[] = [];
  const problems: ImportProblem[] = [];
  const lines = new LineCounter(text);
  let columns: Partial<Record<Column, number>> | undefined;
  let width = 0;
  for (const { cells: row, start, unclosedQuote } of csvRows(text)) {
    const line = lines.lineAt(start);
    if (unclosedQuote) problems.push({ line, message: "a quoted field is never closed, so the rest of the file is one field" });
    if (row.every((cell) => cell.trim() === "")) continue;
    if (!columns) {
      // Rows before the header are LinkedIn's notes about missing e-mails.
      columns = headerColumns(row);
      width = row.length;
      if (columns) {
        const missing = (["url", "email", "company", "position", "connectedOn"] as const).filter((c) => columns?.[c] === undefined);
        if (missing.length > 0) {
          problems.push({ line, message: `the header has no ${missing.map((c) => `'${headerName(c)}'`).join(", ")} column; those fields are not imported` });
        }
      }
      continue;
    }
    if (row.length !== width) {
      problems.push({ line, message: `this row has ${row.length} columns where the header has ${width} (a comma or quote is missing or extra), so its fields cannot be told apart; not imported` });
      continue;
    }
    readRow(row, columns, line, people, problems);
  }
  if (!columns) {
    problems.push({ line: 1, message: "no header row with 'First Name' and 'Last Name' was found; is this LinkedIn's Connections.csv?" });
  }
  return { people, problems };
}

function headerName(column: Column): string {
  return COLUMNS[column].replace(/\b\w/g, (c) => c.toUpperCase()).replace("Url", "URL");
}

function readRow(
  row: readonly string[],
  columns: Partial<Record<Column, number>>,
  line: number,
  people: ImportedPerson[],
  problems: ImportProblem[],
): void {
  const name = [cellText(row, columns.first), cellText(row, columns.last)].filter((part) => part !== undefined).join(" ");
  if (name === "") {
    problems.push({ line, message: "this row has no first or last name (LinkedIn leaves them out for members who left); not imported" });
    return;
  }
  const person: ImportedPerson = { line, source: "linkedin", name, emails: [], phones: [] };
  const company = cellText(row, columns.company);
  if (company !== undefined) person.company = company;
  const role = cellText(row, columns.position);
  if (role !== undefined) person.role = role;
  const email = cellText(row, columns.email);
  if (email !== undefined) person.emails.push(email);
  const url = cellText(row, columns.url);
  if (url !== undefined) person.linkedin = withScheme(url);
  const connected = cellText(row, columns.connectedOn);
  if (connected !== undefined) {
    const met = readConnectedOn(connected);
    if (met) person.met = met;
    else problems.push({ line, message: `Connected On '${connected}' is not a date such as 15 Mar 2024; ${name} is imported without it` });
  }
  people.push(person);
}
