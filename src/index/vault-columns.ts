// The vault's interactions read once into columns for a bulk build of the facts (facts.ts): days, kinds and
// attendee ids in typed arrays, and the interactions in day order. Every series, the attendance table and each
// person's meetings are then walks over that order that come out sorted, instead of one pass over the meeting
// objects and one sort per series.
import type { ResolvedInteraction } from "../model/types";
import { dayNumber } from "../model/calendar";
import { followUpDoneDate, isOpenFollowUp } from "../parse/interaction";
import { AttendedList } from "./attended";
import { Attendances } from "./attendances";
import { exact } from "./lists";
import { NO_DAY } from "./people";

/** Where person and kind ids come from (the facts give them out, so the columns use the facts' own ids). */
export interface IdSource {
  personId(path: string): number;
  kindId(kind: string): number;
}

export class InteractionColumns {
  readonly interactions: ResolvedInteraction[] = [];
  /**
   * By interaction: its day, its follow-up day, its follow-up-done day (NO_DAY: none), its kind id, whether it gave
   * something, whether its follow-up is open (a follow-up day, not done).
   */
  readonly date: Int32Array;
  readonly due: Int32Array;
  readonly done: Int32Array;
  readonly kind: Int32Array;
  readonly gave: Uint8Array;
  readonly open: Uint8Array;
  /** The attendee ids of interaction i are `person[start[i]]` up to `person[start[i + 1]]`. */
  readonly start: Int32Array;
  readonly person: Int32Array;
  /** The dated interactions by day, those with a follow-up or a done day by that day (ties in the view's order). */
  readonly byDate: Int32Array;
  readonly byDue: Int32Array;
  readonly byDone: Int32Array;

  /** One walk over the interactions: each object is read here, once; everything after reads the columns. */
  constructor(source: Iterable<ResolvedInteraction>, ids: IdSource) {
    for (const interaction of source) this.interactions.push(interaction);
    const n = this.interactions.length;
    this.date = new Int32Array(n);
    this.due = new Int32Array(n);
    this.done = new Int32Array(n);
    this.kind = new Int32Array(n);
    this.gave = new Uint8Array(n);
    this.open = new Uint8Array(n);
    this.start = new Int32Array(n + 1);
    const people: number[] = [];
    for (let i = 0; i < n; i++) {
      const interaction = this.interactions[i] as ResolvedInteraction;
      this.date[i] = interaction.date === undefined ? NO_DAY : dayNumber(interaction.date);
      this.due[i] = interaction.followUp === undefined ? NO_DAY : dayNumber(interaction.followUp);
      this.open[i] = isOpenFollowUp(interaction) ? 1 : 0;
      const done = followUpDoneDate(interaction);
      this.done[i] = done === undefined ? NO_DAY : dayNumber(done);
      this.kind[i] = ids.kindId(interaction.kind);
      this.gave[i] = interaction.gave.length > 0 ? 1 : 0;
      for (const path of interaction.attendees) people.push(ids.personId(path));
      this.start[i + 1] = people.length;
    }
    this.person = Int32Array.from(people);
    this.byDate = orderByDay(this.date);
    this.byDue = orderByDay(this.due);
    this.byDone = orderByDay(this.done);
  }

  /** Whether some attendee of interaction `i` passes (`pass[id] === 1`). */
  anyAttendeePasses(i: number, pass: Uint8Array): boolean {
    const end = this.start[i + 1] as number;
    for (let k = this.start[i] as number; k < end; k++) if (pass[this.person[k] as number] === 1) return true;
    return false;
  }

  /**
   * The sorted days of the interactions that count: by their follow-up-done day (`byDone`) or their date, of
   * the kind ids `kinds` marks (null: any), that gave something when `given`, with an attendee `pass` marks
   * (null: anyone). tests/index/vault-columns.test.ts holds it to a plain reading of that.
   */
  countedDays(byDone: boolean, kinds: Uint8Array | null, given: boolean, pass: Uint8Array | null): Int32Array {
    const order = byDone ? this.byDone : this.byDate;
    const source = byDone ? this.done : this.date;
    const days = new Int32Array(order.length);
    let n = 0;
    for (let at = 0; at < order.length; at++) {
      const i = order[at] as number;
      if (kinds !== null && kinds[this.kind[i] as number] !== 1) continue;
      if (given && this.gave[i] !== 1) continue;
      if (pass !== null && !this.anyAttendeePasses(i, pass)) continue;
      days[n++] = source[i] as number;
    }
    return days.slice(0, n);
  }

  /** Every attendance (day, person, kind) of the dated interactions, by day. */
  attendanceTable(): Attendances {
    const rows = this.#attendancesOf(this.byDate);
    const day = new Int32Array(rows);
    const person = new Int32Array(rows);
    const kind = new Int32Array(rows);
    let at = 0;
    for (let d = 0; d < this.byDate.length; d++) {
      const i = this.byDate[d] as number;
      for (let k = this.start[i] as number; k < (this.start[i + 1] as number); k++) {
        day[at] = this.date[i] as number;
        person[at] = this.person[k] as number;
        kind[at] = this.kind[i] as number;
        at++;
      }
    }
    return new Attendances(day, person, kind);
  }

  /** By person id, the interactions they attended, undated first, then by day (copied without spare room). */
  attendedLists(): (AttendedList | undefined)[] {
    const lists: ResolvedInteraction[][] = [];
    const days: number[][] = [];
    const attend = (i: number, day: number): void => {
      for (let k = this.start[i] as number; k < (this.start[i + 1] as number); k++) {
        const id = this.person[k] as number;
        (lists[id] ??= []).push(this.interactions[i] as ResolvedInteraction);
        (days[id] ??= []).push(day);
      }
    };
    for (let i = 0; i < this.interactions.length; i++) if (this.date[i] === NO_DAY) attend(i, NO_DAY);
    for (let d = 0; d < this.byDate.length; d++) attend(this.byDate[d] as number, this.date[this.byDate[d] as number] as number);
    const attended: (AttendedList | undefined)[] = [];
    lists.forEach((list, id) => (attended[id] = new AttendedList(exact(list), exact(days[id] ?? []))));
    return attended;
  }

  #attendancesOf(order: Int32Array): number {
    let rows = 0;
    for (let at = 0; at < order.length; at++) {
      const i = order[at] as number;
      rows += (this.start[i + 1] as number) - (this.start[i] as number);
    }
    return rows;
  }

  /** By person id below `people`: the day of their first dated interaction (NO_DAY: none). */
  firstDays(people: number): Int32Array {
    const first = new Int32Array(people).fill(NO_DAY);
    for (let at = this.byDate.length - 1; at >= 0; at--) {
      const i = this.byDate[at] as number;
      const end = this.start[i + 1] as number;
      for (let k = this.start[i] as number; k < end; k++) first[this.person[k] as number] = this.date[i] as number;
    }
    return first;
  }
}

/**
 * The positions whose day is not NO_DAY, sorted by day, ties in position order. Days of a vault span a few
 * thousand values, so this is a counting sort; a wider span (a date in year 1 and one in 9999) sorts instead.
 */
export function orderByDay(day: Int32Array): Int32Array {
  let min = Infinity;
  let max = -Infinity;
  let count = 0;
  for (let i = 0; i < day.length; i++) {
    const d = day[i] as number;
    if (d === NO_DAY) continue;
    count++;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const order = new Int32Array(count);
  if (count === 0) return order;
  const span = max - min + 1;
  if (span > 4 * count + 4096) {
    let at = 0;
    for (let i = 0; i < day.length; i++) if (day[i] !== NO_DAY) order[at++] = i;
    return order.sort((a, b) => (day[a] as number) - (day[b] as number) || a - b);
  }
  const next = new Int32Array(span + 1);
  for (let i = 0; i < day.length; i++) {
    const d = day[i] as number;
    if (d !== NO_DAY) next[d - min + 1]! += 1;
  }
  for (let v = 1; v <= span; v++) next[v]! += next[v - 1]!;
  for (let i = 0; i < day.length; i++) {
    const d = day[i] as number;
    if (d === NO_DAY) continue;
    const slot = d - min;
    order[next[slot]!] = i;
    next[slot]! += 1;
  }
  return order;
}
