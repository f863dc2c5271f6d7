// vCard 2.1, 3.0 and 4.0 files, one or many cards each, as Apple Contacts, Google Contacts and old phones write
// them (SPEC §6): folded lines, `\,` `\;` `\n` escapes, grouped `item1.` properties, several e-mails and phones,
// quoted-printable text in a CHARSET, `BDAY` with and without a year; photos and other binary data skipped.
// A file is read as bytes: the card's structure is ASCII, and each value is decoded in its own CHARSET (an old phone
// writes `N;CHARSET=ISO-8859-1:M\xFCller` in raw Latin-1), with TextDecoder, which Obsidian and Node both have.
import { makeDate, parseLocalDate } from "../model/calendar";
import { withScheme, type ImportedPerson, type ImportProblem, type ImportRead } from "./imported";

/** One content line, unfolded: `[group.]NAME;PARAM=a,b;BARE:value`. Names and parameter names upper case. */
interface Property {
  line: number;
  name: string;
  params: Map<string, string[]>;
  /** The value as text: quoted-printable decoded, in its CHARSET (binary data is left as its bytes). */
  value: string;
  /** Why the value may not read as it was meant (an unknown CHARSET, bytes that are not UTF-8). */
  warning?: string;
}

interface Card {
  line: number;
  properties: Property[];
}

/** A logical line: one or more physical lines joined, with the number of the first. Its text has one character per byte. */
interface Logical {
  line: number;
  text: string;
}

const QP_SOFT_BREAK = /=$/;

/** Whether a content line's parameters (before the first `:`) say quoted-printable. */
function isQuotedPrintable(text: string): boolean {
  const colon = text.indexOf(":");
  const head = colon === -1 ? text : text.slice(0, colon);
  return /;(?:ENCODING=)?QUOTED-PRINTABLE(?=[;:]|$)/i.test(head);
}

/**
 * Physical lines to content lines: a line that begins with a space or tab continues the one before (RFC 6350
 * §3.2, RFC 2425 §5.8.1); a quoted-printable value that ends in `=` continues on the next line (vCard 2.1).
 */
function contentLines(text: string): Logical[] {
  const out: Logical[] = [];
  let current: Logical | undefined;
  const physical = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < physical.length; i++) {
    const line = physical[i] as string;
    if (current && QP_SOFT_BREAK.test(current.text) && isQuotedPrintable(current.text)) {
      current.text = current.text.slice(0, -1) + line;
    } else if (current && (line.startsWith(" ") || line.startsWith("\t"))) {
      current.text += line.slice(1);
    } else if (line.trim() === "") {
      current = undefined;
    } else {
      current = { line: i + 1, text: line };
      out.push(current);
    }
  }
  return out;
}

const PROPERTY_NAME = /^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)$/;

function parseProperty(logical: Logical): Property | undefined {
  // The value starts after the first `:` outside double quotes (a parameter value may be quoted and hold one).
  const [before, ...after] = splitOutsideQuotes(logical.text, ":");
  if (before === undefined || after.length === 0) return undefined;
  const colon = before.length;
  const [head = "", ...rawParams] = splitOutsideQuotes(before, ";");
  const name = PROPERTY_NAME.exec(head.trim())?.[1];
  if (name === undefined) return undefined;
  const params = new Map<string, string[]>();
  for (const raw of rawParams) {
    const eq = raw.indexOf("=");
    // vCard 2.1 writes bare parameters: `TEL;WORK;VOICE:` is TYPE=WORK,VOICE, `;QUOTED-PRINTABLE` an ENCODING.
    const key = eq === -1 ? bareParamName(raw) : raw.slice(0, eq).trim().toUpperCase();
    const values = eq === -1 ? [raw.trim()] : splitOutsideQuotes(raw.slice(eq + 1), ",").map((v) => v.trim().replace(/^"|"$/g, ""));
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  const property: Property = { line: logical.line, name: name.toUpperCase(), params, value: logical.text.slice(colon + 1) };
  if (!isBinary(property)) decodeValue(property);
  return property;
}

function bareParamName(value: string): string {
  const upper = value.trim().toUpperCase();
  if (upper === "QUOTED-PRINTABLE" || upper === "BASE64" || upper === "8BIT" || upper === "7BIT" || upper === "B") return "ENCODING";
  return "TYPE";
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function param(property: Property, name: string): string[] {
  return property.params.get(name) ?? [];
}

function hasParam(property: Property, name: string, value: string): boolean {
  return param(property, name).some((v) => v.toLowerCase() === value);
}

/** Windows-1252's characters for the bytes 0x80–0x9F (WHATWG's table; Node's TextDecoder gives C1 controls). */
const CP1252_80 = "\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178";

/** Bytes (one character per byte) in the encoding a label names (ISO-8859-1 is Windows-1252, as on the web). */
function decodeIn(label: string, bytes: string, fatal = false): string {
  const decoder = new TextDecoder(label, { fatal });
  if (decoder.encoding !== "windows-1252") return decoder.decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0)));
  return bytes.replace(/[\x80-\x9f]/g, (c) => CP1252_80[c.charCodeAt(0) - 0x80] as string);
}

/**
 * The property's value as text: quoted-printable `=C3=A9` read as the byte it names, the bytes in the CHARSET it
 * names (any label TextDecoder knows: ISO-8859-1, windows-1252, Shift_JIS…), else UTF-8 as vCard 3.0 and 4.0 say;
 * bytes that are not UTF-8 and name no CHARSET, as old phones write, are read as Windows-1252. Each doubt is said.
 */
function decodeValue(property: Property): void {
  const quoted = param(property, "ENCODING")[0]?.toUpperCase() === "QUOTED-PRINTABLE";
  const bytes = quoted ? property.value.replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : property.value;
  const label = param(property, "CHARSET")[0]?.trim() || undefined;
  try {
    property.value = decodeIn(label ?? "utf-8", bytes, label === undefined);
  } catch {
    property.value = decodeIn(label === undefined ? "windows-1252" : "utf-8", bytes);
    property.warning = label === undefined ? "not UTF-8 and no CHARSET; read as Latin-1 (Windows-1252)" : `unknown CHARSET=${label}; read as UTF-8`;
  }
}

/** One character per byte of the file, so that its ASCII structure reads as text and no value is decoded yet. */
function byteText(input: string | Uint8Array): string {
  let bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}

/** RFC 6350 §3.4 escapes: `\n` (or `\N`) a line break, `\,` `\;` `\\` the character itself. */
function unescapeText(text: string): string {
  return text.replace(/\\([nN,;\\:])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/** A structured value's components (N, ORG), split at unescaped `;`, each unescaped and trimmed. */
function components(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === ";") {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => unescapeText(part).trim());
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Binary data (PHOTO, LOGO, SOUND, KEY, or anything base64): skipped, never read as text. */
function isBinary(property: Property): boolean {
  const encoding = param(property, "ENCODING")[0]?.toUpperCase();
  return ["PHOTO", "LOGO", "SOUND", "KEY"].includes(property.name) || encoding === "B" || encoding === "BASE64";
}

/**
 * BDAY: `1985-04-12`, `19850412` (a time after it ignored), `--04-12` or `--0412` without a year, and Apple's
 * `X-APPLE-OMIT-YEAR=1604` marking the year as not known. A text value, or any other, is null.
 */
export function readVcardBirthday(value: string, omitYear?: string): string | null {
  const text = value.trim();
  let m = /^--(\d{2})-?(\d{2})$/.exec(text);
  if (m) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    return makeDate(2000, month, day) ? `--${m[1]}-${m[2]}` : null;
  }
  m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T[\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (!m) return null;
  const [, year = "", month = "", day = ""] = m;
  if (omitYear !== undefined && omitYear === year) return makeDate(2000, Number(month), Number(day)) ? `--${month}-${day}` : null;
  return parseLocalDate(`${year}-${month}-${day}`);
}

/** E-mails or phones with the preferred one first (TYPE=pref in 3.0, PREF=1 in 4.0), without repeats. */
function preferredFirst(properties: Property[], clean: (text: string) => string): string[] {
  const ranked = properties
    .map((p, order) => {
      const pref = Number(param(p, "PREF")[0] ?? (hasParam(p, "TYPE", "pref") ? 1 : 101));
      return { text: clean(unescapeText(p.value)), rank: Number.isFinite(pref) ? pref : 101, order };
    })
    .filter((entry) => entry.text !== "")
    .sort((a, b) => a.rank - b.rank || a.order - b.order);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { text } of ranked) {
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

const LINKEDIN_URL = /linkedin\.com\//i;

function toPerson(card: Card, problems: ImportProblem[]): ImportedPerson | undefined {
  const all = (name: string) => card.properties.filter((p) => p.name === name && !isBinary(p));
  const first = (name: string) => all(name)[0];
  const text = (property: Property | undefined) => (property ? oneLine(unescapeText(property.value)) : "");

  const n = first("N");
  const nameParts = n ? components(n.value) : [];
  const [family = "", given = "", additional = ""] = nameParts;
  const org = first("ORG");
  const company = org ? oneLine(components(org.value)[0] ?? "") : "";
  const emails = preferredFirst(all("EMAIL"), (t) => t.trim().replace(/^mailto:/i, ""));
  const name = text(first("FN")) || oneLine([given, additional, family].join(" ")) || company || (emails[0] ?? "");
  if (name === "") {
    problems.push({ line: card.line, message: "this card has no name (FN or N), organisation or e-mail; not imported" });
    return undefined;
  }
  const person: ImportedPerson = { line: card.line, source: "vcard", name, emails, phones: preferredFirst(all("TEL"), (t) => oneLine(t.replace(/^tel:/i, ""))) };
  if (company !== "") person.company = company;
  const role = text(first("TITLE")) || text(first("ROLE"));
  if (role !== "") person.role = role;
  const linkedin = [...all("URL"), ...all("X-SOCIALPROFILE")].map((p) => text(p)).find((url) => LINKEDIN_URL.test(url));
  if (linkedin !== undefined) person.linkedin = withScheme(linkedin);
  const bday = first("BDAY");
  if (bday) {
    const value = text(bday);
    const birthday = hasParam(bday, "VALUE", "text") ? null : readVcardBirthday(value, param(bday, "X-APPLE-OMIT-YEAR")[0]);
    if (birthday) person.birthday = birthday;
    else problems.push({ line: bday.line, message: `BDAY '${value}' is not a date such as 1985-04-12 or --04-12; ${name} is imported without a birthday` });
  }
  const notes = all("NOTE").map((p) => unescapeText(p.value).replace(/\r\n?/g, "\n").trim()).filter((t) => t !== "");
  if (notes.length > 0) person.notes = notes.join("\n\n");
  return person;
}

/**
 * Reads every card of a .vcf file. A card cut short (no END:VCARD), a line that is not a property, a card
 * without a name and a birthday that is not a date are problems with their line; every other card imports.
 */
export function readVcards(input: string | Uint8Array): ImportRead {
  const text = byteText(input);
  const people: ImportedPerson[] = [];
  const problems: ImportProblem[] = [];
  let card: Card | undefined;
  /** Inside a vCard 2.1 base64 value, whose lines need not be indented: they end at a blank line. */
  let inBinary = false;
  let strayLine: number | undefined;
  const cut = (c: Card) =>
    problems.push({ line: c.line, message: "the card that begins here has no END:VCARD (the file may be cut short); not imported" });
  for (const logical of contentLines(text)) {
    const property = parseProperty(logical);
    const upper = logical.text.trim().toUpperCase();
    if (upper === "BEGIN:VCARD") {
      if (card) cut(card);
      card = { line: logical.line, properties: [] };
      inBinary = false;
      continue;
    }
    if (upper === "END:VCARD") {
      if (card) {
        const person = toPerson(card, problems);
        if (person) people.push(person);
      } else {
        problems.push({ line: logical.line, message: "END:VCARD without a BEGIN:VCARD before it; ignored" });
      }
      card = undefined;
      inBinary = false;
      continue;
    }
    if (!card) {
      if (strayLine === undefined) {
        strayLine = logical.line;
        problems.push({ line: logical.line, message: "text outside BEGIN:VCARD … END:VCARD; ignored" });
      }
      continue;
    }
    strayLine = undefined;
    if (!property) {
      if (!inBinary) problems.push({ line: logical.line, message: `'${decodeIn("utf-8", logical.text.slice(0, 40))}' is not a vCard property (NAME:value); ignored` });
      continue;
    }
    inBinary = isBinary(property);
    card.properties.push(property);
    if (property.warning !== undefined) problems.push({ line: property.line, message: `${property.name}: ${property.warning}` });
  }
  if (card) cut(card);
  return { people, problems };
}
