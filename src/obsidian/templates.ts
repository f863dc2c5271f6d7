// The text of new contact and interaction notes: our frontmatter, merged with the user's template when set.
import { getFrontMatterInfo, normalizePath, parseYaml, TFile, type App } from "obsidian";
import type { LocalDate } from "../model/types";
import { CONTACT_FIELDS, INTERACTION_FIELDS, NOTE_FIELDS } from "../parse/field-aliases";
import { isAbsent } from "../parse/fields";
import { setFrontmatterKey, type FrontmatterValue } from "../io/frontmatter";

/** One frontmatter concept we write: its names from parse/field-aliases.ts, the first being the key we use. */
interface Entry {
  aliases: readonly string[];
  value: FrontmatterValue | undefined;
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

/** `{{name}}`, `{{title}}`, `{{date}}` (any spacing and case); other placeholders are left for other plugins. */
export function fillPlaceholders(text: string, values: TemplateValues): string {
  return text.replace(/\{\{\s*(name|title|date)\s*\}\}/gi, (_match, key: string) => {
    const name = key.toLowerCase() as keyof TemplateValues;
    return values[name];
  });
}

/**
 * Template text (placeholders filled) + our entries → the note's text. Our entries go in through the frontmatter
 * editor, so the template keeps its bytes (comments, quoting, blank lines, lists): a key the template fills in
 * (under any alias) stays as written, an empty one gets our value on its line, a missing one a line at the end of
 * the block (a new block when there is none). Our empty values are never written; a key the editor cannot write
 * on its line is left as the template has it, and the user told.
 */
export function applyTemplate(template: string | null, entries: readonly Entry[], values: TemplateValues): NoteText {
  const warnings: string[] = [];
  let text = template === null ? "" : fillPlaceholders(template, values);
  const info = getFrontMatterInfo(text);
  if (info.exists) {
    let parsed: unknown;
    try {
      parsed = parseYaml(info.frontmatter);
    } catch {
      parsed = 0;
    }
    if (parsed !== null && (typeof parsed !== "object" || Array.isArray(parsed))) {
      warnings.push("the template's frontmatter is not valid YAML, so only its body was used");
      text = text.slice(info.contentStart);
    }
  }
  for (const entry of entries) {
    if (isAbsent(entry.value)) continue;
    const result = setFrontmatterKey(text, entry.aliases, entry.value as FrontmatterValue, { onlyIfEmpty: true, parseYaml });
    if (result.ok) text = result.text;
    else warnings.push(`the template's ${entry.aliases[0] ?? ""} was left as it is: ${result.reason}`);
  }
  return { text, warnings };
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
