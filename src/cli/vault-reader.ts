// Reads a vault folder from disk into NoteInputs and settings, the way Obsidian would see it.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { load, CORE_SCHEMA } from "js-yaml";
import type { NoteInput, YamlParser } from "../model/types";
import { readSettings, type SettingsResult } from "../model/settings";
import { findBodyLinks, findGoalBlocks } from "../parse/note";
import { VaultListError, forEachMarkdownFile, listMarkdownFiles } from "./file-feed";

export { listMarkdownFiles };

/** The core schema keeps `2026-03-02` as text, as Obsidian's metadata cache does, so no date shifts by time zone. */
export const parseYaml: YamlParser = (text) => load(text, { schema: CORE_SCHEMA });

// Passing options also keeps gray-matter from caching every file it has seen, for the life of the process.
const MATTER_OPTIONS = { engines: { yaml: (text: string) => parseYaml(text) as object } };

const FRONTMATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

export class VaultReadError extends Error {}

/** One note as the core needs it. Broken YAML is reported on the note, never thrown. */
export function noteInputFromText(path: string, text: string): NoteInput {
  let frontmatter: unknown;
  let frontmatterError: string | undefined;
  let body: string;
  if (!text.startsWith("---") && text.charCodeAt(0) !== 0xfeff) {
    // gray-matter returns such a note unchanged with `{}` (after stripping a byte-order mark): no call needed.
    body = text;
  } else {
    try {
      const parsed = matter(text, MATTER_OPTIONS);
      // gray-matter reports `{}` for a note without frontmatter; the core wants to know there was none.
      frontmatter = FRONTMATTER.test(text) ? parsed.data : undefined;
      body = parsed.content;
    } catch (error) {
      frontmatterError = error instanceof Error ? error.message.split("\n")[0] : String(error);
      body = text.replace(FRONTMATTER, "");
    }
  }
  const input: NoteInput = { path, frontmatter, bodyLinks: findBodyLinks(body), goalBlocks: findGoalBlocks(body) };
  if (frontmatterError !== undefined) input.frontmatterError = frontmatterError;
  // Goal block lines count from the top of the file, as Obsidian's do.
  const offset = text.length - body.length;
  if (offset > 0 && input.goalBlocks.length > 0) {
    const skipped = text.slice(0, offset).split("\n").length - 1;
    for (const block of input.goalBlocks) block.line += skipped;
  }
  return input;
}

export interface Vault {
  notes: NoteInput[];
  settings: SettingsResult;
}

export interface ReadOptions {
  /** Read the files on a worker thread while this one parses them (the default); false reads them here, in order. */
  threaded?: boolean;
}

const byPath = (a: NoteInput, b: NoteInput): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Every note of the vault in path order, and its settings. */
export function readVault(root: string, options: ReadOptions = {}): Vault {
  if (!existsSync(root)) throw new VaultReadError(`vault folder not found: ${root}`);
  const unreadable = (error: unknown): VaultReadError =>
    new VaultReadError(`cannot read the vault folder ${root}: ${(error as Error).message}`);
  const notes: NoteInput[] = [];
  if (options.threaded === false) {
    let paths: string[];
    try {
      paths = listMarkdownFiles(root);
    } catch (error) {
      throw unreadable(error);
    }
    for (const path of paths) notes.push(noteInputFromText(path, readFileSync(join(root, path), "utf8")));
  } else {
    try {
      forEachMarkdownFile(root, (path, text) => notes.push(noteInputFromText(path, text)));
    } catch (error) {
      throw error instanceof VaultListError ? unreadable(error) : error;
    }
    notes.sort(byPath);
  }
  return { notes, settings: readVaultSettings(root) };
}

function readVaultSettings(root: string): SettingsResult {
  const file = join(root, ".obsidian", "plugins", "network-goals", "data.json");
  if (!existsSync(file)) return readSettings(undefined);
  try {
    return readSettings(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    const result = readSettings(undefined);
    result.warnings.push(`cannot read ${file}: ${(error as Error).message}; using the default settings`);
    return result;
  }
}
