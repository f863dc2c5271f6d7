// The import and export commands' work in the vault (SPEC §6): plan an import over the index and the metadata
// cache, carry it out in batches that let the UI breathe, and write export files (never over one without a yes).
import { normalizePath, Notice, parseYaml, TFile, type App } from "obsidian";
import { readTemplate } from "./templates";
import { calendarRows, contactsByName, lastContactOf } from "../insights/exports";
import { referenceKey } from "../index/resolver";
import { contactsCsv } from "../io/csv-export";
import { fileNameKey, vaultFolderProblem } from "../io/file-names";
import { calendarEvents, icsCalendar } from "../io/ics-export";
import { fillEmptyFields, importSummary, type UpdateOutcome } from "../io/import-apply";
import { existingContacts, planImport, type ImportPlan, type ImportSummary } from "../io/import-plan";
import type { ImportRead } from "../io/imported";
import { readLinkedInCsv } from "../io/linkedin";
import { readVcards } from "../io/vcard";
import type { ModalContext } from "./modals/context";
import { createNote, folderPath } from "./writes";
import { nextTask } from "./indexer";
import { errorMessage } from "../model/errors";
import { plural } from "../render/format";

export type ImportKind = "linkedin" | "vcard";

/** A file's bytes read: LinkedIn writes UTF-8; a vCard's values may be in their own CHARSET. */
export function readImportFile(kind: ImportKind, bytes: Uint8Array): ImportRead {
  return kind === "linkedin" ? readLinkedInCsv(new TextDecoder().decode(bytes)) : readVcards(bytes);
}

/**
 * What an import of the file would do to the vault as it is now, new notes from the contact template when one is set
 * (what to say about the template in a notice). Throws when the import folder setting is unusable.
 */
export async function planVaultImport(context: ModalContext, kind: ImportKind, bytes: Uint8Array): Promise<ImportPlan> {
  const { app, settings } = context;
  const problem = vaultFolderProblem(settings.importFolder);
  if (problem !== null) throw new Error(`the import folder setting: ${problem}`);
  const warnings: string[] = [];
  const text = await readTemplate(app, settings.contactTemplate, warnings);
  const taken = new Set(app.vault.getAllLoadedFiles().map((file) => fileNameKey(file.path)));
  const plan = planImport(readImportFile(kind, bytes), existingContacts(context.index().contacts(), (path) => app.metadataCache.getCache(path)?.frontmatter), {
    folder: folderPath(settings.importFolder),
    settings,
    nameKey: referenceKey,
    taken: (path) => taken.has(fileNameKey(path)),
    template: text === null ? undefined : { text, date: context.today(), parseYaml },
  });
  for (const warning of [...warnings, ...plan.warnings]) new Notice(`Import: ${warning}`);
  return plan;
}

export interface Progress {
  done: number;
  total: number;
}

/** Notes written between two pauses: small enough that a frame is never held up for long. */
const BATCH = 25;

/**
 * Carries out the plan: each new note created (never over an existing one; a name taken meanwhile gets the next
 * number), each update one Vault.process of its note through the frontmatter editor, so an edit made since the
 * plan was shown is kept (a field filled meanwhile is left alone). Pauses every BATCH notes.
 */
export async function carryOutImport(app: App, plan: ImportPlan, onProgress: (progress: Progress) => void = () => undefined): Promise<ImportSummary> {
  const total = plan.created.length + plan.updated.length;
  const created: string[] = [];
  const outcomes: UpdateOutcome[] = [];
  const problems: ImportSummary["problems"] = [];
  let done = 0;
  const step = async () => {
    done++;
    if (done % BATCH === 0) {
      onProgress({ done, total });
      await nextTask();
    }
  };
  for (const note of plan.created) {
    const slash = note.path.lastIndexOf("/");
    try {
      const made = await createNote(app, note.path.slice(0, Math.max(slash, 0)), note.path.slice(slash + 1, -3), note.text);
      created.push(made.file.path);
    } catch (error) {
      problems.push({ line: note.person.line, message: `${note.path} not created: ${errorMessage(error)}` });
    }
    await step();
  }
  for (const update of plan.updated) {
    const file = app.vault.getFileByPath(update.path);
    if (!file) {
      problems.push({ line: update.person.line, message: `${update.path} no longer exists; not updated` });
      await step();
      continue;
    }
    let outcome: UpdateOutcome = { update, written: [], refused: [] };
    await app.vault.process(file, (text) => {
      const filled = fillEmptyFields(text, update.fills, parseYaml);
      outcome = { update, written: filled.written, refused: filled.refused };
      return filled.text;
    });
    outcomes.push(outcome);
    await step();
  }
  onProgress({ done: total, total });
  return importSummary(plan, created, outcomes, problems);
}

/** The summary in one line, for the notice at the end. */
export function summaryLine(summary: ImportSummary): string {
  return `Imported: ${plural(summary.created.length, "new contact")}, ${summary.updated.length} updated, ${summary.skipped.length} skipped, ${plural(summary.problems.length, "problem")}.`;
}

export type ExportKind = "csv" | "ics";

/** Where an export goes: the export folder of the settings (the vault root by default). */
export function exportPath(context: ModalContext, kind: ExportKind): string {
  const name = kind === "csv" ? "Network contacts.csv" : "Network follow-ups.ics";
  const folder = folderPath(context.settings.exportFolder);
  return normalizePath(folder === "" ? name : `${folder}/${name}`);
}

/** The export's text, and what it holds in words. */
export function exportText(context: ModalContext, kind: ExportKind): { text: string; what: string } {
  const index = context.index();
  const today = context.today();
  if (kind === "csv") {
    const contacts = contactsByName(index);
    return { text: contactsCsv(contacts, (path) => lastContactOf(index, path, today)), what: `${contacts.length} contacts` };
  }
  const rows = calendarRows(index, today, context.settings);
  const events = calendarEvents(rows.followUps, rows.reconnect);
  return { text: icsCalendar(events, new Date()), what: `${events.length} events` };
}

/** Writes the export: a new file, or over the old export when `replace` says so. Returns the file. */
export async function writeExport(app: App, path: string, text: string, replace: boolean): Promise<TFile> {
  const existing = app.vault.getAbstractFileByPath(path);
  if (existing instanceof TFile) {
    if (!replace) throw new Error(`${path} exists`);
    await app.vault.process(existing, () => text);
    return existing;
  }
  if (existing) throw new Error(`${path} is a folder`);
  const slash = path.lastIndexOf("/");
  if (slash > 0 && !app.vault.getFolderByPath(path.slice(0, slash))) await app.vault.createFolder(path.slice(0, slash));
  return app.vault.create(path, text);
}
