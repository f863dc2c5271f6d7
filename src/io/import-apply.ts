// Carrying out an import plan on a note's text, and the summary of SPEC §6. The fills go through the one
// frontmatter editor (SPEC §9): each adds one line, or fills a key left blank, and touches nothing else.
import type { YamlParser } from "../model/types";
import { CONTACT_FIELDS } from "../parse/field-aliases";
import { asRecord, FieldLookup } from "../parse/fields";
import { frontmatterData, setFrontmatterKey, type EditResult } from "./frontmatter";
import type { ImportProblem } from "./imported";
import { heldValues, isListField, missingValues, type Fill } from "./import-fields";
import type { ImportPlan, ImportSummary, PlannedUpdate } from "./import-plan";

export interface FilledText {
  text: string;
  /** The keys written, as they are in the note. */
  written: string[];
  /** Fields the editor would not write in place, each with why. */
  refused: { field: string; reason: string }[];
}

/**
 * The note's text with the fills made: each only where the note still has no value (a value written since
 * the plan was made stays), e-mails and phones only those the note does not hold yet (a list on the key's line,
 * its own first), each through the frontmatter editor; what it refuses is left out and said.
 */
export function fillEmptyFields(text: string, fills: readonly Fill[], parseYaml: YamlParser): FilledText {
  let current = text;
  const written: string[] = [];
  const refused: FilledText["refused"] = [];
  for (const fill of fills) {
    const aliases = CONTACT_FIELDS[fill.field];
    let result: EditResult;
    if (isListField(fill.field)) {
      const value = new FieldLookup(asRecord(frontmatterData(current, parseYaml)) ?? {}).pick(aliases)?.value;
      const missing = missingValues(fill.field, fill.values, heldValues(value));
      if (missing.length === 0) continue;
      // The note's own values first, as they are, then the new ones: the key's line becomes the list.
      const own = value === undefined ? [] : [value].flat();
      const all = [...own.map(String), ...missing];
      result = own.every((v) => typeof v === "string" || typeof v === "number")
        ? setFrontmatterKey(current, aliases.names, all.length === 1 ? (all[0] as string) : all, { parseYaml })
        : { ok: false, reason: "its value is not texts", fallbackSafe: false };
    } else result = setFrontmatterKey(current, aliases.names, fill.values[0] ?? "", { onlyIfEmpty: true, parseYaml });
    if (!result.ok) refused.push({ field: fill.field, reason: result.reason });
    else if (result.changed) {
      current = result.text;
      written.push(result.key);
    }
  }
  return { text: current, written, refused };
}

/** What an update did: the keys written (none: it had nothing left to do), and what could not be written. */
export interface UpdateOutcome {
  update: PlannedUpdate;
  written: string[];
  refused: FilledText["refused"];
}

/**
 * The summary of SPEC §6: the notes created, the notes updated with their keys, who was skipped and why, and
 * the problems of the file's lines and of the writes (`writeProblems`: notes that could not be written), in line
 * order. `outcomes` are the updates as carried out; without them (a dry run, a preview) the planned fields are listed
 * under their canonical keys.
 */
export function importSummary(plan: ImportPlan, created: readonly string[], outcomes?: readonly UpdateOutcome[], writeProblems: readonly ImportProblem[] = []): ImportSummary {
  const problems: ImportProblem[] = [...plan.problems, ...writeProblems];
  const updated: ImportSummary["updated"] = [];
  const skipped: ImportSummary["skipped"] = plan.skipped.map(({ name, reason }) => ({ name, reason }));
  if (outcomes) {
    for (const { update, written, refused } of outcomes) {
      if (written.length > 0) updated.push({ note: update.path, fields: written });
      else if (refused.length === 0) skipped.push({ name: update.person.name, reason: `${update.path} was filled in meanwhile` });
      for (const { field, reason } of refused) {
        problems.push({ line: update.person.line, message: `${field} of ${update.path} not written: ${reason}` });
      }
    }
  } else {
    for (const update of plan.updated) {
      updated.push({ note: update.path, fields: update.fills.map((fill) => CONTACT_FIELDS[fill.field].names[0] as string) });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { created: [...created], updated, skipped, problems };
}
