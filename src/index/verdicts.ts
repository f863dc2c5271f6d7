// Who passes each contact filter the vault's goals use (tag, level, company; SPEC §3.4), by person id, kept up
// to date contact by contact: counting people met then reads one byte per attendance instead of testing the
// contact's fields, and a report from scratch tests no contact at all. Verdicts are read off the fields the
// index keeps by person id (people.ts), not off the contact objects.
import type { CompiledFilters } from "../insights/goal-filters";
import { contactFieldsPass } from "../insights/goal-filters";
import type { PeopleColumns } from "./people";
import { NOT_A_CONTACT } from "./people";

/** Verdicts by person id: 1 passes; anything else (0, or past the end: an id given out since) does not. */
export type Verdicts = Uint8Array<ArrayBuffer>;

interface Kept {
  filters: CompiledFilters;
  /** How many goals use this filter. */
  uses: number;
  pass: Verdicts;
}

export class FilterVerdicts {
  private readonly kept = new Map<string, Kept>();

  constructor(
    /** The contacts' fields by person id. */
    private readonly people: PeopleColumns,
    /** How many person ids have been given out. */
    private readonly count: () => number,
  ) {}

  /** The verdicts of `filters`' contact part (null when it has none); tested now if no goal keeps them. */
  of(filters: CompiledFilters): Verdicts | null {
    if (filters.contact === null) return null;
    return this.kept.get(filters.contactKey)?.pass ?? this.test(filters);
  }

  /** One more goal uses `filters`. */
  use(filters: CompiledFilters): void {
    if (filters.contact === null) return;
    const kept = this.kept.get(filters.contactKey);
    if (kept) kept.uses++;
    else this.kept.set(filters.contactKey, { filters, uses: 1, pass: this.test(filters) });
  }

  /** One goal fewer uses `filters`: the last one takes its verdicts away. */
  release(filters: CompiledFilters): void {
    const kept = this.kept.get(filters.contactKey);
    if (kept === undefined) return;
    if (--kept.uses <= 0) this.kept.delete(filters.contactKey);
  }

  /** Person `id`'s fields changed in the columns (or it is no contact any more). */
  contactChanged(id: number): void {
    for (const kept of this.kept.values()) {
      if (id >= kept.pass.length) {
        const grown = new Uint8Array(Math.max(id + 1, kept.pass.length * 2));
        grown.set(kept.pass);
        kept.pass = grown;
      }
      kept.pass[id] = this.passes(kept.filters, id) ? 1 : 0;
    }
  }

  /** Forgets every filter (the facts are rebuilt, and their goals use them again). */
  clear(): void {
    this.kept.clear();
  }

  private passes(filters: CompiledFilters, id: number): boolean {
    const { people } = this;
    const status = people.status[id];
    if (status === undefined || status === NOT_A_CONTACT) return false;
    return contactFieldsPass(filters, people.levels[id], people.companyKeys[id], people.tags[id] ?? []);
  }

  private test(filters: CompiledFilters): Verdicts {
    const n = this.count();
    const pass = new Uint8Array(n);
    for (let id = 0; id < n; id++) if (this.passes(filters, id)) pass[id] = 1;
    return pass;
  }
}
