// Frontmatter text parsed the two ways hosts do: dates as text (Obsidian, CLI) and as Date objects (gray-matter).
import { CORE_SCHEMA, YAML11_SCHEMA, load } from "js-yaml";
import type { YamlParser } from "../../src/model/types";

export const asText: YamlParser = (text) => load(text, { schema: CORE_SCHEMA });
/** js-yaml 5 has no DEFAULT_SCHEMA; its YAML 1.1 schema makes Date objects as gray-matter does. */
export const asDates: YamlParser = (text) => load(text, { schema: YAML11_SCHEMA });

export const BOTH = [
  ["core schema (dates as text)", asText],
  ["YAML 1.1 schema (Date objects)", asDates],
] as const;

/** The value of `key` in a one-line frontmatter such as `date: 2026-03-02`. */
export function yamlValue(parse: YamlParser, line: string): unknown {
  const parsed = parse(line) as Record<string, unknown>;
  return Object.values(parsed)[0];
}
