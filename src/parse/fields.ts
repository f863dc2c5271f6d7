// Finding a concept's field in frontmatter (any case, several aliases) and reading plain text values.
import { yearInRange } from "../model/calendar";

/** Frontmatter as a plain record of the user's keys. */
export type Frontmatter = Record<string, unknown>;

/** A field as found: the key exactly as the user wrote it (for problems), and its value. */
export interface Field {
  key: string;
  value: unknown;
}

/** A value read, or the reason it could not be, worded to follow the field's name. */
export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

export function ok<T>(value: T): Read<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: string): Read<T> {
  return { ok: false, error };
}

/** The frontmatter as a record, or undefined when it is not a mapping (a list, a text, nothing). */
export function asRecord(value: unknown): Frontmatter | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value) || value instanceof Date) return undefined;
  return value as Frontmatter;
}

/** Null, undefined, blank text and empty lists are "not filled in": templates leave them everywhere. */
export function isAbsent(value: unknown, depth = 0): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") {
    // A printable ASCII first character is not white space: no trimmed copy needed to know.
    const first = value.charCodeAt(0);
    return first > 32 && first < 127 ? false : value.trim() === "";
  }
  // YAML anchors can make a list that holds itself: look two levels deep, no further.
  if (Array.isArray(value)) return depth < 2 && value.every((item) => isAbsent(item, depth + 1));
  return false;
}

/** Every alias any reader looks up, in lower case, → a small integer. */
const aliasIds = new Map<string, number>();
/**
 * A key as written → the id of the alias it is in trimmed lower case, or -1 when no reader looks it up. A
 * vault writes the same few dozen keys in every note (and the YAML reader hands each note the same key
 * strings), so a note's keys are mapped with a lookup each instead of being trimmed and lower-cased.
 */
const aliasIdOf = (key: string): number => aliasIds.get(key.trim().toLowerCase()) ?? -1;
let keyId = rememberedByText(aliasIdOf, 10_000);

/** A concept's field names in the order they win (SPEC §1: the first alias wins), compiled once. */
export interface Aliases {
  /** In lower case, as matched. */
  readonly names: readonly string[];
  readonly ids: readonly number[];
  /** Bit `id % 64` of every id, in two words (see FieldLookup). */
  readonly low: number;
  readonly high: number;
}

/** Bit `id % 64` of a two-word mask: its low word, and its high word. */
function lowBit(id: number): number {
  return (id & 63) < 32 ? 1 << (id & 63) : 0;
}
function highBit(id: number): number {
  return (id & 63) < 32 ? 0 : 1 << ((id & 63) - 32);
}

/** The alias list of one concept: names as written here, matched in any case. */
export function aliases(...names: string[]): Aliases {
  const lower = names.map((name) => name.toLowerCase());
  const ids = lower.map((name) => {
    let id = aliasIds.get(name);
    if (id === undefined) {
      aliasIds.set(name, (id = aliasIds.size));
      // Keys seen before may be this alias: they are mapped again.
      keyId = rememberedByText(aliasIdOf, 10_000);
    }
    return id;
  });
  let low = 0;
  let high = 0;
  for (const id of ids) {
    low |= lowBit(id);
    high |= highBit(id);
  }
  return { names: lower, ids, low, high };
}

/**
 * A note's keys as alias ids, computed once per note: every alias lookup then compares small integers. A note
 * has a handful of keys, so a scan beats a Map. Values are checked for absence only when a key matches. Most
 * concepts are not in a given note (a meeting has no email): a 64-bit mask of the ids it has answers those
 * without a scan.
 */
export class FieldLookup {
  /** The frontmatter's keys as written, in its order. */
  readonly keys: readonly string[];
  readonly #ids: number[];
  readonly #low: number = 0;
  readonly #high: number = 0;

  constructor(readonly fm: Frontmatter) {
    const keys = Object.keys(fm);
    // Sized once: a push would grow it to 17 slots, for every note.
    const ids = keys.map(keyId);
    let low = 0;
    let high = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if (id < 0) continue;
      low |= lowBit(id);
      high |= highBit(id);
    }
    this.keys = keys;
    this.#ids = ids;
    this.#low = low;
    this.#high = high;
  }

  /** Whether the note may have one of the aliases (false: it surely has none). */
  #mayHave(aliases: Aliases): boolean {
    return (this.#low & aliases.low) !== 0 || (this.#high & aliases.high) !== 0;
  }

  /** The first filled-in field among the aliases, in the order of the list (SPEC §1). */
  pick(aliases: Aliases): Field | undefined {
    if (!this.#mayHave(aliases)) return undefined;
    const keys = this.keys;
    const ids = this.#ids;
    for (const alias of aliases.ids) {
      // Every key that matches, in the note's order: `With:` may be blank and `with:` filled in.
      for (let i = 0; i < ids.length; i++) {
        if (ids[i] !== alias) continue;
        const key = keys[i] as string;
        const value = this.fm[key];
        if (!isAbsent(value)) return { key, value };
      }
    }
    return undefined;
  }

  /** Every filled-in field among the aliases, in alias order; for merged concepts. */
  pickAll(aliases: Aliases): readonly Field[] {
    if (!this.#mayHave(aliases)) return NO_FIELDS;
    // Made with the first field found (a list of one, the usual case, without the room `push` leaves).
    let found: Field[] | undefined;
    const keys = this.keys;
    const ids = this.#ids;
    for (const alias of aliases.ids) {
      for (let i = 0; i < ids.length; i++) {
        if (ids[i] !== alias) continue;
        const key = keys[i] as string;
        const value = this.fm[key];
        if (isAbsent(value)) continue;
        if (found === undefined) found = [{ key, value }];
        else found.push({ key, value });
      }
    }
    return found ?? NO_FIELDS;
  }
}

const NO_FIELDS: readonly Field[] = Object.freeze([]);

/** Alias lists compiled for pickField and pickAllFields, by their text. */
const adHoc = new Map<string, Aliases>();
function compiled(names: readonly string[]): Aliases {
  const text = names.join("\u0000");
  let list = adHoc.get(text);
  if (list === undefined) {
    list = aliases(...names);
    if (adHoc.size >= 1_000) adHoc.clear();
    adHoc.set(text, list);
  }
  return list;
}

/** The first filled-in field among the aliases, in the order of the list (SPEC §1: the first alias wins). */
export function pickField(fm: Frontmatter, names: readonly string[]): Field | undefined {
  // Compiled before the note's keys are mapped: a new alias must be known when they are.
  const list = compiled(names);
  return new FieldLookup(fm).pick(list);
}

/** Every filled-in field among the aliases, in alias order; for concepts whose aliases are merged. */
export function pickAllFields(fm: Frontmatter, names: readonly string[]): readonly Field[] {
  const list = compiled(names);
  return new FieldLookup(fm).pickAll(list);
}

/** A text that is one of a table's words, in any case; `expected` says which, for the message (`week, month…`). */
export function readWord<T>(table: { get(word: string): T | undefined }, expected: string): (value: unknown) => Read<T> {
  return (value) => {
    const text = readText(value);
    if (!text.ok) return text;
    const word = table.get(text.value.toLowerCase());
    return word === undefined ? fail(`'${text.value}' is not ${expected}`) : ok(word);
  };
}

/** A short description of a value for a message: `'soon'`, `42`, `a list`, `an object`. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") {
    const text = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `'${text}'`;
  }
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value === null || value === undefined) return "empty";
  if (value instanceof Date) return "a date-time";
  if (Array.isArray(value)) return "a list";
  return "an object";
}

/** `2026-03-02` from a YAML Date by its UTC parts (see dates.ts for why UTC), or null if invalid. */
export function utcDateText(date: Date): string | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  const y = date.getUTCFullYear();
  if (!yearInRange(y)) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(y).padStart(4, "0")}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * The text inside YAML's reading of an unquoted `[[Jane Doe]]`: a list holding one list
 * (`[["Jane Doe"]]`). A comma inside the brackets made YAML split it, so the parts are re-joined.
 */
export function nestedLinkText(value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length !== 1) return undefined;
  const inner: unknown = value[0];
  if (!Array.isArray(inner) || inner.length === 0) return undefined;
  const parts: string[] = [];
  for (const part of inner as unknown[]) {
    if (typeof part === "string") parts.push(part.trim());
    else if (typeof part === "number" && Number.isFinite(part)) parts.push(String(part));
    else if (part instanceof Date && utcDateText(part)) parts.push(utcDateText(part) ?? "");
    else return undefined;
  }
  const text = parts.join(", ");
  return text === "" ? undefined : text;
}

export interface TextOptions {
  /** Numbers are text here (a phone number YAML read as 5551234). */
  allowNumber?: boolean;
}

/**
 * One piece of text: a string, a one-item list of one (what Obsidian's list property makes), or the
 * nested-list form of an unquoted link, given back as the `[[link]]` the user wrote.
 */
export function readText(value: unknown, options: TextOptions = {}): Read<string> {
  if (typeof value === "string") {
    const text = value.trim();
    return text === "" ? fail("is empty") : ok(text);
  }
  if (typeof value === "number" && options.allowNumber && Number.isFinite(value)) return ok(String(value));
  const link = nestedLinkText(value);
  if (link !== undefined) return ok(`[[${link}]]`);
  if (Array.isArray(value)) {
    const filled = value.filter((item) => !isAbsent(item));
    if (filled.length === 1 && !Array.isArray(filled[0])) return readText(filled[0], options);
    return fail(`is a list of ${filled.length} values; expected one`);
  }
  return fail(`is ${describeValue(value)}; expected text`);
}

/**
 * `compute` with its answers remembered per text: a vault writes the same few thousand dates, kinds, keys and
 * company names again and again. Bounded (forgotten all at once past `limit`), so no vault grows it forever.
 */
export function rememberedByText<V extends object | string | number | boolean | null>(
  compute: (text: string) => V,
  limit: number,
): (text: string) => V {
  const memo = new Map<string, V>();
  return (text) => {
    let answer = memo.get(text);
    if (answer === undefined) {
      answer = compute(text);
      if (memo.size >= limit) memo.clear();
      memo.set(text, answer);
    }
    return answer;
  };
}

/**
 * A reader whose answers for text values are remembered (`rememberedByText`). Only for readers whose values
 * are strings, numbers or booleans, since the same answer is handed to every note that wrote the same text.
 */
export function rememberText<T extends string | number | boolean | null>(
  reader: (value: unknown) => Read<T>,
): (value: unknown) => Read<T> {
  const remembered = rememberedByText((text) => reader(text), 20_000);
  return (value) => (typeof value === "string" ? remembered(value) : reader(value));
}
