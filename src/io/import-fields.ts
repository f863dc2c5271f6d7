// The contact fields an import fills in, and how their values compare: an e-mail in any case, a phone by its
// digits, a note's list or `a@x, b@y` as the values it holds. The planner and the writer both read them.
import type { ImportedPerson } from "./imported";

/** The contact concepts an import fills in. */
export type ImportField = "company" | "role" | "email" | "phone" | "linkedin" | "met" | "birthday";
export const IMPORT_FIELDS: readonly ImportField[] = ["company", "role", "email", "phone", "linkedin", "met", "birthday"];

/** The fields a person may have several of: every one a note lacks is added, not only the first. */
export type ListField = "email" | "phone";

export function isListField(field: ImportField): field is ListField {
  return field === "email" || field === "phone";
}

/**
 * A field of an existing note and what goes in: one value for a field the note leaves empty; for e-mail and phone
 * the ones the note does not hold yet (an empty key gets them all, a key with some keeps them and gets the rest).
 */
export interface Fill {
  field: ImportField;
  values: string[];
}

export function emailKey(email: string): string {
  return email.trim().replace(/^mailto:/i, "").toLowerCase();
}

/** A phone number as a key: `+44 7700 900123`, `+44 (7700) 900-123` and `tel:+447700900123` are one number. */
export function phoneKey(phone: string): string {
  return phone.replace(/^tel:/i, "").replace(/[^\d+]/g, "");
}

const LIST_KEYS: Record<ListField, (text: string) => string> = { email: emailKey, phone: phoneKey };

/** Every text of a frontmatter value: one text, or the texts of a list. */
export function texts(value: unknown): string[] {
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  return items.filter((v): v is string | number => typeof v === "string" || typeof v === "number").map(String).filter((t) => t.trim() !== "");
}

/**
 * The e-mails or phones a note's value holds: a text or a list, each text also split at `,` and `;` (`a@x, b@y`
 * holds both, and itself).
 */
export function heldValues(value: unknown): string[] {
  return texts(value).flatMap((text) => [text, ...text.split(/[,;]/)]).map((text) => text.trim()).filter((text) => text !== "");
}

/** The values not among `held`, compared as the field compares them (an e-mail in any case, a phone by its digits), once each. */
export function missingValues(field: ListField, values: readonly string[], held: readonly string[]): string[] {
  const key = LIST_KEYS[field];
  const seen = new Set(held.map(key));
  return values.filter((value) => {
    const k = key(value);
    if (k === "" || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The person's e-mails or phones. */
export function listOf(person: ImportedPerson, field: ListField): string[] {
  return field === "email" ? person.emails : person.phones;
}
