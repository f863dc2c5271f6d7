// Collecting one note's problems (SPEC §7): every unreadable field is named, explained and skipped.
import type { Problem } from "../model/types";
import type { Field, Read } from "./fields";

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

  /** Items of a list-like field; each unreadable item is its own problem. */
  takeList(field: Field, read: { items: string[]; errors: string[] }): string[] {
    for (const error of read.errors) this.add(field.key, `${field.key}: ${error}`);
    return read.items;
  }
}
