// The text of new contact and interaction notes: our frontmatter, merged with the user's template when set
// (io/templates.ts, which the imports and the quarterly review share).
import { parseYaml, type App, type TFile } from "obsidian";
import type { LocalDate } from "../model/types";
import { CONTACT_FIELDS, INTERACTION_FIELDS, NOTE_FIELDS } from "../parse/field-aliases";
import { applyTemplate, templatePaths, type Entry, type NoteText, type TemplateValues } from "../io/templates";

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

/** The template note the setting names (the path, or with `.md`); null when unset, undefined when not found. */
export function templateFile(app: App, setting: string): TFile | null | undefined {
  const paths = templatePaths(setting);
  if (paths.length === 0) return null;
  for (const path of paths) {
    const file = app.vault.getFileByPath(path);
    if (file) return file;
  }
  return undefined;
}

/** The template file's text, or null (with a warning) when the setting is set but the file is missing. */
export async function readTemplate(app: App, setting: string, warnings: string[]): Promise<string | null> {
  const file = templateFile(app, setting);
  if (file === undefined) warnings.push(`template ${templatePaths(setting)[0] ?? ""} was not found, so it was not used`);
  return file ? app.vault.read(file) : null;
}

/** A new note's text: our entries merged into the template (when one is set and found), with what to tell the user. */
export async function newNoteText(app: App, templatePath: string, entries: readonly Entry[], values: TemplateValues): Promise<NoteText> {
  const warnings: string[] = [];
  const template = await readTemplate(app, templatePath, warnings);
  const note = applyTemplate(template, entries, values, parseYaml);
  return { text: note.text, warnings: [...warnings, ...note.warnings] };
}

export function contactNoteText(app: App, templatePath: string, contact: NewContact, values: TemplateValues): Promise<NoteText> {
  return newNoteText(app, templatePath, contactEntries(contact), values);
}

export function interactionNoteText(app: App, templatePath: string, interaction: NewInteraction, values: TemplateValues): Promise<NoteText> {
  return newNoteText(app, templatePath, interactionEntries(interaction), values);
}
