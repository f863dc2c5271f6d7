// A code block's options as YAML keys and values: the one reading every block's option reader starts from.
import { firstLineOf } from "../model/errors";
import type { YamlParser } from "../model/types";

export type OptionsYaml = { ok: true; data: Record<string, unknown> } | { ok: false; problems: string[] };

/**
 * `source` read as a mapping of option names; an empty block (or one YAML reads as nothing) has none. Bad YAML is
 * one problem; YAML that is not keys and values is the problem `notKeys` words for what was written.
 */
export function readOptionsYaml(source: string, parseYaml: YamlParser, notKeys: (data: unknown) => string): OptionsYaml {
  let data: unknown;
  try {
    data = source.trim() === "" ? {} : (parseYaml(source) ?? {});
  } catch (error) {
    return { ok: false, problems: [`The options are not valid YAML: ${firstLineOf(error)}`] };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { ok: false, problems: [notKeys(data)] };
  return { ok: true, data: data as Record<string, unknown> };
}
