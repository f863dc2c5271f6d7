// Who passes each contact filter the vault's goals use (tag, level, company; SPEC §3.4), by person id, kept up
// to date contact by contact: counting people met then reads one byte per attendance instead of testing the
// contact's fields, and a report from scratch tests no contact at all. Verdicts are read off the fields the
// index keeps by person id (people.ts), not off the contact objects.
import type { CompiledFilters } from "../parse/filters";
import { contactFieldsPass, tagMatches } from "../parse/filters";
import type { PeopleColumns } from "./people";
import { LEVEL_OF_CODE, NOT_A_CONTACT } from "./people";

const NO_IDS: readonly number[] = [];

function anyTrue(ok: readonly boolean[], ids: readonly number[]): boolean {
  for (let i = 0; i < ids.length; i++) if (ok[ids[i] as number] === true) return true;
  return false;
}

/** Verdicts by person id: 1 passes; anything else (0, or past the end: an id given out since) does not. */
export type Verdicts = Uint8Array<ArrayBuffer>;

interface Kept {
  filters: CompiledFilters;
  /** How many goals use this filter. */
  uses: number;
  pass: Verdicts;
}

export class FilterVerdicts {
  readonly #kept = new Map<string, Kept>();

  constructor(
    /** The contacts' fields by person id. */
    private readonly people: PeopleColumns,
    /** How many person ids have been given out. */
    private readonly count: () => number,
  ) {}

  /** The verdicts of `filters`' contact part (null when it has none); tested now if no goal keeps them. */
  of(filters: CompiledFilters): Verdicts | null {
    if (filters.contact === null) return null;
    return this.#kept.get(filters.contactKey)?.pass ?? this.#test(filters);
  }

  /** One more goal uses `filters`. */
  use(filters: CompiledFilters): void {
    if (filters.contact === null) return;
    const kept = this.#kept.get(filters.contactKey);
    if (kept) kept.uses++;
    else this.#kept.set(filters.contactKey, { filters, uses: 1, pass: this.#test(filters) });
  }

  /** One goal fewer uses `filters`: the last one takes its verdicts away. */
  release(filters: CompiledFilters): void {
    const kept = this.#kept.get(filters.contactKey);
    if (kept === undefined) return;
    if (--kept.uses <= 0) this.#kept.delete(filters.contactKey);
  }

  /** Person `id`'s fields changed in the columns (or it is no contact any more). */
  contactChanged(id: number): void {
    for (const kept of this.#kept.values()) {
      if (id >= kept.pass.length) {
        const grown = new Uint8Array(Math.max(id + 1, kept.pass.length * 2));
        grown.set(kept.pass);
        kept.pass = grown;
      }
      kept.pass[id] = this.#passes(kept.filters, id) ? 1 : 0;
    }
  }

  /** Forgets every filter (the facts are rebuilt, and their goals use them again). */
  clear(): void {
    this.#kept.clear();
  }

  #passes(filters: CompiledFilters, id: number): boolean {
    const { people } = this;
    const status = people.status[id];
    if (status === undefined || status === NOT_A_CONTACT) return false;
    const company = people.companyId[id] ?? -1;
    const tags = (people.tagIds[id] ?? NO_IDS).map((tag) => people.tagValues.values[tag] ?? "");
    return contactFieldsPass(filters, LEVEL_OF_CODE[people.levelCode[id] ?? 0], company < 0 ? undefined : people.companyValues.values[company], tags);
  }

  /**
   * Every person at once: each distinct level, company and tag is tested against the filter once (with the same
   * tests as contactFieldsPass), then a person is a few integer reads: all the filter's fields must pass, and a
   * field the filter does not use passes.
   */
  #test(filters: CompiledFilters): Verdicts {
    const n = this.count();
    const pass = new Uint8Array(n);
    const { status, levelCode, companyId, tagIds, companyValues, tagValues } = this.people;
    const levelOk = filters.levels.size === 0 ? null : LEVEL_OF_CODE.map((level) => level !== undefined && filters.levels.has(level));
    const companyOk = filters.companies.size === 0 ? null : companyValues.values.map((company) => filters.companies.has(company));
    const tagOk = filters.tags.length === 0 ? null : tagValues.values.map((tag) => tagMatches(tag, filters.tags));
    for (let id = 0; id < n; id++) {
      const code = status[id];
      if (code === undefined || code === NOT_A_CONTACT) continue;
      if (levelOk !== null && levelOk[levelCode[id] ?? 0] !== true) continue;
      if (companyOk !== null && companyOk[companyId[id] ?? -1] !== true) continue;
      if (tagOk !== null && !anyTrue(tagOk, tagIds[id] ?? NO_IDS)) continue;
      pass[id] = 1;
    }
    return pass;
  }
}
