// A new note's text from the user's template (SPEC §4: an optional template for each kind of note), shared by every
// command that creates notes, in the plugin and the CLI: the template's text with its placeholders filled, and our
// values put in through the one frontmatter editor (SPEC §9), so the template keeps every byte it has.
import type { LocalDate, YamlParser } from "../model/types";
import { isAbsent } from "../parse/fields";
import { frontmatterSpan, setFrontmatterKey, type FrontmatterValue } from "./frontmatter";

/** One frontmatter concept we write: its names from parse/field-aliases.ts, the first being the key we use. */
export interface Entry {
  aliases: readonly string[];
  value: FrontmatterValue | undefined;
}

export interface NoteText {
  text: string;
  /** Things the user should hear about (template missing, template frontmatter unreadable, a key left as it is). */
  warnings: string[];
}

export interface TemplateValues {
  /** The note's file name without `.md`. */
  title: string;
  name: string;
  date: LocalDate;
}

/**
 * Where the template setting points, as Obsidian's normalizePath writes a path (`\` and repeated `/` made one `/`,
 * none at either end, non-breaking spaces as spaces, NFC): the note itself, then with `.md` added. None when unset.
 */
export function templatePaths(setting: string): string[] {
  const path = setting.trim().replace(/[\\/]+/g, "/").replace(/^\/+|\/+$/g, "").replace(/\u00A0|\u202F/g, " ").normalize("NFC");
  return path === "" ? [] : [path, `${path}.md`];
}

/** `text` and then `more` (written with `\n`), in the line endings of `text` when it has any, on a line of its own. */
export function appendLines(text: string, more: string): string {
  const eol = /\r\n/.test(text) ? "\r\n" : "\n";
  return `${text}${more !== "" && /[^\n]$/.test(text) ? eol : ""}${eol === "\n" ? more : more.replace(/\r?\n/g, eol)}`;
}

/** Why a template key kept the template's text, for the user. */
export const leftAsItIs = (key: string, reason: string): string => `the template's ${key} was left as it is: ${reason}`;

/** `{{name}}`, `{{title}}`, `{{date}}` (any spacing and case); other placeholders are left for other plugins. */
export function fillPlaceholders(text: string, values: TemplateValues): string {
  return text.replace(/\{\{\s*(name|title|date)\s*\}\}/gi, (_match, key: string) => values[key.toLowerCase() as keyof TemplateValues]);
}

/**
 * Template text (placeholders filled; null: no template) + our entries → the note's text. Our entries go in through
 * the frontmatter editor, so the template keeps its bytes (comments, quoting, blank lines, lists, line endings): a
 * key the template fills in (under any alias) stays as written, an empty one gets our value on its line, a missing
 * one a line at the end of the block (a new block when there is none). Our empty values are never written; a key the
 * editor cannot write on its line is left as the template has it, and the user told.
 */
export function applyTemplate(template: string | null, entries: readonly Entry[], values: TemplateValues, parseYaml: YamlParser): NoteText {
  const warnings: string[] = [];
  let text = template === null ? "" : fillPlaceholders(template, values);
  const span = frontmatterSpan(text);
  // A block of only blank and comment lines holds no keys (js-yaml 5 refuses an empty document).
  if (span && /^[ \t]*[^\s#]/m.test(span.yaml)) {
    let parsed: unknown;
    try {
      parsed = parseYaml(span.yaml);
    } catch {
      parsed = 0;
    }
    if (parsed != null && (typeof parsed !== "object" || Array.isArray(parsed))) {
      warnings.push("the template's frontmatter is not valid YAML, so only its body was used");
      text = text.slice(span.after);
    }
  }
  for (const entry of entries) {
    if (isAbsent(entry.value)) continue;
    const result = setFrontmatterKey(text, entry.aliases, entry.value as FrontmatterValue, { onlyIfEmpty: true, parseYaml });
    if (result.ok) text = result.text;
    else warnings.push(leftAsItIs(entry.aliases[0] ?? "", result.reason));
  }
  return { text, warnings };
}
