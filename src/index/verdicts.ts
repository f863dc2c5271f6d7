// Who passes each contact filter the vault's goals use (tag, level, company; SPEC §3.4), by person id, kept up
// to date contact by contact: counting people met then reads one byte per attendance instead of testing the
// contact's fields, and a report from scratch tests no contact at all.
import type { Contact } from "../model/types";
import type { CompiledFilters } from "../insights/goal-filters";

/** Verdicts by person id: 1 passes; anything else (0, or past the end: an id given out since) does not. */
export type Verdicts = Uint8Array<ArrayBuffer>;

interface Kept {
  test: (contact: Contact | undefined) => boolean;
  /** How many goals use this filter. */
  uses: number;
  pass: Verdicts;
}

export class FilterVerdicts {
  private readonly kept = new Map<string, Kept>();

  constructor(
    /** The contact a person id names now. */
    private readonly contactOf: (id: number) => Contact | undefined,
    /** How many person ids have been given out. */
    private readonly people: () => number,
  ) {}

  /** The verdicts of `filters`' contact part (null when it has none); tested now if no goal keeps them. */
  of(filters: CompiledFilters): Verdicts | null {
    const test = filters.contact;
    if (test === null) return null;
    return this.kept.get(filters.contactKey)?.pass ?? this.test(test);
  }

  /** One more goal uses `filters`. */
  use(filters: CompiledFilters): void {
    const test = filters.contact;
    if (test === null) return;
    const kept = this.kept.get(filters.contactKey);
    if (kept) kept.uses++;
    else this.kept.set(filters.contactKey, { test, uses: 1, pass: this.test(test) });
  }

  /** One goal fewer uses `filters`: the last one takes its verdicts away. */
  release(filters: CompiledFilters): void {
    const kept = this.kept.get(filters.contactKey);
    if (kept === undefined) return;
    if (--kept.uses <= 0) this.kept.delete(filters.contactKey);
  }

  /** Person `id` is now `contact` (undefined: no contact there any more). */
  contactChanged(id: number, contact: Contact | undefined): void {
    for (const kept of this.kept.values()) {
      if (id >= kept.pass.length) {
        const grown = new Uint8Array(Math.max(id + 1, kept.pass.length * 2));
        grown.set(kept.pass);
        kept.pass = grown;
      }
      kept.pass[id] = kept.test(contact) ? 1 : 0;
    }
  }

  /** Forgets every filter (the facts are rebuilt, and their goals use them again). */
  clear(): void {
    this.kept.clear();
  }

  private test(test: (contact: Contact | undefined) => boolean): Verdicts {
    const n = this.people();
    const pass = new Uint8Array(n);
    for (let id = 0; id < n; id++) {
      const contact = this.contactOf(id);
      if (contact !== undefined && test(contact)) pass[id] = 1;
    }
    return pass;
  }
}
