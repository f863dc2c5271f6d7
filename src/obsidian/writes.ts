// The plugin's only writes: follow-up done / snoozed, contact snoozed, new notes. Each is an explicit user action.
import { normalizePath, TFile, TFolder, type App } from "obsidian";
import { addDays } from "../model/calendar";
import type { LocalDate } from "../model/types";
import { readDate } from "../parse/dates";
import { candidateFileNames, fileNameKey, sanitizeFileName } from "../io/file-names";
import { isAbsent, nestedLinkText, pickField, type Frontmatter } from "../parse/fields";

/** The aliases of SPEC §1, in the order the parser reads them; the first is what a new key is called. */
export const FOLLOW_UP_ALIASES = ["follow_up", "follow-up", "followup", "follow_up_by"] as const;
export const FOLLOW_UP_DONE_ALIASES = ["follow_up_done", "followed_up"] as const;
export const SNOOZE_UNTIL_ALIASES = ["snooze_until", "prm-snooze-until"] as const;

/**
 * The key the note already uses for a concept, in alias order, matched case-insensitively; else the
 * first alias. A filled-in key wins over an empty one, as in the parser (SPEC §1: the first alias wins).
 */
export function existingKey(fm: Frontmatter, aliases: readonly string[]): string {
  const filled = pickField(fm, aliases);
  if (filled) return filled.key;
  for (const alias of aliases) {
    const key = Object.keys(fm).find((k) => k.trim().toLowerCase() === alias);
    if (key !== undefined) return key;
  }
  return aliases[0] ?? "";
}

/**
 * processFrontMatter re-writes the whole YAML block. An unquoted `with: [[Jane Doe]]` is read by YAML as a
 * nested list and would come back as `- - Jane Doe`, which is no longer a link: such values are written
 * back as the quoted link the user meant (`"[[Jane Doe]]"`), so a write never breaks another field.
 */
function keepUnquotedLinks(fm: Frontmatter): void {
  for (const [key, value] of Object.entries(fm)) {
    const link = nestedLinkText(value);
    if (link !== undefined) {
      fm[key] = `[[${link}]]`;
    } else if (Array.isArray(value) && value.some((item) => nestedLinkText(item) !== undefined)) {
      fm[key] = value.map((item: unknown) => {
        const inner = nestedLinkText(item);
        return inner === undefined ? item : `[[${inner}]]`;
      });
    }
  }
}

function requireFile(app: App, path: string): TFile {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`${path} no longer exists`);
  return file;
}

async function editFrontmatter(app: App, path: string, edit: (fm: Frontmatter) => void): Promise<void> {
  await app.fileManager.processFrontMatter(requireFile(app, path), (fm: Frontmatter) => {
    keepUnquotedLinks(fm);
    edit(fm);
  });
}

/** Marks an interaction's follow-up done today: `follow_up_done: <today>` (or the note's own `followed_up`). */
export async function markFollowUpDone(app: App, path: string, today: LocalDate): Promise<void> {
  await editFrontmatter(app, path, (fm) => {
    fm[existingKey(fm, FOLLOW_UP_DONE_ALIASES)] = today;
  });
}

/**
 * Moves a follow-up `days` later than the later of today and its current date (snoozing an overdue
 * follow-up from its old date could leave it overdue still). Returns the new date.
 */
export async function snoozeFollowUp(app: App, path: string, days: number, today: LocalDate): Promise<LocalDate> {
  let next = addDays(today, days);
  await editFrontmatter(app, path, (fm) => {
    const key = existingKey(fm, FOLLOW_UP_ALIASES);
    const current = key in fm && !isAbsent(fm[key]) ? readDate(fm[key]) : undefined;
    const from = current?.ok && current.value > today ? current.value : today;
    next = addDays(from, days);
    fm[key] = next;
  });
  return next;
}

/** Hides a contact from "reconnect" until today + days: `snooze_until` (or the note's `prm-snooze-until`). */
export async function snoozeContact(app: App, path: string, days: number, today: LocalDate): Promise<LocalDate> {
  const until = addDays(today, days);
  await editFrontmatter(app, path, (fm) => {
    fm[existingKey(fm, SNOOZE_UNTIL_ALIASES)] = until;
  });
  return until;
}

/** The folder as a vault path, `""` for the vault root. */
export function folderPath(folder: string): string {
  const normal = normalizePath(folder.trim());
  return normal === "/" || normal === "." ? "" : normal;
}

async function ensureFolder(app: App, folder: string): Promise<void> {
  if (folder === "") return;
  let sofar = "";
  for (const part of folder.split("/")) {
    sofar = sofar === "" ? part : `${sofar}/${part}`;
    const existing = app.vault.getAbstractFileByPath(sofar);
    if (existing instanceof TFolder) continue;
    if (existing) throw new Error(`${sofar} is a file, not a folder`);
    await app.vault.createFolder(sofar);
  }
}

/** Whether a name is taken in the folder, ignoring case and normalisation (macOS and Windows file systems do). */
function isTaken(app: App, folder: string, fileName: string): boolean {
  const path = folder === "" ? fileName : `${folder}/${fileName}`;
  if (app.vault.getAbstractFileByPath(path)) return true;
  const parent = folder === "" ? app.vault.getRoot() : app.vault.getFolderByPath(folder);
  const key = fileNameKey(fileName);
  return parent?.children.some((child) => fileNameKey(child.name) === key) ?? false;
}

export interface CreatedNote {
  file: TFile;
  /** The name asked for was taken, so a number was added (`Jane Doe 2`). */
  renamed: boolean;
}

/**
 * Creates `<folder>/<baseName>.md`, never overwriting: when the name is taken, `<baseName> 2.md`,
 * `3`, … The folder is created when missing.
 */
export async function createNote(app: App, folder: string, baseName: string, text: string): Promise<CreatedNote> {
  const dir = folderPath(folder);
  const base = sanitizeFileName(baseName);
  await ensureFolder(app, dir);
  for (const fileName of candidateFileNames(base)) {
    if (isTaken(app, dir, fileName)) continue;
    const path = normalizePath(dir === "" ? fileName : `${dir}/${fileName}`);
    try {
      return { file: await app.vault.create(path, text), renamed: fileName !== `${base}.md` };
    } catch (error) {
      // Created by someone else between the check and now (a sync client): try the next number.
      if (app.vault.getAbstractFileByPath(path)) continue;
      throw error;
    }
  }
  throw new Error(`too many notes named ${base} in ${dir === "" ? "the vault root" : dir}`);
}
