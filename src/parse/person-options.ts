// Options of the `network-person` block (`person: "[[Jane Doe]]"`), read from its YAML; never throws.
import type { YamlParser } from "../model/types";
import { readReferenceList } from "./links";

export interface PersonBlockOptions {
  /** The reference as written (a link, name or path); absent: the note the block is in. */
  person?: string;
}

export type PersonOptionsResult = { ok: true; options: PersonBlockOptions } | { ok: false; problems: string[] };

export function readPersonOptions(source: string, parseYaml: YamlParser): PersonOptionsResult {
  let data: unknown;
  try {
    data = source.trim() === "" ? {} : (parseYaml(source) ?? {});
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, problems: [`The options are not valid YAML: ${reason ?? "unreadable"}`] };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, problems: ['The options should be a line such as person: "[[Jane Doe]]"'] };
  }
  const problems: string[] = [];
  const options: PersonBlockOptions = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key.toLowerCase() !== "person") {
      problems.push(`Unknown option '${key}': this block takes person`);
      continue;
    }
    if (value === null || value === undefined) continue;
    // Read as an attendee is: "[[Jane Doe]]", an unquoted [[Jane Doe]] (a list inside a list to YAML), a name.
    const read = readReferenceList(value);
    const [only] = read.items;
    if (only !== undefined && read.items.length === 1 && read.errors.length === 0) options.person = only;
    else problems.push(read.items.length > 1 ? "person names one contact, not several" : `person ${read.errors[0] ?? "is empty"}`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, options };
}
