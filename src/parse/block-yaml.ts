// A code block's options as YAML keys and values: the one reading every block's option reader starts from.
import * as z from "zod/mini";
import { firstLineOf } from "../model/errors";
import type { YamlParser } from "../model/types";

/** A text, or a number YAML read from what was meant as text (`period: 2026`, `tag: 2024`). */
export const textOrNumber = z.union([z.string(), z.number()]);
/** A count such as `limit` or `top`. */
export const wholeAtLeastOne = z.int().check(z.positive());

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
