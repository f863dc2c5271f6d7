// Options of the `network-person` block (`person: "[[Jane Doe]]"`), read from its YAML; never throws.
import type { YamlParser } from "../model/types";
import { readOptionsYaml } from "./block-yaml";
import { readReferenceList } from "./links";

export interface PersonBlockOptions {
  /** The reference as written (a link, name or path); absent: the note the block is in. */
  person?: string;
}

export type PersonOptionsResult = { ok: true; options: PersonBlockOptions } | { ok: false; problems: string[] };

export function readPersonOptions(source: string, parseYaml: YamlParser): PersonOptionsResult {
  const yaml = readOptionsYaml(source, parseYaml, () => 'The options should be a line such as person: "[[Jane Doe]]"');
  if (!yaml.ok) return yaml;
  const problems: string[] = [];
  const options: PersonBlockOptions = {};
  for (const [key, value] of Object.entries(yaml.data)) {
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
