// Who passes a goal's contact filters, and how many distinct people were met in a window, over the fact table.
//
// Testing every contact and every interaction against every goal's filters cost ~1 ms per filter set;
// indexes built once per table (tag → people, person → interactions) make it proportional to the people
// and interactions that pass. People met are distinct, so they cannot be summed like the other metrics:
// each window is one sweep over the attendee occurrences of its days (sorted by day once), with a stamp
// per person instead of a Set.
import type { CompiledFilters } from "../parse/filters";
import type { FactTable } from "./fact-table";
import { LEVELS } from "./contact-columns";
import { rankAfter, rankFrom } from "./fact-table";
import { companyKey } from "../parse/keys";

/** Attendances of interactions dated on or before today, sorted by day: those of rank r are start[r]..start[r+1]. */
interface Occurrences {
  start: Int32Array;
  person: Int32Array;
  kind: Int32Array;
}

interface PeopleCache {
  tagIndex?: Map<string, number[]>;
  companyKeys?: (string | undefined)[];
  attendance?: { start: Int32Array; list: Int32Array };
  passing: Map<string, Uint8Array>;
  passingInteractions: Map<string, Int32Array>;
  occurrences?: Occurrences;
  /** Person id → the last sweep that counted them. */
  seen?: Int32Array;
  sweep: number;
  met: Map<string, number>;
}

const caches = new WeakMap<FactTable, PeopleCache>();

function cacheOf(facts: FactTable): PeopleCache {
  let cache = caches.get(facts);
  if (cache === undefined) {
    cache = { passing: new Map(), passingInteractions: new Map(), sweep: 0, met: new Map() };
    caches.set(facts, cache);
  }
  return cache;
}

function add(index: Map<string, number[]>, key: string, id: number): void {
  const ids = index.get(key);
  if (ids === undefined) index.set(key, [id]);
  else if (ids[ids.length - 1] !== id) ids.push(id);
}

/** Tag → people, each tag also under its parents (`person/mentor` under `person`), as the filter matches. */
function tagIndex(facts: FactTable, cache: PeopleCache): Map<string, number[]> {
  if (cache.tagIndex) return cache.tagIndex;
  const index = new Map<string, number[]>();
  facts.columns.tags.forEach((tags, id) => {
    for (const tag of tags) {
      const t = tag.toLowerCase();
      add(index, t, id);
      for (let at = t.indexOf("/"); at >= 0; at = t.indexOf("/", at + 1)) add(index, t.slice(0, at), id);
    }
  });
  return (cache.tagIndex = index);
}

/** Person id → the company as `companyKey` reads it (undefined: none), for the company filter. */
function companyKeys(facts: FactTable, cache: PeopleCache): (string | undefined)[] {
  if (cache.companyKeys) return cache.companyKeys;
  // Contacts repeat a few company names: read each spelling once.
  const read = new Map<string, string>();
  const keys = facts.columns.company.map((company) => {
    if (company === undefined) return undefined;
    let key = read.get(company);
    if (key === undefined) read.set(company, (key = companyKey(company)));
    return key;
  });
  return (cache.companyKeys = keys);
}

/**
 * Person id → 1 when the person is a contact passing the filters' contact part (the test of
 * parse/filters.ts, read from the indexes); null when the filters have no contact part.
 */
export function passingPeople(facts: FactTable, filters: CompiledFilters): Uint8Array | null {
  if (filters.contact === null) return null;
  const cache = cacheOf(facts);
  const known = cache.passing.get(filters.contactKey);
  if (known) return known;
  const pass = new Uint8Array(facts.people.length);
  const { tags, levels, companies } = filters;
  const companyOf = companies.size > 0 ? companyKeys(facts, cache) : null;
  const levelOk = levels.size > 0 ? LEVELS.map((level) => level !== "" && levels.has(level)) : null;
  const check = (id: number): void => {
    if (levelOk !== null && levelOk[facts.columns.level[id] ?? 0] !== true) return;
    if (companyOf !== null && !companies.has(companyOf[id] ?? "")) return;
    pass[id] = 1;
  };
  if (tags.length > 0) {
    // The tag index already holds exactly the people with a matching tag: only the other fields are left.
    const index = tagIndex(facts, cache);
    for (const tag of tags) for (const id of index.get(tag) ?? []) check(id);
  } else {
    for (let id = 0; id < facts.contacts.length; id++) check(id);
  }
  cache.passing.set(filters.contactKey, pass);
  return pass;
}

/** Person id → the interactions they attended: those of person p are list[start[p] .. start[p+1]). */
function attendance(facts: FactTable, cache: PeopleCache): { start: Int32Array; list: Int32Array } {
  if (cache.attendance) return cache.attendance;
  const { attendeeStart, attendee } = facts;
  const start = new Int32Array(facts.people.length + 1);
  for (let a = 0; a < attendee.length; a++) {
    const id = attendee[a] ?? 0;
    start[id + 1] = (start[id + 1] ?? 0) + 1;
  }
  for (let p = 1; p < start.length; p++) start[p] = (start[p] ?? 0) + (start[p - 1] ?? 0);
  const next = start.slice(0, facts.people.length);
  const list = new Int32Array(attendee.length);
  for (let i = 0; i < facts.interactions.length; i++) {
    const end = attendeeStart[i + 1] ?? 0;
    for (let a = attendeeStart[i] ?? 0; a < end; a++) {
      const id = attendee[a] ?? 0;
      const at = next[id] ?? 0;
      next[id] = at + 1;
      list[at] = i;
    }
  }
  return (cache.attendance = { start, list });
}

/** The interactions (indexes) with at least one attendee passing the contact filters, read through the people who pass. */
export function passingInteractions(facts: FactTable, filters: CompiledFilters, pass: Uint8Array): Int32Array {
  const cache = cacheOf(facts);
  const known = cache.passingInteractions.get(filters.contactKey);
  if (known) return known;
  const { start, list } = attendance(facts, cache);
  const taken = new Uint8Array(facts.interactions.length);
  const found: number[] = [];
  for (let id = 0; id < pass.length; id++) {
    if (pass[id] !== 1) continue;
    const end = start[id + 1] ?? 0;
    for (let at = start[id] ?? 0; at < end; at++) {
      const i = list[at] ?? 0;
      if (taken[i] === 1) continue;
      taken[i] = 1;
      found.push(i);
    }
  }
  const interactions = Int32Array.from(found);
  cache.passingInteractions.set(filters.contactKey, interactions);
  return interactions;
}

function occurrences(facts: FactTable, cache: PeopleCache): Occurrences {
  if (cache.occurrences) return cache.occurrences;
  const { dateRank, attendeeStart, attendee, kind } = facts;
  const n = facts.interactions.length;
  // A counting sort by day: ranks are small integers.
  const start = new Int32Array(facts.dates.length + 1);
  for (let i = 0; i < n; i++) {
    const rank = dateRank[i] ?? -1;
    if (rank >= 0) start[rank + 1] = (start[rank + 1] ?? 0) + (attendeeStart[i + 1] ?? 0) - (attendeeStart[i] ?? 0);
  }
  for (let r = 1; r < start.length; r++) start[r] = (start[r] ?? 0) + (start[r - 1] ?? 0);
  const next = start.slice(0, facts.dates.length);
  const total = start[start.length - 1] ?? 0;
  const person = new Int32Array(total);
  const kinds = new Int32Array(total);
  for (let i = 0; i < n; i++) {
    const rank = dateRank[i] ?? -1;
    if (rank < 0) continue;
    const end = attendeeStart[i + 1] ?? 0;
    for (let a = attendeeStart[i] ?? 0; a < end; a++) {
      const at = next[rank] ?? 0;
      next[rank] = at + 1;
      person[at] = attendee[a] ?? 0;
      kinds[at] = kind[i] ?? 0;
    }
  }
  return (cache.occurrences = { start, person, kind: kinds });
}

/** Kind id → 1 when the filters let interactions of that kind through; null when any kind does. */
export function kindMask(facts: FactTable, filters: CompiledFilters): Uint8Array | null {
  if (filters.kinds === null) return null;
  const mask = new Uint8Array(facts.kinds.size);
  for (const kind of filters.kinds) {
    const id = facts.kinds.get(kind);
    if (id !== undefined) mask[id] = 1;
  }
  return mask;
}

/**
 * Distinct attendees who pass the filters, of interactions passing the kind filter dated from `start`
 * to `end` (and on or before today). The people counted are the attendees who pass: "5 people in
 * marketing" skips the colleague who came along. Memoised per filters and window.
 */
export function peopleMet(facts: FactTable, filters: CompiledFilters, start: string, end: string): number {
  const cache = cacheOf(facts);
  const key = `${filters.key}|${start}|${end}`;
  const known = cache.met.get(key);
  if (known !== undefined) return known;
  const occ = occurrences(facts, cache);
  const from = occ.start[rankFrom(facts.dates, start)] ?? 0;
  const to = occ.start[rankAfter(facts.dates, end)] ?? 0;
  const kinds = kindMask(facts, filters);
  const pass = passingPeople(facts, filters);
  const seen = (cache.seen ??= new Int32Array(facts.people.length));
  const sweep = ++cache.sweep;
  let count = 0;
  for (let at = from; at < to; at++) {
    const id = occ.person[at] ?? 0;
    if (seen[id] === sweep) continue;
    if (kinds !== null && kinds[occ.kind[at] ?? 0] !== 1) continue;
    if (pass !== null && pass[id] !== 1) continue;
    seen[id] = sweep;
    count++;
  }
  cache.met.set(key, count);
  return count;
}
