// A goal's or a list block's filters (SPEC §3.4), read once into what the index and the insights compare:
// `kind` filters interactions; `tag`, `level`, `company` filter contacts.
import type { Contact, GoalFilters, Level } from "../model/types";
import { normaliseKind } from "./interaction";
import { companyKey } from "./keys";

export interface CompiledFilters {
  /** Identifies the contact filters, for memoising (empty when there are none). */
  contactKey: string;
  /** Identifies all the filters. */
  key: string;
  /** Null: any kind. Kinds of interactions are normalised by the parser, so they compare as they are. */
  kinds: ReadonlySet<string> | null;
  /** Null: any contact (and an interaction with no attendees still passes). */
  contact: ((contact: Contact | undefined) => boolean) | null;
  /** The parts of `contact`, for the verdicts of the live facts (index/verdicts.ts): tags trimmed, lower-case, no `#`. */
  tags: readonly string[];
  levels: ReadonlySet<Level>;
  /** As `companyKey` reads them. */
  companies: ReadonlySet<string>;
}

export const NO_FILTERS: CompiledFilters = {
  contactKey: "",
  key: "|",
  kinds: null,
  contact: null,
  tags: [],
  levels: new Set(),
  companies: new Set(),
};

/** A tag filter `person` also matches the nested tag `person/mentor`, as Obsidian's tag search does. */
export function tagMatches(tag: string, wanted: readonly string[]): boolean {
  const t = tag.toLowerCase();
  for (const w of wanted) if (t === w || (t.charCodeAt(w.length) === 47 /* / */ && t.startsWith(w))) return true;
  return false;
}

function hasTag(tags: readonly string[], wanted: readonly string[]): boolean {
  for (const tag of tags) if (tagMatches(tag, wanted)) return true;
  return false;
}

/**
 * Whether a contact with this level, company (as `companyKey` reads it) and these tags passes the contact part
 * of `filters`: different filter fields must all pass, the values within one field are alternatives. The index
 * keeps these fields by person id (index/people.ts) and tests them there, without the contact.
 */
export function contactFieldsPass(
  filters: CompiledFilters,
  level: Level | undefined,
  company: string | undefined,
  tags: readonly string[],
): boolean {
  if (filters.tags.length > 0 && !hasTag(tags, filters.tags)) return false;
  if (filters.levels.size > 0 && (level === undefined || !filters.levels.has(level))) return false;
  if (filters.companies.size > 0 && (company === undefined || !filters.companies.has(company))) return false;
  return true;
}

/** A contact's company as contact filters compare it (undefined: none). */
export function companyKeyOf(contact: Contact): string | undefined {
  return contact.company === undefined ? undefined : companyKey(contact.company);
}

/** Different filter fields must all pass; the values within one field are alternatives. */
export function compileFilters(filters: GoalFilters): CompiledFilters {
  const kinds = filters.kind.length > 0 ? new Set(filters.kind.map(normaliseKind)) : null;
  const tags = filters.tag.map((t) => t.trim().toLowerCase().replace(/^#/, "")).filter((t) => t !== "");
  const levels = new Set(filters.level);
  const companies = new Set(filters.company.map(companyKey).filter((c) => c !== ""));
  const kindKey = kinds === null ? "" : [...kinds].sort().join(",");
  const contactKey =
    tags.length === 0 && levels.size === 0 && companies.size === 0
      ? ""
      : JSON.stringify([[...tags].sort(), [...levels].sort(), [...companies].sort()]);
  const key = `${kindKey}|${contactKey}`;
  const compiled: CompiledFilters = { contactKey, key, kinds, contact: null, tags, levels, companies };
  if (contactKey !== "") {
    compiled.contact = (c) => c !== undefined && contactFieldsPass(compiled, c.level, companyKeyOf(c), c.tags);
  }
  return compiled;
}
