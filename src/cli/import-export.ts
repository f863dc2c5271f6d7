// `network-goals import-linkedin`, `import-vcard`, `export-csv` and `export-ics` (SPEC §5, §6): the plugin's
// importers and exporters over a vault folder. Imports write each note atomically; exports go to standard output.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod/mini";
import { NetworkIndex } from "../index/network-index";
import { referenceKey } from "../index/resolver";
import { calendarRows, contactsByName, lastContactOf } from "../insights/exports";
import { contactsCsv } from "../io/csv-export";
import { fileNameKey, vaultFolderProblem } from "../io/file-names";
import { calendarEvents, icsCalendar } from "../io/ics-export";
import { fillEmptyFields, importSummary, type UpdateOutcome } from "../io/import-apply";
import { existingContacts, planImport, type ImportPlan } from "../io/import-plan";
import type { ImportSummary } from "../io/import-plan";
import type { ImportRead } from "../io/imported";
import { readLinkedInCsv } from "../io/linkedin";
import { readVcards } from "../io/vcard";
import type { Contact, LocalDate } from "../model/types";
import type { ContactTemplate } from "../io/contact-note";
import { templatePaths } from "../io/templates";
import { parseNote } from "../parse/note";
import { localToday, parseLocalDate } from "../model/calendar";
import { createFileExclusively, replaceFileAtomically } from "./atomic-files";
import { parseYaml, readVault, readVaultContacts, VaultReadError } from "./vault-reader";

type Out = (text: string) => void;

export const IO_COMMANDS = ["import-linkedin", "import-vcard", "export-csv", "export-ics"] as const;
export type IoCommand = (typeof IO_COMMANDS)[number];

export function isIoCommand(name: string | undefined): name is IoCommand {
  return (IO_COMMANDS as readonly string[]).includes(name ?? "");
}

export const IO_USAGE = `Usage: network-goals import-linkedin FILE --vault DIR [--dry-run] [--json] [--today YYYY-MM-DD]
       network-goals import-vcard FILE --vault DIR [--dry-run] [--json] [--today YYYY-MM-DD]
       network-goals export-csv --vault DIR [--today YYYY-MM-DD]
       network-goals export-ics --vault DIR [--today YYYY-MM-DD]

import-linkedin  one contact note per person in LinkedIn's Connections.csv
import-vcard     one contact note per card of a .vcf file (vCard 2.1, 3.0, 4.0)
                 A person who already has a note (same LinkedIn URL, e-mail, or name or alias)
                 only gets the fields that note leaves empty; importing again changes nothing.
export-csv       every contact as CSV (opens in any spreadsheet), to standard output
export-ics       open follow-ups and reconnect due dates as an .ics calendar, to standard output

Options:
  --vault DIR          the vault folder (required)
  --dry-run            say what an import would do, and write nothing
  --today YYYY-MM-DD   compute as if today were this date (default: today, local time)
  --json               print the import's summary as one JSON object
  -h, --help           show this help

New notes go to the import folder of the vault's settings (default People), and start from its
contact template when one is set ({{date}} is today, or --today).
Exit codes: 0 success, 1 the vault or the file cannot be read or written, 2 usage error.`;

const ioOptions = z.object({
  vault: z.string().check(z.minLength(1, "--vault needs a folder")),
  today: z.optional(z.string().check(z.refine((s) => parseLocalDate(s) !== null, "--today must be a real date written YYYY-MM-DD"))),
  json: z.boolean(),
  dryRun: z.boolean(),
  file: z.optional(z.string()),
});
type IoOptions = z.infer<typeof ioOptions>;

/** Parses the arguments after the command name; a message in words when they are wrong. */
export function parseIoArgs(command: IoCommand, rest: readonly string[]): IoOptions | string {
  const raw: Record<string, unknown> = { json: false, dryRun: false };
  const imports = command.startsWith("import-");
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === "--json" && imports) raw.json = true;
    else if (name === "--dry-run" && imports) raw.dryRun = true;
    else if (name === "--vault" || name === "--today") {
      const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined || value.startsWith("--")) return `${name} needs a value`;
      raw[name.slice(2)] = value;
    } else if (!arg.startsWith("-") && imports && raw.file === undefined) raw.file = arg;
    else return `unknown option '${arg}' for ${command}`;
  }
  if (imports && raw.file === undefined) return `${command} needs the FILE to import`;
  if (raw.vault === undefined) return "--vault DIR is required";
  const parsed = ioOptions.safeParse(raw);
  return parsed.success ? parsed.data : parsed.error.issues.map((issue) => issue.message).join("; ");
}

class CliError extends Error {}

export function runIo(command: IoCommand, rest: readonly string[], out: Out, err: Out): number {
  if (rest.includes("--help") || rest.includes("-h")) {
    out(IO_USAGE);
    return 0;
  }
  const options = parseIoArgs(command, rest);
  if (typeof options === "string") {
    err(`network-goals: ${options}\n\n${IO_USAGE}`);
    return 2;
  }
  try {
    if (command === "export-csv" || command === "export-ics") out(runExport(command, options, err));
    else {
      const summary = runImport(command, options, err);
      out(options.json ? JSON.stringify(summary, null, 2) : summaryText(summary, options.dryRun));
    }
    return 0;
  } catch (error) {
    if (error instanceof CliError || error instanceof VaultReadError) {
      err(`network-goals: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

function loadVault(root: string, err: Out) {
  const vault = readVault(root);
  for (const warning of vault.settings.warnings) err(`network-goals: ${warning}`);
  const index = new NetworkIndex(vault.settings.settings, parseYaml);
  index.upsertAll(vault.notes);
  return { vault, index, settings: vault.settings.settings };
}

function runExport(command: "export-csv" | "export-ics", options: IoOptions, err: Out): string {
  const { index, settings } = loadVault(options.vault, err);
  const today = options.today ?? localToday();
  if (command === "export-csv") {
    return contactsCsv(contactsByName(index), (path) => lastContactOf(index, path, today)).replace(/\r\n$/, "");
  }
  const rows = calendarRows(index, today, settings);
  return icsCalendar(calendarEvents(rows.followUps, rows.reconnect), new Date()).replace(/\r\n$/, "");
}

/** The file's bytes: a vCard's values may be in another character set than UTF-8 (its CHARSET). */
function readImportFile(file: string): Uint8Array {
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`file not found: ${file}`);
  try {
    return readFileSync(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

function runImport(command: "import-linkedin" | "import-vcard", options: IoOptions, err: Out): ImportSummary {
  const bytes = readImportFile(options.file as string);
  const read: ImportRead = command === "import-linkedin" ? readLinkedInCsv(new TextDecoder().decode(bytes)) : readVcards(bytes);
  // Only the notes that may be contacts are read in full, and each is parsed as the index parses it, as soon as it
  // is read: an import needs the contacts (to match people) and every path (so that no new name collides), nothing else.
  const parsed = new Map<string, Contact>();
  const vault = readVaultContacts(options.vault, {}, (note, settings) => {
    const contact = parseNote(note, settings, parseYaml).contact;
    if (contact !== undefined) parsed.set(note.path, contact);
  });
  for (const warning of vault.settings.warnings) err(`network-goals: ${warning}`);
  const settings = vault.settings.settings;
  const contacts: Contact[] = [];
  const frontmatter = new Map<string, unknown>();
  for (const note of vault.notes) {
    const contact = parsed.get(note.path);
    if (contact === undefined) continue;
    contacts.push(contact);
    frontmatter.set(note.path, note.frontmatter);
  }
  const taken = new Set(vault.paths.map(fileNameKey));
  const problem = vaultFolderProblem(settings.importFolder);
  if (problem !== null) throw new CliError(`the import folder setting: ${problem}`);
  const folder = settings.importFolder.trim().replace(/\\/g, "/").split("/").filter((part) => part !== "").join("/");
  const plan = planImport(read, existingContacts(contacts, (path) => frontmatter.get(path)), {
    folder,
    settings,
    nameKey: referenceKey,
    taken: (path) => taken.has(fileNameKey(path)) || existsSync(join(options.vault, path)),
    template: contactTemplate(options.vault, settings.contactTemplate, options.today ?? localToday(), err),
  });
  for (const warning of plan.warnings) err(`network-goals: ${warning}`);
  if (options.dryRun) return importSummary(plan, plan.created.map((note) => note.path));
  return carryOut(plan, options.vault);
}

/** The contact template the setting names, found as the plugin finds it (io/templates.ts); none when unset or missing (said on `err`). */
function contactTemplate(root: string, setting: string, date: LocalDate, err: Out): ContactTemplate | undefined {
  const paths = templatePaths(setting);
  const file = paths.find((path) => existsSync(join(root, path)) && statSync(join(root, path)).isFile());
  if (file !== undefined) return { text: readFileSync(join(root, file), "utf8"), date, parseYaml };
  if (paths.length > 0) err(`network-goals: template ${paths[0] ?? ""} was not found, so it was not used`);
  return undefined;
}

/** Writes the plan: each new note created (never over a file), each update one atomic rewrite of its note. */
function carryOut(plan: ImportPlan, root: string): ImportSummary {
  const created: string[] = [];
  const outcomes: UpdateOutcome[] = [];
  const problems: ImportPlan["problems"] = [];
  for (const note of plan.created) {
    try {
      if (createFileExclusively(join(root, note.path), note.text)) created.push(note.path);
      else problems.push({ line: note.person.line, message: `${note.path} appeared while importing; ${note.person.name} was not imported, import again` });
    } catch (error) {
      throw new CliError(`cannot write ${note.path}: ${(error as Error).message} (${created.length} notes were created before it)`);
    }
  }
  for (const update of plan.updated) {
    const file = join(root, update.path);
    const before = readFileSync(file, "utf8");
    const filled = fillEmptyFields(before, update.fills, parseYaml);
    if (filled.written.length > 0) {
      try {
        replaceFileAtomically(file, filled.text, before);
      } catch (error) {
        problems.push({ line: update.person.line, message: `${update.path} not updated: ${(error as Error).message}` });
        continue;
      }
    }
    outcomes.push({ update, written: filled.written, refused: filled.refused });
  }
  return importSummary(plan, created, outcomes, problems);
}

/** The summary in words. */
export function summaryText(summary: ImportSummary, dryRun: boolean): string {
  const would = (done: string, future: string) => (dryRun ? future : done);
  const lines = [
    `${summary.created.length} ${would("created", "to create")}, ${summary.updated.length} ${would("updated", "to update")}, ${summary.skipped.length} skipped, ${summary.problems.length} problems${dryRun ? " (dry run: nothing written)" : ""}`,
  ];
  for (const path of summary.created) lines.push(`  + ${path}`);
  for (const { note, fields } of summary.updated) lines.push(`  ~ ${note}: ${fields.join(", ")}`);
  for (const { name, reason } of summary.skipped) lines.push(`  = ${name}: ${reason}`);
  for (const { line, message } of summary.problems) lines.push(`  ! line ${line}: ${message}`);
  return lines.join("\n");
}
