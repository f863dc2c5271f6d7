// Collecting one note's problems (SPEC §7): every unreadable field is named, explained and skipped.
import type { Problem } from "../model/types";
import type { Field, Read } from "./fields";

/**
 * The one empty list every note without a list field shares (gave, asked, learned, aliases, tags…): a vault has
 * ~150,000 such fields, and an array each is memory the garbage collector copies while the index is built.
 */
export const NO_ITEMS: readonly string[] = Object.freeze([]);

export class ProblemLog {
  readonly problems: Problem[] = [];

  constructor(readonly note: string) {}

  add(field: string, message: string): void {
    this.problems.push({ note: this.note, field, message });
  }

  /** The value read from a field, or undefined with a problem that starts with the field's name. */
  take<T>(field: Field, read: Read<T>): T | undefined {
    if (read.ok) return read.value;
    this.add(field.key, `${field.key} ${read.error}`);
    return undefined;
  }

  /** Items of a list-like field (ListRead); each unreadable item is its own problem. An empty list is the shared NO_ITEMS. */
  takeList(field: Field, read: { items: string[]; errors: string[] }): readonly string[] {
    for (const error of read.errors) this.add(field.key, `${field.key}: ${error}`);
    return read.items.length === 0 ? NO_ITEMS : read.items;
  }
}
