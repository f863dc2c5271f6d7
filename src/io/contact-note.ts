// The text of a contact note an import creates: frontmatter in the keys the readers look up first (SPEC §1.1),
// `source:` saying where it came from, and the card's notes as the body; from the user's contact template when one
// is set, as "New contact" notes are (io/templates.ts).
import type { LocalDate, YamlParser } from "../model/types";
import { CONTACT_FIELDS, NOTE_FIELDS } from "../parse/field-aliases";
import { fillEmptyFields } from "./import-apply";
import { IMPORT_FIELDS, isListField, listOf, type Fill } from "./import-fields";
import { formatScalar, setFrontmatterKey } from "./frontmatter";
import type { ImportedPerson } from "./imported";
import { appendLines, applyTemplate, leftAsItIs, type NoteText } from "./templates";

/** A key and its YAML: one scalar, or a block list for several values (the first is the main one). */
function entry(key: string, values: readonly string[]): string[] {
  const [first] = values;
  if (first === undefined) return [];
  if (values.length === 1) return [`${key}: ${formatScalar(first)}`];
  return [`${key}:`, ...values.map((value) => `  - ${formatScalar(value)}`)];
}

const key = (field: keyof typeof CONTACT_FIELDS): string => CONTACT_FIELDS[field].names[0] as string;

/** The contact template of the settings, read: its text, the day its `{{date}}` stands for, and the host's YAML parser. */
export interface ContactTemplate {
  text: string;
  date: LocalDate;
  parseYaml: YamlParser;
}

export interface ContactNoteOptions {
  /** Write `type: contact`: the note goes outside the contact folders. */
  markAsContact: boolean;
  template?: ContactTemplate;
}

/** The person's values of every field an import fills, in that order. */
function personFills(person: ImportedPerson): Fill[] {
  return IMPORT_FIELDS.flatMap((field) => {
    const value = isListField(field) ? listOf(person, field) : person[field];
    const values = value === undefined ? [] : [value].flat();
    return values.length === 0 ? [] : [{ field, values }];
  });
}

/**
 * A new contact note for an imported person, `title` its file name without `.md`. Without a template: our keys, one
 * a line, with `\n` line endings. From a template: the name and `type` go in as "New contact" puts them, then the
 * person's fields as an existing note's empty fields are filled (import-apply.ts), then `source`; so importing the
 * file again finds nothing to fill, whatever the template holds.
 */
export function contactNoteText(person: ImportedPerson, options: ContactNoteOptions, title: string): NoteText {
  const body = person.notes === undefined ? "" : `\n${person.notes}\n`;
  const { template } = options;
  if (template) {
    const { parseYaml } = template;
    const type = { aliases: NOTE_FIELDS.type.names, value: options.markAsContact ? "contact" : undefined };
    const note = applyTemplate(template.text, [{ aliases: CONTACT_FIELDS.name.names, value: person.name }, type], { title, name: person.name, date: template.date }, parseYaml);
    const filled = fillEmptyFields(note.text, personFills(person), parseYaml);
    const warnings = [...note.warnings, ...filled.refused.map(({ field, reason }) => leftAsItIs(field, reason))];
    const source = setFrontmatterKey(filled.text, "source", person.source, { onlyIfEmpty: true, parseYaml });
    if (!source.ok) warnings.push(leftAsItIs("source", source.reason));
    const text = source.ok ? source.text : filled.text;
    return { text: appendLines(text, body), warnings };
  }
  const one = (value: string | undefined) => (value === undefined ? [] : [value]);
  const lines = [
    "---",
    ...entry(key("name"), [person.name]),
    ...(options.markAsContact ? ["type: contact"] : []),
    ...entry(key("company"), one(person.company)),
    ...entry(key("role"), one(person.role)),
    ...entry(key("email"), person.emails),
    ...entry(key("phone"), person.phones),
    ...entry(key("linkedin"), one(person.linkedin)),
    ...entry(key("met"), one(person.met)),
    ...entry(key("birthday"), one(person.birthday)),
    `source: ${person.source}`,
    "---",
  ];
  return { text: `${lines.join("\n")}\n${body}`, warnings: [] };
}
