// People to meet, and who can introduce you (SPEC §3.6): each target contact with its purpose and the active
// contacts who could introduce you, each once, under its first reason. Read from the index (who names, links to
// and shares a company with the target), never from a walk over the vault's notes.
import type { NetworkIndex } from "../index/network-index";
import { ACTIVE, NO_DAY } from "../index/people";
import { dayNumber, fromDayNumber } from "../model/calendar";
import { fromNoteFolder } from "../parse/links";
import type { LocalDate } from "../model/types";
import { comparePaths } from "./order";
import type { PersonToMeet } from "./reconnect";
import { lastContactDay } from "./reconnect";

export const INTRODUCER_REASONS = ["named", "mentioned", "linked", "same-company"] as const;
export type IntroducerReason = (typeof INTRODUCER_REASONS)[number];

export interface Introducer {
  contact: string;
  name: string;
  reason: IntroducerReason;
  /** The interaction (`mentioned`) or note (`linked`) behind the reason; null for `named` and `same-company`. */
  via: string | null;
  /** Their last contact, for the order within a reason (and the row's words); null when none. */
  lastContact: LocalDate | null;
}

export interface PersonToMeetRow extends PersonToMeet {
  purpose: string | null;
  introducers: Introducer[];
}

const REASON_WORDS: Readonly<Record<IntroducerReason, string>> = {
  named: "their introducer",
  mentioned: "came up in",
  linked: "your notes link them",
  "same-company": "same company",
};

/** Why they could introduce you, in words; a `mentioned` reason reads on with the interaction's name. */
export function introducerWords(introducer: Pick<Introducer, "reason">): string {
  return REASON_WORDS[introducer.reason];
}

/**
 * The people to meet (in their order) with their purposes and introducers, as of `today`. A row's introducers are
 * worked out when it is first read: the sidebar reads a page of rows, a block its limit, the JSON all of them, and
 * all of them for every report would cost ~140 ms per edit on the benchmark vault (734 targets).
 */
export function withIntroducers(index: NetworkIndex, people: readonly PersonToMeet[], today: LocalDate): PersonToMeetRow[] {
  const introducersOf = introductions(index, today);
  return people.map((person) => {
    let introducers: Introducer[] | undefined;
    return {
      contact: person.contact,
      name: person.name,
      purpose: index.contact(person.contact)?.purpose ?? null,
      get introducers(): Introducer[] {
        return (introducers ??= introducersOf(person.contact));
      },
    };
  });
}

/**
 * Who could introduce you to a target (its path): named, then mentioned, linked, same company; each person once. The
 * rows of one report ask it of each target, so what every target would work out again is kept while the index stays
 * at one revision: each company's same-company rows in order (a company's people are introducers of every target
 * there: 97,440 of the benchmark vault's 98,359 introducers), one list the targets of a company share (rows are read,
 * never changed).
 */
function introductions(index: NetworkIndex, today: LocalDate): (path: string) => Introducer[] {
  const facts = index.facts;
  const todayDay = dayNumber(today);
  const companies = new Map<number, Introducer[]>();
  let revision = -1;
  // The rows of the active contacts among the candidates (path → via), in order: latest contact first, name, path.
  const rowsOf = (reason: IntroducerReason, candidates: Iterable<[string, string | null]>): Introducer[] => {
    const rows: { row: Introducer; day: number; key: string }[] = [];
    for (const [contact, via] of candidates) {
      const id = facts.personId(contact);
      if (facts.people.status[id] !== ACTIVE) continue;
      const day = lastContactDay(facts, id, todayDay);
      rows.push({
        row: { contact, name: facts.people.names[id] ?? contact, reason, via, lastContact: day === NO_DAY ? null : fromDayNumber(day) },
        day,
        key: facts.people.nameKeys[id] ?? "",
      });
    }
    rows.sort((a, b) => b.day - a.day || comparePaths(a.key, b.key) || comparePaths(a.row.contact, b.row.contact));
    return rows.map((r) => r.row);
  };

  return (path) => {
    const target = index.contact(path);
    if (target === undefined) return [];
    if (revision !== index.revision) {
      revision = index.revision;
      companies.clear();
    }
    const seen = new Set<string>([path]);
    const out: Introducer[] = [];
    // Each person once, under the first reason that lists them.
    const add = (rows: Introducer[]): void => {
      for (const row of rows) {
        if (seen.has(row.contact)) continue;
        seen.add(row.contact);
        out.push(row);
      }
    };

    const named = new Map<string, string | null>();
    if (target.introducedBy !== undefined) {
      const found = index.resolveContact(target.introducedBy);
      if (found.kind === "found") named.set(found.path, null);
    }
    add(rowsOf("named", named));

    // Notes that link to the target: an interaction's attendees were told about them ("mentioned", the latest
    // interaction behind it), a contact's note links them ("linked"); and whom the target's own note links to.
    const mentioned = new Map<string, string | null>();
    const mentionedOn = new Map<string, string>();
    const linked = new Map<string, string | null>();
    for (const note of index.linkingTo(path).sort()) {
      const interaction = index.interaction(note);
      if (interaction !== undefined) {
        // A scheduled interaction has not happened yet: nobody has been told anything there.
        if (interaction.date !== undefined && interaction.date > today) continue;
        const date = interaction.date ?? "";
        for (const attendee of interaction.attendees) {
          const before = mentionedOn.get(attendee);
          if (before !== undefined && before >= date) continue;
          mentionedOn.set(attendee, date);
          mentioned.set(attendee, note);
        }
      } else if (index.contact(note) !== undefined && !linked.has(note)) {
        linked.set(note, note);
      }
    }
    for (const link of index.linksOf(path)) {
      // Resolved from the target's folder, as every link is (`../Work/Jane.md`).
      const found = index.resolveContact(fromNoteFolder(link, path));
      if (found.kind === "found" && !linked.has(found.path)) linked.set(found.path, path);
    }
    add(rowsOf("mentioned", mentioned));
    add(rowsOf("linked", linked));

    // Same company, compared as the filters compare companies: the people columns hold each contact's company id.
    const { companyId } = facts.people;
    const company = companyId[facts.personId(path)] ?? -1;
    if (company < 0) return out;
    let rows = companies.get(company);
    if (rows === undefined) {
      const members: [string, null][] = [];
      for (let id = 0, n = facts.personCount; id < n; id++) if (companyId[id] === company) members.push([facts.personPath(id), null]);
      companies.set(company, (rows = rowsOf("same-company", members)));
    }
    add(rows);
    return out;
  };
}
