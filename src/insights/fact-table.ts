// The dated facts every goal metric counts, read from the view in one pass into flat typed arrays:
// goal counts become prefix-sum lookups and sweeps over integers instead of walks over objects.
//
// Dates are replaced by their rank among the distinct dates that occur (sorted as text, which is
// date order for `YYYY-MM-DD`): a handful of thousands of ranks, whatever years a stray date names.
// People (contacts, and attendee paths that are no contact) get small integer ids the same way.
import type { Contact, LocalDate, NetworkView, ResolvedInteraction } from "../model/types";
import type { ContactColumns } from "./contact-columns";
import { STATUSES, readContacts } from "./contact-columns";

export interface FactTable {
  readonly today: LocalDate;
  /** The distinct dates that facts fall on, on or before today, sorted: rank → date. */
  readonly dates: readonly LocalDate[];
  readonly interactions: readonly ResolvedInteraction[];
  /** Per interaction: rank of its date, or -1 when undated or after today (scheduled, not done). */
  readonly dateRank: Int32Array;
  /** Per interaction: rank of the day its follow-up was done, or -1 when not done by today. */
  readonly doneRank: Int32Array;
  /** Per interaction: id of its kind in `kinds`. */
  readonly kind: Int32Array;
  readonly kinds: ReadonlyMap<string, number>;
  /** Per interaction: 1 when something is listed under "what I gave". */
  readonly gave: Uint8Array;
  /** Attendees as person ids: those of interaction i are attendee[attendeeStart[i] .. attendeeStart[i+1]). */
  readonly attendeeStart: Int32Array;
  readonly attendee: Int32Array;
  /** Person id → path; contacts come first, then attendee paths that name no contact. */
  readonly people: readonly string[];
  readonly personId: ReadonlyMap<string, number>;
  /** Person id → contact (undefined past the contacts). */
  readonly contacts: readonly Contact[];
  /** Per person: rank of the day the contact was added (first met, else earliest interaction), or -1. */
  readonly addedRank: Int32Array;
  /** Per person: rank of the latest interaction on or before today, or -1. */
  readonly lastRank: Int32Array;
  /** What lists and filters read of each contact, by id. */
  readonly columns: ContactColumns;
  /** Interactions with a follow-up date that is not done: the candidates for today's follow-ups. */
  readonly openFollowUps: Int32Array;
}


const STATUS_TARGET = STATUSES.indexOf("target");

/** Collects distinct dates under provisional ids, then ranks them once sorted. */
class DateRanker {
  private readonly ids = new Map<LocalDate, number>();
  private readonly texts: LocalDate[] = [];

  /** A provisional id for `date`, or -1 when there is no date or it is after today. */
  id(date: LocalDate | undefined, today: LocalDate): number {
    if (date === undefined || date > today) return -1;
    let id = this.ids.get(date);
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(date, id);
      this.texts.push(date);
    }
    return id;
  }

  /** The sorted dates, and provisional id → rank. */
  rank(): { dates: LocalDate[]; rankOf: Int32Array } {
    const dates = [...this.texts].sort();
    const rankOf = new Int32Array(this.texts.length);
    dates.forEach((date, rank) => (rankOf[this.ids.get(date) ?? 0] = rank));
    return { dates, rankOf };
  }
}

function remap(ids: Int32Array, rankOf: Int32Array): void {
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? -1;
    if (id >= 0) ids[i] = rankOf[id] ?? -1;
  }
}

export function buildFactTable(view: NetworkView, today: LocalDate): FactTable {
  const ranker = new DateRanker();
  const columns = readContacts(view.contacts());
  const { contacts } = columns;
  const people: string[] = [...columns.paths];
  const personId = new Map<string, number>();
  people.forEach((path, id) => personId.set(path, id));
  const metIds = new Int32Array(contacts.length);
  const target = STATUS_TARGET;
  columns.status.forEach((status, id) => (metIds[id] = status === target ? -1 : ranker.id(columns.met[id], today)));

  const interactions = [...view.interactions()];
  const n = interactions.length;
  const dateRank = new Int32Array(n);
  const doneRank = new Int32Array(n);
  const kind = new Int32Array(n);
  const kinds = new Map<string, number>();
  const gave = new Uint8Array(n);
  const attendeeStart = new Int32Array(n + 1);
  const attendees: number[] = [];
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    const interaction = interactions[i] as ResolvedInteraction;
    dateRank[i] = ranker.id(interaction.date, today);
    const done = interaction.followUpDone;
    if (done === false) {
      if (interaction.followUp !== undefined) open.push(i);
      doneRank[i] = -1;
    } else {
      doneRank[i] = ranker.id(done === true ? interaction.followUp : done, today);
    }
    let k = kinds.get(interaction.kind);
    if (k === undefined) kinds.set(interaction.kind, (k = kinds.size));
    kind[i] = k;
    gave[i] = interaction.gave.length > 0 ? 1 : 0;
    attendeeStart[i] = attendees.length;
    const paths = interaction.attendees;
    for (let a = 0; a < paths.length; a++) {
      const path = paths[a] as string;
      let id = personId.get(path);
      if (id === undefined) {
        id = people.length;
        people.push(path);
        personId.set(path, id);
      }
      attendees.push(id);
    }
  }
  attendeeStart[n] = attendees.length;
  const attendee = Int32Array.from(attendees);

  const { dates, rankOf } = ranker.rank();
  remap(dateRank, rankOf);
  remap(doneRank, rankOf);
  remap(metIds, rankOf);
  // Ranks order like dates, so the earliest and latest interaction are a min and a max of integers.
  const firstRank = new Int32Array(people.length).fill(-1);
  const lastRank = new Int32Array(people.length).fill(-1);
  for (let i = 0; i < n; i++) {
    const rank = dateRank[i] ?? -1;
    if (rank < 0) continue;
    const end = attendeeStart[i + 1] ?? 0;
    for (let a = attendeeStart[i] ?? 0; a < end; a++) {
      const id = attendee[a] ?? 0;
      const first = firstRank[id] ?? -1;
      if (first < 0 || rank < first) firstRank[id] = rank;
      if (rank > (lastRank[id] ?? -1)) lastRank[id] = rank;
    }
  }
  const addedRank = new Int32Array(people.length).fill(-1);
  for (let id = 0; id < contacts.length; id++) {
    if (columns.status[id] === target) continue;
    // The first-met date wins even when later than the first interaction (it is what the user wrote);
    // a first-met date after today means not added yet, whatever the interactions say.
    addedRank[id] = columns.met[id] !== undefined ? (metIds[id] ?? -1) : (firstRank[id] ?? -1);
  }
  return {
    today,
    dates,
    interactions,
    dateRank,
    doneRank,
    kind,
    kinds,
    gave,
    attendeeStart,
    attendee,
    people,
    personId,
    contacts,
    addedRank,
    lastRank,
    columns,
    openFollowUps: Int32Array.from(open),
  };
}

/** The first rank whose date is on or after `date` (dates.length when none). */
export function rankFrom(dates: readonly LocalDate[], date: LocalDate): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] ?? "") < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first rank whose date is after `date`. */
export function rankAfter(dates: readonly LocalDate[], date: LocalDate): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] ?? "") <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
