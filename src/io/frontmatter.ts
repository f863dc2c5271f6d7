// The one frontmatter editor (SPEC §9): text in, text out. It sets one key by rewriting only that key's line
// (its trailing comment and line ending kept), or adds one `key: value` line before the closing `---`, or a
// new block at the top when the note has none. Every other byte stays. What it cannot do in place it refuses,
// with a reason a user understands; the caller decides whether a fallback loses nothing (see `fallbackSafe`).
import type { YamlParser } from "../model/types";

/** A value as written to YAML: text (dates are text, `2026-05-20`), a number, a boolean, or a list of texts (one line: `["[[Jane Doe]]"]`). */
export type FrontmatterValue = string | number | boolean | readonly string[];

export interface SetOptions {
  /** Leave a key that already has a value as it is (imports fill in only what is empty). */
  onlyIfEmpty?: boolean;
  /**
   * A YAML parser (Obsidian's parseYaml, or js-yaml in the CLI). When given, the edit is refused if the block
   * does not parse, and checked after: the new block must parse to the old values with only the key changed.
   */
  parseYaml?: YamlParser;
}

export type EditResult =
  | {
      ok: true;
      text: string;
      /** The key as written in the note (its alias and case kept), or the new key added. */
      key: string;
      /** Whether the text changed (false: the value was already there, or `onlyIfEmpty` found one). */
      changed: boolean;
      /** The key's value before, as text, when it had a one-line value (undefined when the key was new or empty). */
      previous?: string;
    }
  | {
      ok: false;
      /** Why the edit cannot be made in place, for the user: "follow_up in Meetings/x.md …". */
      reason: string;
      /**
       * Whether Obsidian's whole-block rewrite (processFrontMatter) would lose nothing the user wrote: the block
       * parses as a mapping (as far as the editor can tell) and has no comments and no unquoted links, which
       * a re-serialization would turn into nested lists.
       */
      fallbackSafe: boolean;
    };

interface Line {
  /** The line without its ending. */
  body: string;
  eol: string;
}

interface KeyLine {
  index: number;
  key: string;
  /** `key:` as written, with the blank after the colon. */
  head: string;
  /** The value as written ("" when empty). */
  raw: string;
  /** White space and comment after the value, as written. */
  tail: string;
  /** Why the value cannot be replaced on its line, when it cannot. */
  blocked?: string;
  /** Whether the value goes on over the lines below (a block list, a text block, an open quote or flow list). */
  multiline?: boolean;
}

interface Block {
  /** Text before the block's first line: a byte-order mark, or nothing. */
  bom: string;
  /** The lines between the opening and the closing `---` (each with its own ending). */
  lines: Line[];
  /** Offset in the text where the block's lines start, and where the closing `---` line starts. */
  start: number;
  end: number;
  eol: string;
}

const OPEN = /^---[ \t]*(\r?\n)/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf("\n", at);
    if (nl < 0) {
      lines.push({ body: text.slice(at), eol: "" });
      break;
    }
    const cr = nl > at && text[nl - 1] === "\r";
    lines.push({ body: text.slice(at, cr ? nl - 1 : nl), eol: cr ? "\r\n" : "\n" });
    at = nl + 1;
  }
  return lines;
}

/** The frontmatter block as Obsidian finds it: `---` on the first line, closed by a `---` line. */
function findBlock(text: string): Block | undefined {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const open = OPEN.exec(text.slice(bom.length));
  if (!open) return undefined;
  const eol = open[1] ?? "\n";
  const start = bom.length + open[0].length;
  const lines: Line[] = [];
  let at = start;
  for (const line of splitLines(text.slice(start))) {
    if (/^---[ \t]*$/.test(line.body)) return { bom, lines, start, end: at, eol };
    lines.push(line);
    at += line.body.length + line.eol.length;
  }
  return undefined;
}

/** The first line ending in the text, `\n` when it has none. */
function lineEnding(text: string): string {
  const nl = text.indexOf("\n");
  return nl > 0 && text[nl - 1] === "\r" ? "\r\n" : "\n";
}

const indentOf = (body: string): number => body.length - body.trimStart().length;
const isBlank = (body: string): boolean => body.trim() === "";
const isCommentLine = (body: string): boolean => body.trimStart().startsWith("#");

/** Where a quoted scalar that opens at `from` closes (the index after its quote), or -1 when not on this line. */
function quoteEnd(text: string, from: number): number {
  const quote = text[from];
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === "\\") {
      i++;
      continue;
    }
    if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        i++;
        continue;
      }
      return i + 1;
    }
  }
  return -1;
}

/** Where a flow collection that opens at `from` closes on this line (the index after it), or -1. */
function flowEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const end = quoteEnd(text, i);
      if (end < 0) return -1;
      i = end - 1;
    } else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      depth--;
      if (depth === 0) return i + 1;
    } else if (c === "#" && (text[i - 1] === " " || text[i - 1] === "\t")) return -1;
  }
  return -1;
}

/** Where a plain scalar ends: before ` #` (a comment) or at the end of the line, trailing blanks excluded. */
function plainEnd(text: string, from: number): number {
  let end = text.length;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "#" && (text[i - 1] === " " || text[i - 1] === "\t")) {
      end = i;
      break;
    }
  }
  while (end > from && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  return end;
}

/** Whether the line holds a comment (a `#` after white space, outside quotes), as far as a line shows it. */
function hasComment(body: string): boolean {
  if (isCommentLine(body)) return true;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if ((c === '"' || c === "'") && (i === 0 || /[\s:[{,-]/.test(body[i - 1] ?? ""))) {
      const end = quoteEnd(body, i);
      if (end < 0) return false;
      i = end - 1;
    } else if (c === "#" && (body[i - 1] === " " || body[i - 1] === "\t")) return true;
  }
  return false;
}

const PLAIN_KEY = /^([^\s#'"\-?:,[\]{}&*!|>%@`][^\r\n]*?)[ \t]*:(?=[ \t]|$)/;
const QUOTED_KEY = /^("(?:[^"\\]|\\["\\])*"|'(?:[^']|'')*')[ \t]*:(?=[ \t]|$)/;

function unquoteKey(written: string): string {
  if (written.startsWith('"')) return written.slice(1, -1).replace(/\\(["\\])/g, "$1");
  if (written.startsWith("'")) return written.slice(1, -1).replace(/''/g, "'");
  return written;
}

/** A top-level `key: value` line, split into its parts, or undefined when the line is not one. */
function readKeyLine(lines: Line[], index: number): KeyLine | undefined {
  const body = lines[index]?.body ?? "";
  const match = QUOTED_KEY.exec(body) ?? PLAIN_KEY.exec(body);
  if (!match) return undefined;
  const written = match[1] ?? "";
  let at = match[0].length;
  while (body[at] === " " || body[at] === "\t") at++;
  const head = body.slice(0, at);
  const first = body[at];
  let end: number;
  let blocked: string | undefined;
  if (first === undefined || first === "#") end = at;
  else if (first === '"' || first === "'") {
    end = quoteEnd(body, at);
    if (end < 0) blocked = "its quoted value goes on over several lines";
  } else if (first === "[" || first === "{") {
    end = flowEnd(body, at);
    if (end < 0) blocked = "its value is a list or mapping over several lines";
  } else if (first === "|" || first === ">") {
    end = body.length;
    blocked = "its value is a multi-line text block";
  } else if (first === "&") {
    end = body.length;
    blocked = "its value is a YAML anchor that other keys may refer to";
  } else if (first === "*") {
    end = body.length;
    blocked = "its value is a YAML alias of another value";
  } else if (first === "!") {
    end = body.length;
    blocked = "its value has a YAML type tag";
  } else end = plainEnd(body, at);
  if (end < 0) end = body.length;
  const rest = body.slice(end);
  if (!blocked && rest.trim() !== "" && !/^[ \t]+#/.test(rest) && !(end === at && rest.startsWith("#"))) {
    blocked = "its line has more after the value than a comment";
  }
  const raw = body.slice(at, end);
  const multiline = end === body.length && blocked !== undefined && !/^[&*!]/.test(raw);
  const below = blocked ? undefined : continuation(lines, index, raw === "");
  return { index, key: unquoteKey(written), head, raw, tail: rest, blocked: blocked ?? below, multiline: multiline || below !== undefined };
}

/** Why the value goes on below its key line (indented lines, or a list under an empty key), if it does. */
function continuation(lines: Line[], index: number, empty: boolean): string | undefined {
  for (let i = index + 1; i < lines.length; i++) {
    const body = lines[i]?.body ?? "";
    if (isBlank(body)) continue;
    if (indentOf(body) === 0) {
      if (empty && body.startsWith("-") && /^-([ \t]|$)/.test(body)) return "its value is a list over several lines";
      return undefined;
    }
    if (isCommentLine(body)) continue;
    return empty ? "its value is a list or mapping over several lines" : "its value goes on over several lines";
  }
  return undefined;
}

/** The one-line scalar as text: quotes removed and escapes read; undefined for what is not one. */
function scalarText(raw: string): string | undefined {
  if (raw === "" || raw === "~" || raw === "null" || raw === "Null" || raw === "NULL") return "";
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  if (raw.startsWith('"')) {
    try {
      const text: unknown = JSON.parse(raw);
      return typeof text === "string" ? text : undefined;
    } catch {
      return undefined;
    }
  }
  if (raw.startsWith("[") || raw.startsWith("{")) {
    if (raw === "[]" || raw === "{}") return "";
    // An unquoted link, `[[2026-05-10]]`: YAML reads a nested list, the readers read the link (SPEC §2.3).
    const link = /^\[\[([^[\]]+)\]\]$/.exec(raw);
    return link ? `[[${link[1] ?? ""}]]` : undefined;
  }
  return raw;
}

interface Scan {
  block: Block;
  keys: KeyLine[];
  /** Why the block as a whole cannot be edited line by line, if it cannot. */
  problem?: string;
  comments: boolean;
  unquotedLinks: boolean;
}

function scan(block: Block): Scan {
  const keys: KeyLine[] = [];
  let problem: string | undefined;
  let comments = false;
  let unquotedLinks = false;
  let sawContent = false;
  block.lines.forEach((line, index) => {
    const body = line.body;
    if (hasComment(body)) comments = true;
    if (/(^|[\s:,[-])\[\[/.test(body.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '""'))) unquotedLinks = true;
    if (isBlank(body) || isCommentLine(body)) return;
    if (body.includes("\t") && /^\s*\t/.test(body)) problem ??= "it is indented with a tab, which YAML does not allow";
    if (!sawContent) {
      sawContent = true;
      if (indentOf(body) > 0) problem ??= "its frontmatter is indented";
      else if (/^[[{]/.test(body)) problem ??= "its frontmatter is written as one flow mapping";
      else if (/^-([ \t]|$)/.test(body)) problem ??= "its frontmatter is a list, not keys and values";
    }
    if (indentOf(body) > 0) return;
    const key = readKeyLine(block.lines, index);
    if (key) keys.push(key);
    else if (!/^-([ \t]|$)/.test(body)) problem ??= `its frontmatter has a line that is not \`key: value\` (${JSON.stringify(body.slice(0, 40))})`;
  });
  return { block, keys, problem, comments, unquotedLinks };
}

/** The frontmatter block's YAML, and where the note goes on after its closing `---` line; undefined when there is none. */
export function frontmatterSpan(text: string): { yaml: string; after: number } | undefined {
  const block = findBlock(text);
  if (!block) return undefined;
  const nl = text.indexOf("\n", block.end);
  return { yaml: text.slice(block.start, block.end), after: nl < 0 ? text.length : nl + 1 };
}

/** The frontmatter block's values as the parser reads them; undefined when there is none or it does not parse. */
export function frontmatterData(text: string, parseYaml: YamlParser): unknown {
  const span = frontmatterSpan(text);
  if (!span) return undefined;
  try {
    return parseYaml(span.yaml);
  } catch {
    return undefined;
  }
}

const norm = (key: string): string => key.trim().toLowerCase();

/**
 * The line of the concept's key, as the readers choose it (SPEC §1): the first alias with a value wins,
 * matched in any case; else the first alias present at all.
 */
function chooseKey(keys: readonly KeyLine[], aliases: readonly string[]): KeyLine | undefined {
  const wanted = aliases.map(norm);
  for (const alias of wanted) {
    const filled = keys.find((k) => norm(k.key) === alias && (k.blocked !== undefined || scalarText(k.raw) !== ""));
    if (filled) return filled;
  }
  for (const alias of wanted) {
    const any = keys.find((k) => norm(k.key) === alias);
    if (any) return any;
  }
  return undefined;
}

const aliasList = (aliases: string | readonly string[]): readonly string[] => (typeof aliases === "string" ? [aliases] : aliases);

const RESERVED = /^(true|false|yes|no|on|off|null|y|n|~)$/i;
const NUMBER_LIKE = /^[-+]?(\.?\d|0x|0o|\.inf|\.nan)/i;

/** A value as YAML text: a scalar plain when it reads back as the same text, else quoted (the old quote style kept); a list on one line, each text quoted. */
export function formatScalar(value: FrontmatterValue, quote: "" | '"' | "'" = ""): string {
  if (typeof value === "object") return `[${value.map((item) => JSON.stringify(item)).join(", ")}]`;
  if (typeof value !== "string") return String(value);
  const dateLike = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const plain =
    value !== "" &&
    !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/[\s]$/.test(value) &&
    !/:(\s|$)|\s#|[\r\n\t]/.test(value) &&
    !RESERVED.test(value) &&
    (dateLike || !NUMBER_LIKE.test(value));
  if (quote === "'" && !/[\r\n]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  if (quote === '"' || !plain) return JSON.stringify(value);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]));
  }
  return Object.is(a, b);
}

/** Checks with the caller's YAML parser that only `key` changed, to `written`. */
function verify(
  parse: YamlParser,
  oldYaml: string,
  newYaml: string,
  key: string,
  written: string,
): string | undefined {
  let before: unknown;
  let after: unknown;
  try {
    before = oldYaml.split("\n").every((l) => isBlank(l) || isCommentLine(l)) ? {} : (parse(oldYaml) ?? {});
    after = parse(newYaml) ?? {};
  } catch {
    return "the edited frontmatter would not read back as YAML";
  }
  if (!isRecord(before) || !isRecord(after)) return "its frontmatter is not keys and values";
  const expected: unknown = (parse(`k: ${written}`) as Record<string, unknown> | null)?.k;
  const rest = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
  if (!sameValue(after[key], expected) || !sameValue(rest(before), rest(after))) {
    return "the edit would change more than the one key";
  }
  return undefined;
}

/** A refusal that no whole-block rewrite may get round: Obsidian's would fail too, or lose what the user wrote. */
const unsafe = (reason: string): EditResult => ({ ok: false, reason, fallbackSafe: false });

/**
 * Sets the concept `aliases` (the note's own alias kept; the first alias when the note has none) to `value`.
 * `value` may be computed from the key's current one-line value (undefined when it has none).
 */
export function setFrontmatterKey(
  text: string,
  aliases: string | readonly string[],
  value: FrontmatterValue | ((current: string | undefined) => FrontmatterValue),
  options: SetOptions = {},
): EditResult {
  const names = aliasList(aliases);
  const fresh = names[0];
  if (fresh === undefined || !/^[A-Za-z_][\w\- ]*$/.test(fresh) || fresh.endsWith(" ")) {
    return unsafe(`'${fresh ?? ""}' is not a key the editor writes`);
  }
  const valueFor = (current: string | undefined): FrontmatterValue => (typeof value === "function" ? value(current) : value);
  const block = findBlock(text);
  if (!block) {
    // A text that opens with `---` but never closes it is not frontmatter to Obsidian either; a new block would
    // make the old opening line close it. Refuse rather than guess.
    if (OPEN.test(text.slice(text.startsWith("\uFEFF") ? 1 : 0))) {
      return unsafe("its frontmatter has no closing ---");
    }
    const eol = lineEnding(text);
    const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
    const line = `${fresh}: ${formatScalar(valueFor(undefined))}`;
    return { ok: true, text: `${bom}---${eol}${line}${eol}---${eol}${text.slice(bom.length)}`, key: fresh, changed: true };
  }
  const found = scan(block);
  const fallbackSafe = !found.comments && !found.unquotedLinks && found.problem === undefined;
  const refuse = (reason: string): EditResult => ({ ok: false, reason, fallbackSafe });
  if (found.problem) return refuse(found.problem);
  const oldYaml = text.slice(block.start, block.end);
  const line = chooseKey(found.keys, names);
  const duplicates = line ? found.keys.filter((k) => k.key === line.key).length : 0;
  // YAML refuses a duplicate key, so Obsidian's rewrite would fail too.
  if (line && duplicates > 1) return unsafe(`'${line.key}' is written ${duplicates} times in its frontmatter`);
  const empty = !block.lines.some((l) => !isBlank(l.body) && !isCommentLine(l.body));
  if (options.parseYaml && !empty) {
    try {
      const parsed = options.parseYaml(oldYaml);
      if (parsed !== null && parsed !== undefined && !isRecord(parsed)) return refuse("its frontmatter is not keys and values");
    } catch {
      return unsafe("its frontmatter is not valid YAML");
    }
  }
  let next: string;
  let key: string;
  let written: string;
  let previous: string | undefined;
  if (line) {
    key = line.key;
    // A value over several lines (a block list, a text block) is a value, which `onlyIfEmpty` leaves.
    if (line.blocked) return options.onlyIfEmpty && line.multiline ? { ok: true, text, key, changed: false } : refuse(`'${key}' cannot be changed on its line: ${line.blocked}`);
    const current = scalarText(line.raw);
    previous = current === "" ? undefined : current;
    if (options.onlyIfEmpty && current !== "") return { ok: true, text, key, changed: false, previous };
    const quote = line.raw.startsWith('"') ? '"' : line.raw.startsWith("'") ? "'" : "";
    written = formatScalar(valueFor(previous), quote);
    if (written === line.raw) return { ok: true, text, key, changed: false, previous };
    const body = block.lines[line.index]?.body ?? "";
    const colon = line.head.trimEnd();
    const blank = line.head.slice(colon.length);
    // An empty value: `key:` becomes `key: value`; a comment after it keeps the blank that set it apart.
    const newBody = line.raw === "" ? `${colon} ${written}${line.tail === "" ? "" : blank}${line.tail}` : `${line.head}${written}${line.tail}`;
    const offset = block.start + block.lines.slice(0, line.index).reduce((n, l) => n + l.body.length + l.eol.length, 0);
    next = text.slice(0, offset) + newBody + text.slice(offset + body.length);
  } else {
    key = fresh;
    written = formatScalar(valueFor(undefined));
    const eol = block.lines.at(-1)?.eol ?? block.eol;
    next = `${text.slice(0, block.end)}${key}: ${written}${eol}${text.slice(block.end)}`;
  }
  if (options.parseYaml) {
    const after = findBlock(next);
    const problem = after ? verify(options.parseYaml, oldYaml, next.slice(after.start, after.end), key, written) : "the edit broke the block";
    if (problem) return refuse(`'${key}' cannot be changed on its line: ${problem}`);
  }
  return { ok: true, text: next, key, changed: true, previous };
}
