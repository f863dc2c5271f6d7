// The text of a contact note an import creates: frontmatter in the keys the readers look up first (SPEC §1.1),
// `source:` saying where it came from, and the card's notes as the body.
import { CONTACT_FIELDS } from "../parse/field-aliases";
import { formatScalar } from "./frontmatter";
import type { ImportedPerson } from "./imported";

/** A key and its YAML: one scalar, or a block list for several values (the first is the main one). */
function entry(key: string, values: readonly string[]): string[] {
  const [first] = values;
  if (first === undefined) return [];
  if (values.length === 1) return [`${key}: ${formatScalar(first)}`];
  return [`${key}:`, ...values.map((value) => `  - ${formatScalar(value)}`)];
}

const key = (field: keyof typeof CONTACT_FIELDS): string => CONTACT_FIELDS[field].names[0] as string;

export interface ContactNoteOptions {
  /** Write `type: contact`: the note goes outside the contact folders. */
  markAsContact: boolean;
}

/** A new contact note for an imported person, with `\n` line endings. */
export function contactNoteText(person: ImportedPerson, options: ContactNoteOptions): string {
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
  const body = person.notes === undefined ? "" : `\n${person.notes}\n`;
  return `${lines.join("\n")}\n${body}`;
}
