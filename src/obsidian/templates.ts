// The text of new contact and interaction notes: our frontmatter, merged with the user's template when set.
import { getFrontMatterInfo, normalizePath, parseYaml, stringifyYaml, TFile, type App } from "obsidian";
import type { LocalDate } from "../model/types";
import { CONTACT_FIELDS, INTERACTION_FIELDS, NOTE_FIELDS } from "../parse/field-aliases";
import { isAbsent, type Frontmatter } from "../parse/fields";

/** One frontmatter concept we write: its names from parse/field-aliases.ts, the first being the key we use. */
interface Entry {
  aliases: readonly string[];
  value: unknown;
}

export interface NewContact {
  name: string;
  company?: string;
  role?: string;
  cadence?: string;
  /** Set when the note goes outside the contact folders, so it is still read as a contact. */
  type?: string;
}

export interface NewInteraction {
  date: LocalDate;
  kind: string;
  /** Links as they go into `with:` (`[[Jane Doe]]`). */
  with: string[];
  followUp?: LocalDate;
  /** Set when the note goes outside the interaction folders. */
  type?: string;
}

export interface NoteText {
  text: string;
  /** Things the user should hear about (template missing, template frontmatter unreadable). */
  warnings: string[];
}

export interface TemplateValues {
  /** The note's file name without `.md`. */
  title: string;
  name: string;
  date: LocalDate;
}

function contactEntries(contact: NewContact): Entry[] {
  return [
    { aliases: CONTACT_FIELDS.name.names, value: contact.name },
    { aliases: NOTE_FIELDS.type.names, value: contact.type },
    { aliases: CONTACT_FIELDS.company.names, value: contact.company },
    { aliases: CONTACT_FIELDS.role.names, value: contact.role },
    { aliases: CONTACT_FIELDS.cadence.names, value: contact.cadence },
  ];
}

function interactionEntries(interaction: NewInteraction): Entry[] {
  return [
    { aliases: INTERACTION_FIELDS.date.names, value: interaction.date },
    { aliases: NOTE_FIELDS.type.names, value: interaction.type },
    { aliases: INTERACTION_FIELDS.kind.names, value: interaction.kind },
    { aliases: INTERACTION_FIELDS.attendees.names, value: interaction.with },
    { aliases: INTERACTION_FIELDS.followUp.names, value: interaction.followUp },
  ];
}

/**
 * Merges our values into the template's frontmatter. The template is the user's deliberate choice, so
 * a key it fills in (under any alias of the concept) is kept as written; a key it leaves empty
 * (`company:`) gets our value under the template's own key; a concept it lacks is added after its keys.
 * Our values that are empty are never written.
 */
export function mergeFrontmatter(template: Frontmatter, entries: readonly Entry[]): Frontmatter {
  const merged: Frontmatter = { ...template };
  for (const entry of entries) {
    if (isAbsent(entry.value)) continue;
    const keys = Object.keys(merged).filter((key) => entry.aliases.includes(key.trim().toLowerCase()));
    if (keys.some((key) => !isAbsent(merged[key]))) continue;
    merged[keys[0] ?? entry.aliases[0] ?? ""] = entry.value;
  }
  return merged;
}

/** `{{name}}`, `{{title}}`, `{{date}}` (any spacing and case); other placeholders are left for other plugins. */
export function fillPlaceholders(text: string, values: TemplateValues): string {
  return text.replace(/\{\{\s*(name|title|date)\s*\}\}/gi, (_match, key: string) => {
    const name = key.toLowerCase() as keyof TemplateValues;
    return values[name];
  });
}

function withFrontmatter(frontmatter: Frontmatter, body: string): string {
  if (Object.keys(frontmatter).length === 0) return body;
  const yaml = stringifyYaml(frontmatter);
  return `---\n${yaml}${yaml.endsWith("\n") ? "" : "\n"}---\n${body}`;
}

/** Template text (placeholders filled) + our entries → the note's text. */
export function applyTemplate(template: string | null, entries: readonly Entry[], values: TemplateValues): NoteText {
  const warnings: string[] = [];
  const ours = mergeFrontmatter({}, entries);
  if (template === null) return { text: withFrontmatter(ours, ""), warnings };
  const filled = fillPlaceholders(template, values);
  const info = getFrontMatterInfo(filled);
  if (!info.exists) return { text: withFrontmatter(ours, filled), warnings };
  const body = filled.slice(info.contentStart);
  let parsed: unknown;
  try {
    parsed = parseYaml(info.frontmatter);
  } catch {
    parsed = undefined;
  }
  if (parsed !== null && (typeof parsed !== "object" || Array.isArray(parsed))) {
    warnings.push("the template's frontmatter is not valid YAML, so only its body was used");
    return { text: withFrontmatter(ours, body), warnings };
  }
  return { text: withFrontmatter(mergeFrontmatter((parsed ?? {}) as Frontmatter, entries), body), warnings };
}

/** The template file's text, or null (with a warning) when the setting is set but the file is missing. */
export async function readTemplate(app: App, setting: string, warnings: string[]): Promise<string | null> {
  const trimmed = setting.trim();
  if (trimmed === "") return null;
  const path = normalizePath(trimmed);
  const file = app.vault.getFileByPath(path) ?? app.vault.getFileByPath(`${path}.md`);
  if (!(file instanceof TFile)) {
    warnings.push(`template ${path} was not found, so the note was created without it`);
    return null;
  }
  return app.vault.read(file);
}

/** A new note's text: our entries merged into the template (when one is set and found), with what to tell the user. */
async function newNoteText(app: App, templatePath: string, entries: readonly Entry[], values: TemplateValues): Promise<NoteText> {
  const warnings: string[] = [];
  const template = await readTemplate(app, templatePath, warnings);
  const note = applyTemplate(template, entries, values);
  return { text: note.text, warnings: [...warnings, ...note.warnings] };
}

export function contactNoteText(app: App, templatePath: string, contact: NewContact, values: TemplateValues): Promise<NoteText> {
  return newNoteText(app, templatePath, contactEntries(contact), values);
}

export function interactionNoteText(app: App, templatePath: string, interaction: NewInteraction, values: TemplateValues): Promise<NoteText> {
  return newNoteText(app, templatePath, interactionEntries(interaction), values);
}
