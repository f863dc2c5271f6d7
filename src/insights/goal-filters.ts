// A goal's filters (SPEC §3.4): `kind` filters interactions; `tag`, `level`, `company` filter contacts.
import type { Contact, GoalFilters, Level, NetworkView, ResolvedInteraction } from "../model/types";
import { normaliseKind } from "../parse/interaction";
import { companyKey } from "./order";

export interface CompiledFilters {
  /** Identifies the contact filters, for memoising (empty when there are none). */
  contactKey: string;
  /** Identifies all the filters. */
  key: string;
  /** Null: any kind. Kinds of interactions are normalised by the parser, so they compare as they are. */
  kinds: ReadonlySet<string> | null;
  /** Null: any contact (and an interaction with no attendees still passes). */
  contact: ((contact: Contact | undefined) => boolean) | null;
  /** The parts of `contact`, for the counting indexes (goal-people.ts): tags trimmed, lower-case, no `#`. */
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
function hasTag(contact: Contact, wanted: readonly string[]): boolean {
  return contact.tags.some((tag) => {
    const t = tag.toLowerCase();
    return wanted.some((w) => t === w || t.startsWith(`${w}/`));
  });
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
  if (contactKey === "") return { contactKey, key, kinds, contact: null, tags, levels, companies };
  const contact = (c: Contact | undefined): boolean => {
    if (c === undefined) return false;
    if (tags.length > 0 && !hasTag(c, tags)) return false;
    if (levels.size > 0 && (c.level === undefined || !levels.has(c.level))) return false;
    if (companies.size > 0 && (c.company === undefined || !companies.has(companyKey(c.company)))) return false;
    return true;
  };
  return { contactKey, key, kinds, contact, tags, levels, companies };
}

export function kindPasses(interaction: ResolvedInteraction, filters: CompiledFilters): boolean {
  return filters.kinds === null || filters.kinds.has(interaction.kind);
}

/** An interaction passes the contact filters when at least one of its attendees does. */
export function attendeesPass(interaction: ResolvedInteraction, filters: CompiledFilters, view: NetworkView): boolean {
  const test = filters.contact;
  if (test === null) return true;
  return interaction.attendees.some((path) => test(view.contact(path)));
}

export function interactionPasses(
  interaction: ResolvedInteraction,
  filters: CompiledFilters,
  view: NetworkView,
): boolean {
  return kindPasses(interaction, filters) && attendeesPass(interaction, filters, view);
}
