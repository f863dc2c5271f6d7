// Reads a vault folder from disk into NoteInputs and settings, the way Obsidian would see it.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { load, CORE_SCHEMA } from "js-yaml";
import type { GoalBlockSource, NoteInput, YamlParser } from "../model/types";
import { readSettings, type Settings, type SettingsResult } from "../model/settings";
import { SETTINGS_FILE } from "../index/network-index";
import { findBodyLinks, findBodyTags, findGoalBlocks } from "../parse/note";
import { noteText } from "../parse/file-text";
import { contactFoldersOf, mayBeContact } from "../parse/classify";
import { firstLineOf } from "../model/errors";
import { readSimpleYaml } from "./simple-yaml";
import { VaultListError, forEachMarkdownFile, listMarkdownFiles, readNote, type FeedFilter } from "./file-feed";

export { listMarkdownFiles };

/**
 * The core schema keeps `2026-03-02` as text, as Obsidian's metadata cache does, so no date shifts by time zone.
 * Frontmatter of the commonest shape is read by readSimpleYaml, which gives what js-yaml gives, many times faster.
 */
export const parseYaml: YamlParser = (text) => readSimpleYaml(text) ?? load(text, { schema: CORE_SCHEMA });

const FRONTMATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

export class VaultReadError extends Error {}

/** The plugin's settings in a vault: Obsidian's config folder is `.obsidian` unless the user changed it. */
export const VAULT_SETTINGS_NOTE = `.obsidian/${SETTINGS_FILE}`;

// gray-matter finds the frontmatter (delimiters, a language after the opening `---`, a byte-order mark,
// comment-only blocks) and calls its engine for the language on the block. The YAML engine given here only
// keeps the block's text, and the caller parses it with parseYaml straight after, as gray-matter's engine call
// would have: the result is the same (gray-matter turns a null result into `{}`, see `dataOf`; nothing it does
// after the engine call can throw or changes the content), but gray-matter can then run on the reader
// thread while this one parses YAML. Passing options also keeps gray-matter's cache off.
let yamlLeft: string | undefined;
const YAML_LEFT = Object.freeze({});
const keepYaml = (text: string): object => {
  yamlLeft = text;
  return YAML_LEFT;
};
/**
 * gray-matter's JavaScript engine `eval`s a block opened with `---js` or `---javascript`: a note could run code
 * on the machine of whoever reports on the vault. Such a block is never evaluated. Obsidian does not read it as
 * frontmatter either (the first line must be `---` alone), so the note has none, as with `---json`.
 */
const NOT_EVALUATED = (): object => ({});
/** Here: JSON frontmatter (`---json`) goes through gray-matter's own engine; JavaScript is never run. */
const SPLIT_HERE = { engines: { yaml: keepYaml, javascript: NOT_EVALUATED } };
/** On the reader thread: a note in another language is left for this thread (an engine that throws). */
const SPLIT_ON_READER = { engines: { yaml: keepYaml, json: refuse, javascript: refuse } };

function refuse(): never {
  throw new Error("not on the reader thread");
}

interface Split {
  /** What gray-matter set as data, when it called no YAML engine. */
  data: unknown;
  /** The text gray-matter handed its YAML engine, still to parse; undefined when it called none. */
  yaml: string | undefined;
  /** gray-matter's content: the note after its frontmatter. */
  body: string;
}

function split(text: string, options: typeof SPLIT_HERE): Split {
  yamlLeft = undefined;
  const parsed = matter(text, options);
  const yaml = yamlLeft;
  yamlLeft = undefined;
  return { data: parsed.data, yaml, body: parsed.content };
}

/** The YAML engine's result as gray-matter keeps it: null or undefined (an empty document) becomes `{}`. */
function dataOf(yaml: string): unknown {
  return parseYaml(yaml) ?? {};
}

/** Only text starting `---` can hold frontmatter (noteText has taken off a byte-order mark); gray-matter returns any other unchanged with `{}`. */
function mayHoldFrontmatter(text: string): boolean {
  return text.startsWith("---");
}

function scanned(path: string, text: string, frontmatter: unknown, body: string): NoteInput {
  const input: NoteInput = { path, frontmatter, bodyLinks: findBodyLinks(body), bodyTags: findBodyTags(body), goalBlocks: findGoalBlocks(body) };
  // Goal block lines count from the top of the file, as Obsidian's do.
  const offset = text.length - body.length;
  if (offset > 0 && input.goalBlocks.length > 0) {
    const skipped = text.slice(0, offset).split("\n").length - 1;
    for (const block of input.goalBlocks) block.line += skipped;
  }
  return input;
}

/** A note whose frontmatter gray-matter or its engine could not read: no fields, the error kept. */
function broken(path: string, text: string, error: unknown): NoteInput {
  const input = scanned(path, text, undefined, text.replace(FRONTMATTER, ""));
  input.frontmatterError = firstLineOf(error);
  return input;
}

/** One note as the core needs it. Broken YAML, and what is wrong with the file (noteText), are reported on the note, never thrown. */
export function noteInputFromText(path: string, raw: string): NoteInput {
  const { text, problem } = noteText(raw);
  if (problem === undefined) return noteInputFromReadable(path, text);
  // Not UTF-8, or a block that is not frontmatter: the note has none, and its whole text is its body.
  const input = problem.unread ? unreadNote(path, problem.message) : scanned(path, text, undefined, text);
  input.fileProblem = problem;
  return input;
}

/** A file that could not be read at all (permissions, too large, a folder that cannot be listed): only its problem. */
export function unreadNote(path: string, reason: string): NoteInput {
  return { path, frontmatter: undefined, bodyLinks: [], goalBlocks: [], fileProblem: { message: reason, unread: true } };
}

function noteInputFromReadable(path: string, text: string): NoteInput {
  if (!mayHoldFrontmatter(text)) return scanned(path, text, undefined, text);
  let frontmatter: unknown;
  let body: string;
  try {
    const { data, yaml, body: content } = split(text, SPLIT_HERE);
    const value = yaml === undefined ? data : dataOf(yaml);
    // gray-matter reports `{}` for a note without frontmatter; the core wants to know there was none.
    frontmatter = FRONTMATTER.test(text) ? value : undefined;
    body = content;
  } catch (error) {
    return broken(path, text, error);
  }
  return scanned(path, text, frontmatter, body);
}

/**
 * A note as far as the reader thread takes it: the YAML text left to parse (null: none), whether the note has
 * frontmatter, and the body's links and goal blocks (lines counted from the top of the file).
 */
export type PreparedNote = [yaml: string | null, hasFrontmatter: boolean, bodyLinks: string[], goalBlocks: GoalBlockSource[], bodyTags: string[]];

/** Runs on the reader thread (see file-feed.ts). Null when this thread must read the note itself. */
export function prepareNote(raw: string): PreparedNote | null {
  // Anything wrong with the file: left for this thread (rare, and reported there).
  const { text, problem } = noteText(raw);
  if (problem !== undefined) return null;
  if (!mayHoldFrontmatter(text)) return [null, false, findBodyLinks(text), findGoalBlocks(text), findBodyTags(text)];
  let parts: Split;
  try {
    parts = split(text, SPLIT_ON_READER);
  } catch {
    return null;
  }
  const { bodyLinks, goalBlocks, bodyTags = [] } = scanned("", text, undefined, parts.body);
  return [parts.yaml ?? null, FRONTMATTER.test(text), bodyLinks, goalBlocks, bodyTags];
}

/** The NoteInput of a note the reader thread prepared: what noteInputFromText gives for its text. */
export function noteInputFromPrepared(path: string, text: string, prepared: PreparedNote | null): NoteInput {
  if (prepared === null) return noteInputFromText(path, text);
  const [yaml, hasFrontmatter, bodyLinks, goalBlocks, bodyTags] = prepared;
  let data: unknown = {};
  if (yaml !== null) {
    try {
      data = dataOf(yaml);
    } catch {
      // Read again here, from the top (a byte-order mark taken off), to report the YAML error as it does.
      return noteInputFromText(path, text);
    }
  }
  return { path, frontmatter: hasFrontmatter ? data : undefined, bodyLinks, bodyTags, goalBlocks };
}

export interface Vault {
  notes: NoteInput[];
  /** Every Markdown file's path, read or not, kept or not (and every subfolder that could not be listed), in path order. */
  paths: string[];
  settings: SettingsResult;
  /**
   * How the files were read: on the reader thread or on this one, how many notes the reader thread prepared, and
   * how many it left out unsent (readVaultContacts).
   */
  reading: { worker: boolean; prepared: number; leftOnReader: number };
}

export interface ReadOptions {
  /** Read the files on a worker thread while this one parses them (the default); false reads them here, in order. */
  threaded?: boolean;
  /** Files the reader thread leaves unprepared while it loads the bundle (file-feed.ts); for tests. */
  unpreparedFirst?: number;
  /** A vault of at most this many notes is read on this thread (file-feed.ts); for tests. */
  readHereUpTo?: number;
}

const byPath = (a: NoteInput, b: NoteInput): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Every note of the vault in path order, and its settings. */
export function readVault(root: string, options: ReadOptions = {}): Vault {
  if (!existsSync(root)) throw new VaultReadError(`vault folder not found: ${root}`);
  return readNotes(root, options, readVaultSettings(root));
}

/**
 * What an import needs of a vault: every note's path (new names must not collide), and the notes that may be
 * contacts (mayBeContact, a cheap test of the text) read in full. The others' YAML is never parsed.
 */
export function readVaultContacts(root: string, options: ReadOptions = {}, each?: (note: NoteInput, settings: Settings) => void): Vault {
  if (!existsSync(root)) throw new VaultReadError(`vault folder not found: ${root}`);
  const settings = readVaultSettings(root);
  // The reader thread runs the same test from the bundle (main.ts exports it), so only these notes cross over.
  const test = (path: string, text: string): boolean => mayBeContact(path, text, settings.settings);
  // The contact folders are read first: most of what the importer parses is there, and this thread parses it while
  // the reader thread reads the rest (in the order of the walk, the many meeting notes could come before People/).
  const only = { test, exportName: "mayBeContact", data: settings.settings };
  return readNotes(root, options, settings, only, contactFoldersOf(settings.settings), each && ((note) => each(note, settings.settings)));
}

/**
 * readVault, or with `only` (without its `left`, which is this): the notes that pass it, and every path. The
 * reader thread reads the folders `first` (FeedOptions) before the others; `each` is handed every note kept as soon
 * as it is read (in no particular order), so its work is done while the reader thread reads on.
 */
function readNotes(
  root: string,
  options: ReadOptions,
  settings: SettingsResult,
  only?: Omit<FeedFilter, "left">,
  first?: readonly string[],
  each?: (note: NoteInput) => void,
): Vault {
  const unreadable = (error: unknown): VaultReadError =>
    new VaultReadError(`cannot read the vault folder ${root}: ${(error as Error).message}`);
  const notes: NoteInput[] = [];
  const keep = (note: NoteInput): void => {
    notes.push(note);
    each?.(note);
  };
  const paths: string[] = [];
  const reading = { worker: false, prepared: 0, leftOnReader: 0 };
  // A file or subfolder that cannot be read is a problem on its path; the rest of the vault is still read.
  const unread = (path: string, reason: string): void => {
    if (only === undefined) notes.push(unreadNote(path, reason));
    paths.push(path);
  };
  const left = (path: string, onReader: boolean): void => {
    paths.push(path);
    if (onReader) reading.leftOnReader++;
  };
  if (options.threaded === false) {
    let listed: string[];
    try {
      listed = listMarkdownFiles(root, unread);
    } catch (error) {
      throw unreadable(error);
    }
    for (const path of listed) {
      const text = readNote(join(root, path));
      if (typeof text !== "string") unread(path, text.reason);
      else {
        paths.push(path);
        if (only === undefined || only.test(path, text)) keep(noteInputFromText(path, text));
      }
    }
  } else {
    try {
      reading.worker = forEachMarkdownFile<PreparedNote>(root, (path, text, prepared) => {
        paths.push(path);
        if (prepared !== null) reading.prepared++;
        keep(noteInputFromPrepared(path, text, prepared));
      }, { ...options, only: only && { ...only, left }, first }, unread).worker;
    } catch (error) {
      throw error instanceof VaultListError ? unreadable(error) : error;
    }
  }
  notes.sort(byPath);
  paths.sort();
  return { notes, paths, settings, reading };
}

/** The plugin's settings from the vault's data.json; defaults (with a warning) when it cannot be read. */
export function readVaultSettings(root: string): SettingsResult {
  const file = join(root, VAULT_SETTINGS_NOTE);
  if (!existsSync(file)) return readSettings(undefined);
  try {
    return readSettings(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    const result = readSettings(undefined);
    result.warnings.push(`cannot read ${file}: ${(error as Error).message}; using the default settings`);
    return result;
  }
}
