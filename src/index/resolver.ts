// Resolves attendee and introducer references to contact paths: by path, then file name, then display name, then alias.
import type { Contact, Interaction, Problem } from "../model/types";
import { hasMdExtension } from "../model/paths";
import { PLAIN_ASCII } from "../parse/keys";
import { linkTarget } from "../parse/links";
import { sameList } from "./lists";
import { PathMultiMap } from "./multimap";

export type Resolution =
  | { kind: "found"; path: string }
  | { kind: "ambiguous"; paths: string[] }
  | { kind: "unknown" };


/**
 * The lookup key of a reference or a name: trimmed, `.md` dropped, NFC, lower-case. Without a regex for the
 * `.md`, and without asking ICU to normalise text that is plain ASCII (nearly every name): a bulk load makes
 * ~100,000 keys.
 */
export function referenceKey(text: string): string {
  let key = text.trim();
  if (hasMdExtension(key)) key = key.slice(0, -3);
  return (PLAIN_ASCII.test(key) ? key : key.normalize("NFC")).toLowerCase();
}

/** The key of what a reference links to: `[[People/Jane Doe|Jane]]` → `people/jane doe`. */
export function referenceKeyOf(reference: string): string {
  // Not remembered per text: a vault's references are half distinct, and a map lookup costs more than this.
  return referenceKey(linkTarget(reference));
}

/** Every key a contact answers to, per tier. A path answers to each of its trailing segments (`b/c`, `a/b/c`). */
export function contactKeys(contact: Contact): { paths: string[]; basename: string; name: string; aliases: string[] } {
  const key = referenceKey(contact.path);
  const paths: string[] = [];
  // Each trailing part of two segments or more, shortest first, cut from the key (no split and join per part).
  for (let at = key.lastIndexOf("/"); at >= 0; ) {
    at = at === 0 ? -1 : key.lastIndexOf("/", at - 1);
    paths.push(at < 0 ? key : key.slice(at + 1));
  }
  return {
    paths,
    basename: referenceKey(contact.basename),
    name: referenceKey(contact.name),
    aliases: contact.aliases.map(referenceKey),
  };
}

/** The tiers of keys to contact paths, kept up to date one contact at a time. */
export class ContactResolver {
  readonly #byPath = new PathMultiMap();
  readonly #byBasename = new PathMultiMap();
  readonly #byName = new PathMultiMap();
  readonly #byAlias = new PathMultiMap();

  add(contact: Contact): void {
    this.#apply(contact, (tier, key) => tier.add(key, contact.path));
  }

  remove(contact: Contact): void {
    this.#apply(contact, (tier, key) => tier.delete(key, contact.path));
  }

  #apply(contact: Contact, op: (tier: PathMultiMap, key: string) => void): void {
    const keys = contactKeys(contact);
    for (const key of keys.paths) op(this.#byPath, key);
    if (keys.basename) op(this.#byBasename, keys.basename);
    if (keys.name) op(this.#byName, keys.name);
    for (const key of keys.aliases) if (key) op(this.#byAlias, key);
  }

  /**
   * The paths the tier that decides holds for a reference key (`referenceKey`): a key with a folder matches by
   * path (also a trailing part of it, as Obsidian's links do); otherwise the first tier with a match decides,
   * and two matches in that tier are ambiguous rather than a guess.
   */
  #deciding(key: string): string | readonly string[] | ReadonlySet<string> | undefined {
    if (!key) return undefined;
    // A key with a folder matches by path first; a name or alias may hold a `/` too (`Jane Doe (UX/UI)`).
    if (key.includes("/")) return this.#byPath.lookup(key) ?? this.#byName.lookup(key) ?? this.#byAlias.lookup(key);
    return this.#byBasename.lookup(key) ?? this.#byName.lookup(key) ?? this.#byAlias.lookup(key);
  }

  /** The one contact `key` resolves to, or undefined when it is ambiguous or unknown; makes nothing. */
  uniquePath(key: string): string | undefined {
    const paths = this.#deciding(key);
    return typeof paths === "string" ? paths : undefined;
  }

  /** What a reference key resolves to: one contact, several (ambiguous), or none. */
  resolveKey(key: string): Resolution {
    const paths = this.#deciding(key);
    if (paths === undefined) return UNKNOWN;
    if (typeof paths === "string") return { kind: "found", path: paths };
    return { kind: "ambiguous", paths: [...paths].sort() };
  }
}

const UNKNOWN: Resolution = Object.freeze({ kind: "unknown" });

/** Every key a contact answers to, all tiers in one list. */
export function keysOf(contact: Contact): string[] {
  const keys = contactKeys(contact);
  return [...keys.paths, keys.basename, keys.name, ...keys.aliases];
}

/** The references a note makes to contacts, as lookup keys. */
export function referencesOf(contact: Contact | undefined, interaction: Interaction | undefined): string[] {
  const refs: string[] = [];
  if (interaction) for (const ref of interaction.attendeeRefs) refs.push(referenceKeyOf(ref));
  if (contact?.introducedBy) refs.push(referenceKeyOf(contact.introducedBy));
  return refs;
}

/** Whether two contacts answer to the same keys: if so, no reference resolves differently. */
export function sameKeys(a: Contact, b: Contact): boolean {
  return sameList(keysOf(a), keysOf(b));
}

/**
 * Why an unquoted `[[link]]` is likely to be the cause when it names no contact: YAML reads it as a list
 * inside a list, so Obsidian does not treat it as a link and does not update it when the note is renamed.
 */
function unquotedHint(field: string, ref: string): string {
  return `; it is written without quotes, which YAML reads as a list inside a list rather than a link, so Obsidian does not update it when the note is renamed. Write it quoted, ${field}: "${ref}", with the contact's current name`;
}

/**
 * The problem of a reference that resolves to several contacts (`ambiguous`) or to none. `unquoted`: the
 * reference was written as an unquoted `[[link]]`, the likely cause of an unknown contact after a rename.
 */
export function referenceProblem(note: string, field: string, ref: string, ambiguous: string[] | null, unquoted = false): Problem {
  if (ambiguous) {
    return {
      note,
      field,
      message: `'${ref}' matches several contacts (${ambiguous.join(", ")}); link the one you mean, e.g. [[${ambiguous[0]?.replace(/\.md$/, "")}]]`,
    };
  }
  return {
    note,
    field,
    message: `unknown contact '${ref}': no contact note has that file name, name or alias${unquoted ? unquotedHint(field, ref) : ""}`,
  };
}
