// YAML as Obsidian reads and writes it: core schema, so `2026-03-02` stays text, never a Date.
import { CORE_SCHEMA, dump, load } from "js-yaml";
import type { FrontMatterInfo } from "obsidian";

/** Fake-only (not exported from index.ts): while `counts` is set, how often parseYaml read each text. */
export const yamlReads: { counts: Map<string, number> | null } = { counts: null };

/** Obsidian's parseYaml: throws on invalid YAML; an empty document is `null`. */
export function parseYaml(yaml: string): unknown {
  yamlReads.counts?.set(yaml, (yamlReads.counts.get(yaml) ?? 0) + 1);
  if (yaml.trim() === "" || /^\s*(#[^\n]*)?(\n\s*(#[^\n]*)?)*$/.test(yaml)) return null;
  return load(yaml, { schema: CORE_SCHEMA });
}

function withoutDates(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(withoutDates);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutDates(v)]));
  }
  return value;
}

/** Obsidian's stringifyYaml: block style, two-space lists, no line folding, `undefined` keys dropped. */
export function stringifyYaml(obj: unknown): string {
  return dump(withoutDates(obj), { schema: CORE_SCHEMA, lineWidth: -1, skipInvalid: true, quoteStyle: "double" });
}

/** Obsidian's getFrontMatterInfo: the block opens on the first line and closes with a `---` line. */
export function getFrontMatterInfo(content: string): FrontMatterInfo {
  const none: FrontMatterInfo = { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
  const open = /^---[ \t]*\r?\n/.exec(content);
  if (!open) return none;
  const from = open[0].length;
  const rest = content.slice(from);
  const empty = /^---[ \t]*(\r?\n|$)/.exec(rest);
  if (empty) return { exists: true, frontmatter: "", from, to: from, contentStart: from + empty[0].length };
  const close = /\r?\n---[ \t]*(\r?\n|$)/.exec(rest);
  if (!close) return none;
  const to = from + close.index;
  return { exists: true, frontmatter: content.slice(from, to), from, to, contentStart: to + close[0].length };
}
