// What an import will do to the vault, decided before anything is written (SPEC §6): each person in the file
// matched to a contact note by LinkedIn URL, then e-mail, then name or alias; a new note for whoever has none;
// only the empty fields of an existing note filled; everything else skipped, each with its reason.
import type { Settings } from "../model/settings";
import { kindByFolder } from "../parse/classify";
import { CONTACT_FIELDS } from "../parse/field-aliases";
import type { Contact } from "../model/types";
import { asRecord, FieldLookup, type Frontmatter } from "../parse/fields";
import { fileNameKey, uniqueFileName } from "./file-names";
import type { ImportedPerson, ImportProblem, ImportRead } from "./imported";
import { contactNoteText, type ContactNoteOptions, type ContactTemplate } from "./contact-note";
import { emailKey, heldValues, IMPORT_FIELDS, isListField, listOf, missingValues, texts, type Fill, type ImportField } from "./import-fields";
import { basenameOf } from "../model/paths";
import { frontmatterData } from "./frontmatter";

/** A contact note already in the vault, as the index and the metadata cache know it. */
export interface ExistingContact {
  path: string;
  /** Display name (SPEC §1.1), file name without `.md`, and other names. */
  name: string;
  basename: string;
  aliases: readonly string[];
  frontmatter: Frontmatter | undefined;
}

/** The vault's contacts as the planner needs them: the index's names, each note's own frontmatter. */
export function existingContacts(contacts: Iterable<Contact>, frontmatter: (path: string) => unknown): ExistingContact[] {
  const out: ExistingContact[] = [];
  for (const c of contacts) out.push({ path: c.path, name: c.name, basename: c.basename, aliases: c.aliases, frontmatter: asRecord(frontmatter(c.path)) });
  return out;
}

export interface PlannedNote {
  path: string;
  person: ImportedPerson;
  text: string;
}

export interface PlannedUpdate {
  path: string;
  person: ImportedPerson;
  fills: Fill[];
}

export interface Skipped {
  name: string;
  line: number;
  reason: string;
}

export interface ImportPlan {
  created: PlannedNote[];
  updated: PlannedUpdate[];
  skipped: Skipped[];
  problems: ImportProblem[];
  /** What the user should hear about the contact template (a key it keeps as it is), each once. */
  warnings: string[];
}

export interface PlanOptions {
  /** Vault folder for new notes, `""` for the root. */
  folder: string;
  /** Whether a vault path is taken (any file, compared as the file system would: see fileNameKey). */
  taken: (path: string) => boolean;
  /** The key names compare by: the index's rule for resolving names (case, normalisation). */
  nameKey: (name: string) => string;
  /** The folders that make a note a contact: new notes outside them say `type: contact` (SPEC §1.1). */
  settings: Settings;
  /** The contact template of the settings, read: new notes start from it, as "New contact" notes do. */
  template?: ContactTemplate;
}

/**
 * A LinkedIn profile as a key: `https://uk.linkedin.com/in/Jane-Doe/?trk=x` and `linkedin.com/in/jane-doe` are
 * one person. Undefined for a text that is not a linkedin.com address.
 */
export function linkedinKey(url: string): string | undefined {
  const m = /^(?:https?:\/\/)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com(\/[^?#]*)/i.exec(url.trim());
  if (!m) return undefined;
  let path = (m[1] as string).replace(/\/+$/, "");
  try {
    path = decodeURIComponent(path);
  } catch {
    // A broken %-escape: compared as written.
  }
  return `linkedin.com${path.normalize("NFC").toLowerCase()}`;
}

type Tier = "LinkedIn URL" | "e-mail" | "name";

/** Placing the rows again settles in one or two passes; the cap only bounds a pathological file. */
const MAX_PASSES = 6;

/** Paths under a key, for one matching tier. */
class KeyMap {
  private readonly map = new Map<string, string[]>();

  add(key: string | undefined, path: string): void {
    if (key === undefined || key === "") return;
    const paths = this.map.get(key);
    if (!paths) this.map.set(key, [path]);
    else if (!paths.includes(path)) paths.push(path);
  }

  get(key: string | undefined): readonly string[] {
    return key === undefined ? [] : (this.map.get(key) ?? []);
  }
}

/** What a note holds for matching and filling: its own fields, and those planned for it in this import. */
interface Target {
  path: string;
  name: string;
  fields: FieldLookup | undefined;
  linkedin: string | undefined;
  /** Set for a note this import creates. */
  created?: PlannedNote;
  update?: PlannedUpdate;
}

/**
 * Plans an import: which notes are created (with their text), which existing ones get which empty fields, and
 * who is skipped and why. Pure and deterministic: the same file over the same vault plans the same, and a file
 * planned over the vault its import made plans nothing (every field is filled, every person has a note).
 */
export function planImport(read: ImportRead, existing: Iterable<ExistingContact>, options: PlanOptions): ImportPlan {
  const plan: ImportPlan = { created: [], updated: [], skipped: [], problems: [...read.problems], warnings: [] };
  const targets = new Map<string, Target>();
  const byLinkedin = new KeyMap();
  const byEmail = new KeyMap();
  const byName = new KeyMap();
  const add = (target: Target, keys: { linkedin: string[]; emails: string[]; names: string[] }) => {
    targets.set(target.path, target);
    for (const key of keys.linkedin) byLinkedin.add(linkedinKey(key), target.path);
    for (const key of keys.emails) byEmail.add(emailKey(key), target.path);
    for (const key of keys.names) byName.add(options.nameKey(key), target.path);
  };

  /** A LinkedIn URL and e-mails a note is about to get: later rows match it by them. */
  const register = (target: Target, linkedin: string | undefined, emails: readonly string[]) => {
    if (linkedin !== undefined) {
      target.linkedin = linkedin;
      byLinkedin.add(linkedinKey(linkedin), target.path);
    }
    for (const email of emails) byEmail.add(emailKey(email), target.path);
  };

  for (const contact of existing) {
    const fields = contact.frontmatter ? new FieldLookup(contact.frontmatter) : undefined;
    const linkedin = texts(fields?.pick(CONTACT_FIELDS.linkedin)?.value);
    add(
      { path: contact.path, name: contact.name, fields, linkedin: linkedin[0] },
      { linkedin, emails: heldValues(fields?.pick(CONTACT_FIELDS.email)?.value), names: [contact.name, contact.basename, ...contact.aliases] },
    );
  }

  const planned = new Set<string>();
  const folder = options.folder === "" ? "" : `${options.folder}/`;
  const noteOptions: ContactNoteOptions = { markAsContact: kindByFolder(`${folder}x.md`, options.settings) !== "contact", template: options.template };
  /** A new note's text from its person; what the template makes the user hear is kept once. */
  const noteText = (person: ImportedPerson, path: string): string => {
    const note = contactNoteText(person, noteOptions, basenameOf(path));
    for (const warning of note.warnings) if (!plan.warnings.includes(warning)) plan.warnings.push(warning);
    return note.text;
  };
  /** Why each row wrote nothing (its latest reason), and the rows that wrote something. */
  const reasons = new Map<number, string>();
  const contributed = new Set<number>();
  /** Places one row; true when the plan changed. */
  const place = (person: ImportedPerson, row: number): boolean => {
    const match = findMatch(person, { byLinkedin, byEmail, byName }, targets, options);
    if (match.kind === "ambiguous") {
      reasons.set(row, match.reason);
      return false;
    }
    if (match.kind === "found") {
      const target = match.target;
      if (target.created) {
        if (target.created.person.line === person.line) return false;
        const merged = mergeInto(target.created, person, noteText);
        const more = merged.length > 0 ? `; its ${merged.join(", ")} go into that note` : "";
        if (merged.length > 0) contributed.add(row);
        if (merged.length > 0 || !contributed.has(row)) reasons.set(row, `the same person as line ${target.created.person.line} (same ${match.tier})${more}`);
        register(target, merged.includes("linkedin") ? target.created.person.linkedin : undefined, merged.includes("email") ? target.created.person.emails : []);
        return merged.length > 0;
      }
      const fills = emptyFields(person, target);
      if (fills.length === 0) {
        reasons.set(row, `${target.path} already has everything this file knows (matched by ${match.tier})`);
        return false;
      }
      if (target.update) addFills(target.update.fills, fills);
      else {
        target.update = { path: target.path, person, fills };
        plan.updated.push(target.update);
      }
      contributed.add(row);
      // What the note will say once written decides the other rows, as it will decide the next import of this file.
      const values = (field: ImportField) => fills.find((fill) => fill.field === field)?.values ?? [];
      register(target, values("linkedin")[0], values("email"));
      return true;
    }
    const fileName = uniqueFileName(person.name, (name) => planned.has(fileNameKey(folder + name)) || options.taken(folder + name));
    if (fileName === undefined) {
      reasons.set(row, `too many notes named ${person.name} in ${options.folder || "the vault root"}`);
      return false;
    }
    const path = folder + fileName;
    planned.add(fileNameKey(path));
    const created: PlannedNote = { path, person: { ...person, emails: [...person.emails], phones: [...person.phones] }, text: noteText(person, path) };
    // A template may give the note a LinkedIn URL or an e-mail of its own: later rows, and the next import, match by them.
    const own = options.template && new FieldLookup(asRecord(frontmatterData(created.text, options.template.parseYaml)) ?? {});
    const noteLinkedin = texts(own?.pick(CONTACT_FIELDS.linkedin)?.value);
    const noteEmails = heldValues(own?.pick(CONTACT_FIELDS.email)?.value);
    plan.created.push(created);
    contributed.add(row);
    add(
      { path, name: person.name, fields: undefined, linkedin: noteLinkedin[0] ?? person.linkedin, created },
      { linkedin: [...noteLinkedin, ...(person.linkedin ? [person.linkedin] : [])], emails: [...noteEmails, ...person.emails], names: [person.name] },
    );
    return true;
  };
  // A row placed early may match differently once later rows have made their notes (a LinkedIn URL a later row
  // brings): the rows are placed again until nothing changes, which is what importing the file again would find.
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    read.people.forEach((person, row) => {
      if (place(person, row)) changed = true;
    });
    if (!changed) break;
  }
  read.people.forEach((person, row) => {
    const reason = reasons.get(row);
    if (reason !== undefined && (!contributed.has(row) || reason.startsWith("the same person"))) plan.skipped.push({ name: person.name, line: person.line, reason });
  });
  return plan;
}

type Match = { kind: "found"; target: Target; tier: Tier } | { kind: "ambiguous"; reason: string } | { kind: "none" };

function findMatch(
  person: ImportedPerson,
  maps: { byLinkedin: KeyMap; byEmail: KeyMap; byName: KeyMap },
  targets: Map<string, Target>,
  options: PlanOptions,
): Match {
  const tiers: [Tier, readonly string[]][] = [
    ["LinkedIn URL", person.linkedin ? maps.byLinkedin.get(linkedinKey(person.linkedin)) : []],
    ["e-mail", [...new Set(person.emails.flatMap((email) => maps.byEmail.get(emailKey(email))))]],
    ["name", maps.byName.get(options.nameKey(person.name))],
  ];
  for (const [tier, found] of tiers) {
    let paths = found;
    // Two different LinkedIn profiles are two people, whatever e-mail or name they share.
    if (tier !== "LinkedIn URL" && person.linkedin) {
      const key = linkedinKey(person.linkedin);
      paths = paths.filter((path) => {
        const theirs = targets.get(path)?.linkedin;
        return theirs === undefined || linkedinKey(theirs) === key;
      });
    }
    if (paths.length === 1) return { kind: "found", target: targets.get(paths[0] as string) as Target, tier };
    if (paths.length > 1) {
      const listed = paths.slice(0, 3).join(", ") + (paths.length > 3 ? ` and ${paths.length - 3} more` : "");
      return { kind: "ambiguous", reason: `${paths.length} notes match by ${tier} (${listed}); not imported, so nothing goes to the wrong person` };
    }
  }
  return { kind: "none" };
}

/**
 * A later row of the file for a note this import creates: the fields the note would still lack are taken from it
 * (so importing the file again finds nothing to add). Returns the fields taken.
 */
function mergeInto(created: PlannedNote, person: ImportedPerson, noteText: (person: ImportedPerson, path: string) => string): ImportField[] {
  const into = created.person;
  const taken: ImportField[] = [];
  for (const field of IMPORT_FIELDS) {
    if (isListField(field)) {
      const more = missingValues(field, listOf(person, field), listOf(into, field));
      if (more.length === 0) continue;
      taken.push(field);
      if (field === "email") into.emails = [...into.emails, ...more];
      else into.phones = [...into.phones, ...more];
      continue;
    }
    const give = person[field];
    if (into[field] !== undefined || give === undefined) continue;
    taken.push(field);
    into[field] = give;
  }
  let changed = taken.length > 0;
  if (into.notes === undefined && person.notes !== undefined) {
    into.notes = person.notes;
    changed = true;
  }
  if (changed) created.text = noteText(into, created.path);
  return taken;
}

/**
 * The person's values for the fields the note has no value for (under any alias), nor one planned already; for
 * e-mail and phone, the ones the note does not hold and no earlier row brings.
 */
function emptyFields(person: ImportedPerson, target: Target): Fill[] {
  const fills: Fill[] = [];
  for (const field of IMPORT_FIELDS) {
    const planned = target.update?.fills.find((fill) => fill.field === field);
    if (isListField(field)) {
      const held = [...heldValues(target.fields?.pick(CONTACT_FIELDS[field])?.value), ...(planned?.values ?? [])];
      const missing = missingValues(field, listOf(person, field), held);
      if (missing.length > 0) fills.push({ field, values: missing });
      continue;
    }
    const value = person[field];
    if (value === undefined || planned || target.fields?.pick(CONTACT_FIELDS[field])) continue;
    fills.push({ field, values: [value] });
  }
  return fills;
}

/** Fills added to those planned for a note: a field planned already gets the new values after its own. */
function addFills(into: Fill[], fills: readonly Fill[]): void {
  for (const fill of fills) {
    const planned = into.find((f) => f.field === fill.field);
    if (planned) planned.values.push(...fill.values);
    else into.push(fill);
  }
}

/** The summary of SPEC §6, for `--json` and the plugin's notice. `fields` are the keys as written. */
export interface ImportSummary {
  created: string[];
  updated: { note: string; fields: string[] }[];
  skipped: { name: string; reason: string }[];
  problems: ImportProblem[];
}
