// The plugin's only writes: follow-up done / snoozed, contact snoozed, new notes. Each is an explicit user action.
// A frontmatter write changes one line of the note (SPEC §9), applied atomically with Vault.process.
import { normalizePath, parseYaml, TFile, TFolder, type App } from "obsidian";
import {
  followUpDoneEdit,
  snoozeContactEdit,
  snoozedContactDate,
  snoozedFollowUpDate,
  snoozeFollowUpEdit,
  type DatedEdit,
} from "../io/note-edits";
import type { LocalDate } from "../model/types";
import { candidateFileNames, fileNameKey, sanitizeFileName, vaultFolderProblem } from "../io/file-names";
import { pickField, type Frontmatter } from "../parse/fields";
import { CONTACT_FIELDS, INTERACTION_FIELDS } from "../parse/field-aliases";

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

function requireFile(app: App, path: string): TFile {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`${path} no longer exists`);
  return file;
}

/**
 * Applies one edit of the note's text with Vault.process, so nothing written in between is lost. Where the
 * editor cannot change the key on its line, Obsidian's processFrontMatter (which rewrites the whole block)
 * is used only when that loses nothing the user wrote; otherwise nothing is written and the error says why.
 */
async function applyEdit(
  app: App,
  path: string,
  edit: (text: string) => DatedEdit,
  fallback: (fm: Frontmatter) => LocalDate,
): Promise<LocalDate> {
  const file = requireFile(app, path);
  const refused = (reason: string): Error => new Error(`${reason}. Nothing was written; please change ${path} by hand`);
  const planned = edit(await app.vault.read(file));
  if (!planned.result.ok) {
    if (!planned.result.fallbackSafe) throw refused(planned.result.reason);
    let date = planned.date;
    await app.fileManager.processFrontMatter(file, (fm: Frontmatter) => {
      date = fallback(fm);
    });
    return date;
  }
  if (!planned.result.changed) return planned.date;
  let applied = planned;
  await app.vault.process(file, (text) => {
    applied = edit(text);
    return applied.result.ok ? applied.result.text : text;
  });
  if (!applied.result.ok) throw refused(applied.result.reason);
  return applied.date;
}

/** Marks an interaction's follow-up done today: `follow_up_done: <today>` (or the note's own `followed_up`). */
export async function markFollowUpDone(app: App, path: string, today: LocalDate): Promise<void> {
  await applyEdit(
    app,
    path,
    (text) => followUpDoneEdit(text, today, parseYaml),
    (fm) => {
      fm[existingKey(fm, INTERACTION_FIELDS.followUpDone.names)] = today;
      return today;
    },
  );
}

/**
 * Moves a follow-up `days` later than the later of today and its current date (snoozing an overdue
 * follow-up from its old date could leave it overdue still). Returns the new date.
 */
export async function snoozeFollowUp(app: App, path: string, days: number, today: LocalDate): Promise<LocalDate> {
  return applyEdit(
    app,
    path,
    (text) => snoozeFollowUpEdit(text, days, today, parseYaml),
    (fm) => {
      const key = existingKey(fm, INTERACTION_FIELDS.followUp.names);
      const next = snoozedFollowUpDate(fm[key], days, today);
      fm[key] = next;
      return next;
    },
  );
}

/** Hides a contact from "reconnect" until today + days: `snooze_until` (or the note's `prm-snooze-until`). */
export async function snoozeContact(app: App, path: string, days: number, today: LocalDate): Promise<LocalDate> {
  return applyEdit(
    app,
    path,
    (text) => snoozeContactEdit(text, days, today, parseYaml),
    (fm) => {
      const until = snoozedContactDate(days, today);
      fm[existingKey(fm, CONTACT_FIELDS.snooze.names)] = until;
      return until;
    },
  );
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
  // A folder from the settings that leaves the vault (`../outside`) or that no platform can hold is refused.
  const problem = vaultFolderProblem(folder);
  if (problem !== null) throw new Error(problem);
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
