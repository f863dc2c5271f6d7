// What the reconnect list and the people to meet read of every contact, by person id, in typed columns kept
// up to date by the index's facts. A report from scratch then reads 10,000 contacts as a few integer arrays
// instead of 10,000 objects of as many shapes as there are combinations of optional fields (docs/performance.md).
import type { Cadence, Contact, Level, LocalDate } from "../model/types";
import { companyKeyOf } from "../parse/filters";
import { dayNumber } from "../model/calendar";
import { nameKey } from "../parse/keys";
import { ValueIds } from "./lists";

const NO_IDS: readonly number[] = Object.freeze([]);

/** Level → its code in `levelCode`. */
export const LEVEL_CODES: Readonly<Record<Level, number>> = { senior: 1, peer: 2, junior: 3 };
export const LEVEL_OF_CODE: readonly (Level | undefined)[] = [undefined, "senior", "peer", "junior"];



/** No date (no such field, or no contact at that id). Below every real day, so "on or before today" tests fail. */
export const NO_DAY = -(2 ** 31);

/** Status codes; 0 is "no contact at this id". */
export const NOT_A_CONTACT = 0;
export const ACTIVE = 1;
export const TARGET = 2;
const OTHER = 3;

function statusCode(contact: Contact | undefined): number {
  if (contact === undefined) return NOT_A_CONTACT;
  return contact.status === "active" ? ACTIVE : contact.status === "target" ? TARGET : OTHER;
}

function dayOf(date: LocalDate | undefined): number {
  return date === undefined ? NO_DAY : dayNumber(date);
}

/** `column` copied into the longer `next`, whose other places hold `empty`. */
function grown<T extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(column: T, next: T, empty: number): T {
  next.fill(empty);
  next.set(column);
  return next;
}

export class PeopleColumns {
  /** Status code by person id. */
  status = new Uint8Array(0);
  met = new Int32Array(0);
  lastContactManual = new Int32Array(0);
  snoozeUntil = new Int32Array(0);
  /** The contact's own cadence (undefined: the default applies; null: none), as the row shows it. */
  readonly cadence: (Cadence | undefined)[] = [];
  readonly names: string[] = [];
  /** The names as the lists sort them (`nameKey`). */
  readonly nameKeys: string[] = [];
  /**
   * What contact filters read (parse/filters.ts), as small integers, so every contact is tested against a filter
   * at once (verdicts.ts): the level's code (0: none), the id of the company as `companyKey` reads it (-1: none)
   * and the tags' ids, each id naming a value in the lists below.
   */
  levelCode = new Uint8Array(0);
  companyId = new Int32Array(0);
  readonly tagIds: (readonly number[])[] = [];
  readonly companyValues = new ValueIds();
  readonly tagValues = new ValueIds();

  /** Sets (or, with undefined, clears) the columns of person `id`. */
  set(id: number, contact: Contact | undefined): void {
    if (id >= this.status.length) this.#grow(id + 1);
    this.status[id] = statusCode(contact);
    this.met[id] = dayOf(contact?.met);
    this.lastContactManual[id] = dayOf(contact?.lastContactManual);
    this.snoozeUntil[id] = dayOf(contact?.snoozeUntil);
    this.cadence[id] = contact?.cadence;
    this.names[id] = contact?.name ?? "";
    this.nameKeys[id] = contact === undefined ? "" : nameKey(contact.name);
    this.levelCode[id] = contact?.level === undefined ? 0 : LEVEL_CODES[contact.level];
    const company = contact === undefined ? undefined : companyKeyOf(contact);
    this.companyId[id] = company === undefined ? -1 : this.companyValues.id(company);
    this.tagIds[id] = contact === undefined || contact.tags.length === 0 ? NO_IDS : contact.tags.map((tag) => this.tagValues.id(tag));
  }

  /** Drops every contact (a rebuild). */
  clear(): void {
    this.status = new Uint8Array(0);
    this.met = new Int32Array(0);
    this.lastContactManual = new Int32Array(0);
    this.snoozeUntil = new Int32Array(0);
    this.cadence.length = 0;
    this.names.length = 0;
    this.nameKeys.length = 0;
    this.levelCode = new Uint8Array(0);
    this.companyId = new Int32Array(0);
    this.tagIds.length = 0;
  }

  #grow(needed: number): void {
    const size = Math.max(needed, this.status.length * 2, 64);
    this.status = grown(this.status, new Uint8Array(size), NOT_A_CONTACT);
    this.met = grown(this.met, new Int32Array(size), NO_DAY);
    this.lastContactManual = grown(this.lastContactManual, new Int32Array(size), NO_DAY);
    this.snoozeUntil = grown(this.snoozeUntil, new Int32Array(size), NO_DAY);
    this.levelCode = grown(this.levelCode, new Uint8Array(size), 0);
    this.companyId = grown(this.companyId, new Int32Array(size), -1);
    // Filled up to the size, not left with a gap: ids arrive out of order (attendees first), and writing far past
    // the end turns a JavaScript array into a slow dictionary.
    for (let id = this.names.length; id < size; id++) {
      this.cadence.push(undefined);
      this.names.push("");
      this.nameKeys.push("");
      this.tagIds.push(NO_IDS);
    }
  }
}
