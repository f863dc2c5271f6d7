// `network-goals done` and `network-goals snooze`: the plugin's follow-up writes (SPEC §5, §9) over a note on
// disk. One line changes; what cannot be changed in place is refused (exit 1) with the reason; the new text is
// written to a temporary file beside the note and renamed over it, so the note is never half written.
import { existsSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { NetworkIndex } from "../index/network-index";
import { followUpDoneEdit, snoozeFollowUpEdit, type DatedEdit } from "../io/note-edits";
import { localToday } from "../model/calendar";
import { replaceFileAtomically } from "./atomic-files";
import type { WriteOptions } from "./options";
import { noteInputFromText, parseYaml, readVaultSettings } from "./vault-reader";

type Out = (text: string) => void;

/** The note's path in the vault (with `/`), or undefined when NOTE names no Markdown file inside it. */
function findNote(root: string, note: string): string | undefined {
  const tries = [note, `${note}.md`].flatMap((name) => (isAbsolute(name) ? [name] : [join(root, name), resolve(name)]));
  for (const path of tries) {
    const inside = relative(resolve(root), resolve(path));
    if (inside === "" || inside.startsWith("..") || isAbsolute(inside) || !inside.toLowerCase().endsWith(".md")) continue;
    if (existsSync(path) && statSync(path).isFile()) return inside.split(sep).join("/");
  }
  return undefined;
}

/** The lines that differ, as `- old` / `+ new` with their line number (1-based). */
function changedLines(before: string, after: string): { line: number; removed?: string; added: string } | undefined {
  const a = before.split("\n");
  const b = after.split("\n");
  for (let i = 0; i < b.length; i++) {
    if (a[i] === b[i]) continue;
    const strip = (s: string | undefined) => s?.replace(/\r$/, "");
    const added = strip(b[i]) ?? "";
    // One line added when the rest of the note follows unchanged, else one line replaced.
    return a.length < b.length ? { line: i + 1, added } : { line: i + 1, removed: strip(a[i]), added };
  }
  return undefined;
}

export function runWrite(command: "done" | "snooze", options: WriteOptions, out: Out, err: Out): number {
  const fail = (code: number, message: string): number => {
    err(`network-goals: ${message}`);
    return code;
  };
  if (!existsSync(options.vault) || !statSync(options.vault).isDirectory()) return fail(1, `vault folder not found: ${options.vault}`);
  const path = findNote(options.vault, options.note);
  if (path === undefined) return fail(2, `no note '${options.note}' in the vault ${options.vault}`);
  const file = join(options.vault, path);
  const today = options.today ?? localToday();
  const settings = readVaultSettings(options.vault);
  for (const warning of settings.warnings) err(`network-goals: ${warning}`);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return fail(1, `cannot read ${path}: ${(error as Error).message}`);
  }
  // The note as the plugin sees it: the same index decides whether it is an interaction with a follow-up.
  const input = noteInputFromText(path, text);
  if (input.frontmatterError !== undefined) {
    return fail(1, `cannot change ${path} in place: its frontmatter is not valid YAML (${input.frontmatterError}). Nothing was written; change it by hand`);
  }
  const index = new NetworkIndex(settings.settings, parseYaml);
  index.upsertAll([input]);
  const interaction = index.interaction(path);
  if (!interaction) return fail(1, `${path} is not an interaction note (a meeting, call or event), so it has no follow-up`);
  if (interaction.followUp === undefined) return fail(1, `${path} has no follow-up date (follow_up: YYYY-MM-DD) to ${command === "done" ? "mark done" : "snooze"}`);
  if (interaction.followUpDone !== false) {
    if (command === "snooze") return fail(1, `the follow-up of ${path} is already done`);
    out(options.json ? JSON.stringify({ note: path, changed: false, reason: "already done" }, null, 2) : `${path}: the follow-up is already done; nothing to change`);
    return 0;
  }
  const edit: DatedEdit =
    command === "done"
      ? followUpDoneEdit(text, options.on ?? today, parseYaml)
      : snoozeFollowUpEdit(text, options.days ?? settings.settings.snoozeDays, today, parseYaml);
  const { result } = edit;
  if (!result.ok) return fail(1, `cannot change ${path} in place: ${result.reason}. Nothing was written; change it by hand`);
  const change = changedLines(text, result.text);
  if (result.changed && !options.dryRun) {
    try {
      replaceFileAtomically(file, result.text, text);
    } catch (error) {
      return fail(1, `cannot write ${path}: ${(error as Error).message}`);
    }
  }
  if (options.json) {
    out(JSON.stringify({ note: path, key: result.key, value: edit.date, changed: result.changed, dryRun: options.dryRun, ...(change ?? {}) }, null, 2));
  } else if (!change) {
    out(`${path}: ${result.key} is already ${edit.date}; nothing to change`);
  } else {
    const verb = options.dryRun ? "would change" : "changed";
    out([`${path}: ${verb} line ${change.line}`, ...(change.removed === undefined ? [] : [`- ${change.removed}`]), `+ ${change.added}`].join("\n"));
  }
  return 0;
}
