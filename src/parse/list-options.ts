// Options of the `network-followups` / `network-reconnect` blocks, read from their YAML; never throws.
// `import * as z` (not `{ z }`) keeps zod tree-shaken in main.js.
import * as z from "zod/mini";
import type { Level, YamlParser } from "../model/types";
import { readOptionsYaml, textOrNumber, wholeAtLeastOne } from "./block-yaml";
import { readLevel } from "./contact";

export interface ListOptions {
  /** Rows shown at most. */
  limit?: number;
  /** Lower-case, without `#`; a contact passes with any of them (nested tags count). */
  tag: string[];
  level: Level[];
  /** As written; compared case-insensitively. */
  company: string[];
  /** Follow-ups: only those due within this many days. Reconnect: only people at least this many days overdue. Birthdays: within this many days. */
  days?: number;
}

export const LIST_OPTION_NAMES = ["limit", "tag", "level", "company", "days"] as const;

export type ListOptionsResult = { ok: true; options: ListOptions } | { ok: false; problems: string[] };

const textOrList = z.union([textOrNumber, z.array(textOrNumber)]);
const wholeAtLeastZero = z.int().check(z.nonnegative());

function show(value: unknown): string {
  try {
    return typeof value === "string" ? `'${value}'` : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

/** A list option: one text, a comma-separated text, or a YAML list; blanks dropped. */
function items(value: z.infer<typeof textOrList>): string[] {
  const raw = Array.isArray(value) ? value.map(String) : String(value).split(",");
  return raw.map((item) => item.trim()).filter((item) => item !== "");
}

/**
 * Reads a list block's options. Bad YAML, unknown options and wrong values come back as problems
 * in words (one per option), so the block can say what is wrong in place.
 */
export function readListOptions(source: string, parseYaml: YamlParser): ListOptionsResult {
  const yaml = readOptionsYaml(source, parseYaml, (data) => `The options should be lines such as "limit: 10", not ${show(data)}`);
  if (!yaml.ok) return yaml;
  const options: ListOptions = { tag: [], level: [], company: [] };
  const problems: string[] = [];
  for (const [key, value] of Object.entries(yaml.data)) {
    if (value === null || value === undefined) continue;
    switch (key.toLowerCase()) {
      case "limit": {
        const read = wholeAtLeastOne.safeParse(value);
        if (read.success) options.limit = read.data;
        else problems.push(`limit ${show(value)} is not a whole number of 1 or more`);
        break;
      }
      case "days": {
        const read = wholeAtLeastZero.safeParse(value);
        if (read.success) options.days = read.data;
        else problems.push(`days ${show(value)} is not a whole number of 0 or more`);
        break;
      }
      case "tag":
      case "tags": {
        const read = textOrList.safeParse(value);
        if (read.success) for (const t of items(read.data)) options.tag.push(t.replace(/^#+/, "").toLowerCase());
        else problems.push(`tag ${show(value)} is not a tag or a list of tags`);
        break;
      }
      case "company": {
        const read = textOrList.safeParse(value);
        if (read.success) for (const company of items(read.data)) options.company.push(company);
        else problems.push(`company ${show(value)} is not a company or a list of companies`);
        break;
      }
      case "level": {
        const read = textOrList.safeParse(value);
        if (!read.success) {
          problems.push(`level ${show(value)} is not senior, peer or junior`);
          break;
        }
        for (const item of items(read.data)) {
          const level = readLevel(item);
          if (level.ok) options.level.push(level.value);
          else problems.push(`level ${level.error}`);
        }
        break;
      }
      default:
        problems.push(`'${key}' is not an option; the options are ${LIST_OPTION_NAMES.join(", ")}`);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, options };
}
