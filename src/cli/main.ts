// The `network-goals` command: the same engine as the plugin, over a vault folder on disk.
import { localToday } from "../model/calendar";
import { NetworkIndex } from "../index/network-index";
import { LiveReport } from "../insights/live-report";
import { reportToJson } from "../insights/report";
import { parseArgs, USAGE } from "./options";
import { parseYaml, prepareNote, readVault, readVaultContacts, VAULT_SETTINGS_NOTE, VaultReadError } from "./vault-reader";
import { mayBeContact } from "../parse/classify";
import { reportLines } from "../insights/report-text";
import { useReaderBundle } from "./file-feed";
import { runWrite } from "./note-writes";
import { isIoCommand, runIo } from "./import-export";
import { runPerson } from "./person";
import { reviewToJson } from "../insights/review";
import { reviewLines } from "../insights/review-text";
import { terminalText } from "../io/terminal";

/**
 * For the reader thread, which loads the built CLI to prepare notes while this thread parses, and to leave out the
 * notes an import needs no more of than their path (file-feed.ts, readVaultContacts); readVault and
 * readVaultContacts for tests of the built CLI.
 */
export { mayBeContact, prepareNote, readVault, readVaultContacts };

export function run(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  if (isIoCommand(argv[0])) return runIo(argv[0], argv.slice(1), out, err);
  const command = parseArgs(argv);
  if (command.command === "help") {
    out(USAGE);
    return 0;
  }
  if (command.command === "error") {
    err(`network-goals: ${command.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.command === "done" || command.command === "snooze") return runWrite(command.command, command.options, out, err);
  const { vault: root, json } = command.options;
  const today = command.options.today ?? localToday();
  let vault;
  try {
    vault = readVault(root);
  } catch (error) {
    if (error instanceof VaultReadError) {
      err(`network-goals: ${error.message}`);
      return 1;
    }
    throw error;
  }
  for (const warning of vault.settings.warnings) err(`network-goals: ${warning}`);
  const index = new NetworkIndex(vault.settings.settings, parseYaml, VAULT_SETTINGS_NOTE);
  index.upsertAll(vault.notes);
  // The plugin's report, from the facts the index keeps: the CLI and the sidebar cannot disagree.
  if (command.command === "person") return runPerson(index, command.options.name, today, vault.settings.settings, json, out, err);
  const live = new LiveReport(index);
  if (command.command === "review") {
    const { period } = command.options;
    const review = live.review(today, vault.settings.settings, period);
    if ("error" in review) {
      err(`network-goals: ${review.error}`);
      return 2;
    }
    out(json ? JSON.stringify(reviewToJson(review, period), null, 2) : terminalText(reviewLines(review)));
    return 0;
  }
  const report = live.report(today, vault.settings.settings);
  const names = (path: string): string => index.contact(path)?.name ?? path;
  out(json ? JSON.stringify(reportToJson(report), null, 2) : terminalText(reportLines(report, names)));
  return 0;
}

// In dist/cli.js this module is the bundle's entry (the bundle exports what it exports), so the reader thread
// can load the same file for prepareNote. Run as TypeScript (the tests), the file is not loadable that way.
if (__filename.endsWith(".js") && (module.exports as { prepareNote?: unknown }).prepareNote === prepareNote) useReaderBundle(__filename);

if (require.main === module) {
  process.exitCode = run(
    process.argv.slice(2),
    (text) => process.stdout.write(text + "\n"),
    (text) => process.stderr.write(text + "\n"),
  );
}
