// Reading links, names and lists (SPEC §2.3): wikilinks, Markdown links, YAML's nested-list links.
import { LIST_ITEMS_LIMIT, count } from "../model/limits";
import type { FieldLookup } from "./fields";
import { describeValue, isAbsent, nestedLinkText } from "./fields";

const MARKDOWN_LINK = /^!?\[[^\]]*\]\((.*)\)$/;

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A stray `%` (`50%.md`) is not an escape: keep the text as written.
    return text;
  }
}

/**
 * The target of a reference, trimmed, without alias, heading or block reference:
 * `[[People/Jane Doe|Jane]]` → `People/Jane Doe`, `[Jane](People/Jane%20Doe.md)` → `People/Jane Doe.md`.
 * A folder or `.md` that was written is kept; the index resolves them. A plain name is itself.
 */
export function linkTarget(raw: string): string {
  const text = raw.trim();
  const open = text.charCodeAt(0) === 33 /* ! */ ? 1 : 0;
  // Most references are plain names: neither link form can match without a leading `[`.
  if (text.charCodeAt(open) !== 91 /* [ */) return text;
  if (text.charCodeAt(open + 1) === 91 && text.length >= open + 4 && text.endsWith("]]")) {
    const inner = text.slice(open + 2, -2);
    // The same test as `^!?\[\[([^\]]*)\]\]$` without the regex: no `]` inside.
    if (!inner.includes("]")) return beforeChar(beforeChar(inner, "|"), "#").trim();
  }
  const md = MARKDOWN_LINK.exec(text);
  if (md) {
    let target = (md[1] ?? "").trim();
    if (target.startsWith("<")) {
      target = target.slice(1, target.indexOf(">") > 0 ? target.indexOf(">") : undefined);
    } else {
      // `[Jane](Jane.md "title")`: the title is not part of the target.
      target = target.split(/\s+"/)[0] ?? target;
    }
    return decode(target.split("#")[0] ?? "").trim();
  }
  return text;
}

/**
 * A reference whose target is relative (`./`, `../`: `[Jane](../People/Jane%20Doe.md)`) resolved from the
 * folder of the note that makes it, as Obsidian resolves a relative link: `People/Jane Doe.md` from any note in
 * `Meetings/`. Any other reference is returned as written. A target that climbs out of the vault stays as
 * written (it names no contact, and says so).
 */
export function fromNoteFolder(ref: string, notePath: string): string {
  // The target is a piece of the reference, or of it decoded (`%2E%2E/`): without `./` or `%` it is not relative.
  if (!ref.includes("./") && !ref.includes("%")) return ref;
  const target = linkTarget(ref);
  if (!target.startsWith("./") && !target.startsWith("../")) return ref;
  const parts = notePath.split("/").slice(0, -1);
  for (const part of target.split("/")) {
    if (part === "..") {
      if (parts.length === 0) return ref;
      parts.pop();
    } else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

/** The text before the first `char`, or all of it. */
function beforeChar(text: string, char: string): string {
  const at = text.indexOf(char);
  return at < 0 ? text : text.slice(0, at);
}

/**
 * Splits text at commas, except inside `[[...]]`, `[...]` or `(...)`, so that
 * `[[Doe, Jane]], [Bob](People/Li, Bob.md)` is two references, not four.
 */
export function splitList(text: string): string[] {
  // One name without a comma is the common case: no character walk, no string building.
  if (!text.includes(",")) {
    const one = text.trim();
    return one === "" ? [] : [one];
  }
  // The text is cut at the commas outside brackets: a slice per part, not a string built a character at a time.
  const parts: string[] = [];
  let brackets = 0;
  let parens = 0;
  let start = 0;
  const add = (end: number): void => {
    const part = text.slice(start, end).trim();
    if (part !== "") parts.push(part);
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 91 /* [ */) brackets++;
    else if (code === 93 /* ] */) brackets = Math.max(0, brackets - 1);
    else if (code === 40 /* ( */) parens++;
    else if (code === 41 /* ) */) parens = Math.max(0, parens - 1);
    else if (code === 44 /* , */ && brackets === 0 && parens === 0) {
      add(i);
      start = i + 1;
    }
  }
  add(text.length);
  return parts;
}

/**
 * Items read from a list-like value, and one message per item that could not be read. The items come without the
 * spare room `push` leaves (~130 bytes for a list of one), since notes keep them (gave, attendees, tags…).
 */
export interface ListRead {
  items: string[];
  errors: string[];
  /**
   * References written as an unquoted `[[link]]` (YAML reads a list inside a list), as they are in `items`:
   * Obsidian does not see them as links, so a rename does not update them (for the unknown-contact problem).
   */
  unquoted?: string[];
}

/**
 * A list read no further than LIST_ITEMS_LIMIT items: the rest is one error saying how many were left out.
 * Readers dedupe with a Set and stop adding past the limit, so a list of 150,000 costs one linear pass.
 */
function bounded(items: string[], errors: string[], total: number): ListRead {
  if (total > LIST_ITEMS_LIMIT) {
    errors.push(`${count(total)} items; only the first ${count(LIST_ITEMS_LIMIT)} are read`);
  }
  return { items: items.length === 0 ? items : items.slice(), errors };
}

/** The entries of a one-value-or-list field, with YAML's nested-list links rebuilt as `[[...]]`. */
function entries(value: unknown): unknown[] {
  if (nestedLinkText(value) !== undefined) return [value];
  return Array.isArray(value) ? value : [value];
}

function entryText(entry: unknown): string | { error: string } | undefined {
  if (isAbsent(entry)) return undefined;
  if (typeof entry === "string") return entry.trim();
  const link = nestedLinkText(entry);
  if (link !== undefined) return `[[${link}]]`;
  return { error: `${describeValue(entry)} is not a link or a name` };
}

/**
 * People references (attendees, introduced by) as written, deduplicated by target ignoring case.
 * A text is a comma-separated list; an item of a YAML list is one reference, never split.
 */
export function readReferenceList(value: unknown): ListRead {
  if (typeof value === "string" && !value.includes(",")) {
    // One name or link, the common case: nothing to split or deduplicate (and a list of one, not one grown by push).
    const ref = value.trim();
    return { items: ref !== "" && linkTarget(ref) !== "" ? [ref] : [], errors: [] };
  }
  const items: string[] = [];
  const errors: string[] = [];
  let unquoted: string[] | undefined;
  const seen = new Set<string>();
  let total = 0;
  const add = (ref: string) => {
    const key = linkTarget(ref).toLowerCase();
    if (key === "" || seen.has(key)) return;
    seen.add(key);
    if (++total <= LIST_ITEMS_LIMIT) items.push(ref);
  };
  const many = Array.isArray(value) && nestedLinkText(value) === undefined;
  for (const entry of entries(value)) {
    const text = entryText(entry);
    if (text === undefined) continue;
    if (typeof text !== "string") {
      if (errors.length < LIST_ITEMS_LIMIT) errors.push(text.error);
    } else {
      if (nestedLinkText(entry) !== undefined) (unquoted ??= []).push(text);
      if (many) add(text);
      else for (const part of splitList(text)) add(part);
    }
  }
  const read = bounded(items, errors, total);
  if (unquoted) read.unquoted = unquoted;
  return read;
}

export interface TextListOptions {
  /** Tags: also split at spaces, drop a leading `#`, lower-case. */
  tags?: boolean;
}

/** Tags or aliases: a list, or one text separated by commas (and, for tags, spaces). */
export function readTextList(value: unknown, options: TextListOptions = {}): ListRead {
  const items: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries(value)) {
    let text = entryText(entry);
    if (typeof entry === "number" && Number.isFinite(entry)) text = String(entry);
    if (text === undefined) continue;
    if (typeof text !== "string") {
      if (errors.length < LIST_ITEMS_LIMIT) errors.push(`${describeValue(entry)} is not text`);
      continue;
    }
    // An item of a YAML list is one item, never split (SPEC §2.3); one text is split at commas (tags: and spaces).
    const parts = Array.isArray(value) ? [text] : options.tags ? text.split(/[\s,]+/) : splitList(text);
    for (const part of parts) {
      // Most tags have no `#` (a YAML list): no regex for them.
      const item = options.tags ? (part.charCodeAt(0) === 35 ? part.replace(/^#+/, "") : part).toLowerCase() : part.trim();
      if (item === "" || seen.has(item)) continue;
      seen.add(item);
      if (seen.size <= LIST_ITEMS_LIMIT) items.push(item);
    }
  }
  return bounded(items, errors, seen.size);
}

/** Free text (what I gave, learned, …): never split; a list stays a list of its items. */
export function readFreeText(value: unknown): ListRead {
  // One text, the common case: a list of one, not one grown by push.
  if (typeof value === "string") return { items: isAbsent(value) ? [] : [value.trim()], errors: [] };
  const items: string[] = [];
  const errors: string[] = [];
  let total = 0;
  for (const entry of entries(value)) {
    if (typeof entry === "number" || typeof entry === "boolean") {
      if (++total <= LIST_ITEMS_LIMIT) items.push(String(entry));
      continue;
    }
    const text = entryText(entry);
    if (text === undefined) continue;
    if (typeof text === "string") {
      if (++total <= LIST_ITEMS_LIMIT) items.push(text);
    } else if (errors.length < LIST_ITEMS_LIMIT) errors.push(`${describeValue(entry)} is not text`);
  }
  return bounded(items, errors, total);
}

const WIKILINK = /\[\[([^[\]]+)\]\]/g;
/** A text that is one `[[link]]` and nothing else: then it is its own link, as written. */
const ONE_LINK = /^\[\[[^[\]]+\]\]$/;
const NO_LINKS: readonly string[] = Object.freeze([]);

/**
 * The `[[links]]` in a note's frontmatter values (texts, lists of texts, and the unquoted `[[Ada]]` YAML reads as a
 * list inside a list), as `[[target]]`, in the order written. Obsidian's `frontmatterLinks` are these. Read for every
 * contact and interaction of a vault, and most have no link there: no list is made until one is found, no list value
 * copied, and an `exec` loop instead of `matchAll` (which copies the regex per call). A value that is one link (a
 * meeting's `with: "[[Jane Doe]]"`) is kept as the very text the note holds, not copied. `keys`: the frontmatter's
 * own keys when the caller has them already.
 */
export function frontmatterLinks(frontmatter: Readonly<Record<string, unknown>>, keys: readonly string[] = Object.keys(frontmatter)): readonly string[] {
  let links: string[] | undefined;
  for (let k = 0; k < keys.length; k++) {
    const value = frontmatter[keys[k] as string];
    if (!Array.isArray(value)) links = linksIn(value, false, links);
    else for (let i = 0; i < value.length && i < LIST_ITEMS_LIMIT; i++) links = linksIn(value[i], true, links);
  }
  return links ?? NO_LINKS;
}

/** `links` with the links of one frontmatter value (an item of a list: `nested`) added, made when the first is found. */
function linksIn(item: unknown, nested: boolean, links: string[] | undefined): string[] | undefined {
  if (typeof item === "string") {
    if (!item.includes("[[")) return links;
    if (ONE_LINK.test(item)) {
      (links ??= []).push(item);
      return links;
    }
    WIKILINK.lastIndex = 0;
    for (let m = WIKILINK.exec(item); m !== null; m = WIKILINK.exec(item)) (links ??= []).push(`[[${m[1] ?? ""}]]`);
  } else if (nested && Array.isArray(item)) {
    const text = nestedLinkText([item]);
    if (text !== undefined) (links ??= []).push(`[[${text}]]`);
  }
  return links;
}

/**
 * What a contact's or an interaction's note links to (Contact.links, Interaction.links): the body's links as the host read
 * them, then the frontmatter's, the body's array itself when the frontmatter has none (so most notes copy nothing).
 */
export function noteLinks(fields: FieldLookup, body: readonly string[]): readonly string[] | undefined {
  const fromFrontmatter = frontmatterLinks(fields.fm, fields.keys);
  const links = fromFrontmatter.length === 0 ? body : body.concat(fromFrontmatter);
  return links.length === 0 ? undefined : links;
}
