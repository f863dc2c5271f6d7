// A person's page (SPEC §3.7): everything about one contact, read from the index and its live facts (their own
// interactions, who refers to them), never from a walk over the vault.
import type { Settings } from "../model/settings";
import type { Contact, ContactStatus, Duration, Level, LocalDate, ResolvedInteraction } from "../model/types";
import type { NetworkIndex } from "../index/network-index";
import { NO_DAY } from "../index/people";
import { dayNumber, fromDayNumber } from "../model/calendar";
import { nameKey } from "../parse/keys";
import type { NextBirthday } from "./birthdays";
import { nextBirthday } from "./birthdays";
import type { FollowUpRow } from "./follow-ups";
import { compareFollowUps, followUpHorizon, followUpRow } from "./follow-ups";
import { comparePaths } from "./order";
import { trackingOf } from "./reconnect";
import type { FollowUpJson } from "./report";
import { followUpToJson } from "./report";

export interface PersonRef {
  contact: string;
  name: string;
}

export interface PersonInteraction {
  note: string;
  /** Null for an interaction without a date. */
  date: LocalDate | null;
  kind: string;
  gave: readonly string[];
  asked: readonly string[];
  learned: readonly string[];
}

/** Why the reconnect list never shows a contact. */
export type UntrackedReason = "status" | "no-cadence" | "no-history";

export interface PersonPage {
  today: LocalDate;
  contact: string;
  name: string;
  status: ContactStatus;
  company: string | null;
  role: string | null;
  level: Level | null;
  /** The note's own cadence; null when it sets none (the default then applies, when tracked). */
  cadence: Duration | "none" | null;
  purpose: string | null;
  offer: string | null;
  /** Whether the reconnect list (SPEC §3.2) can show them; `untracked` says why not. */
  tracked: boolean;
  untracked: UntrackedReason | null;
  /** The cadence they are tracked with (their own or the default). */
  trackedCadence: Duration | null;
  lastContact: LocalDate | null;
  /** When they are due again; null when not tracked or no contact is logged. */
  due: LocalDate | null;
  /** Days past due (0: due today); null when not due yet or not tracked. */
  daysOverdue: number | null;
  snoozedUntil: LocalDate | null;
  birthday: NextBirthday | null;
  introducedBy: PersonRef | null;
  introduced: PersonRef[];
  followUps: FollowUpRow[];
  /** Dated on or before today, newest first; undated ones last. */
  interactions: PersonInteraction[];
  /** Dated after today, soonest first. */
  scheduled: PersonInteraction[];
  /** Items under "what I gave" and "what I asked for" of their interactions (a list counts each item). */
  giving: { gave: number; asked: number };
}

type PageSettings = Pick<Settings, "upcomingDays">;

function row(interaction: ResolvedInteraction): PersonInteraction {
  return {
    note: interaction.path,
    date: interaction.date ?? null,
    kind: interaction.kind,
    gave: interaction.gave,
    asked: interaction.asked,
    learned: interaction.learned,
  };
}

function byName(refs: PersonRef[]): PersonRef[] {
  const keyed = refs.map((ref) => ({ ref, key: nameKey(ref.name) }));
  keyed.sort((a, b) => comparePaths(a.key, b.key) || comparePaths(a.ref.contact, b.ref.contact));
  return keyed.map((k) => k.ref);
}

/** The page of the contact at `path`, or null when no contact is there. */
export function personPage(index: NetworkIndex, path: string, today: LocalDate, settings: PageSettings): PersonPage | null {
  const contact: Contact | undefined = index.contact(path);
  if (contact === undefined) return null;
  const facts = index.facts;
  const todayDay = dayNumber(today);
  const tracking = trackingOf(facts, facts.personId(path), index.defaultCadence, todayDay);
  const lastContact = tracking.lastContact === NO_DAY ? null : fromDayNumber(tracking.lastContact);
  const due = tracking.tracked && tracking.due !== null ? tracking.due : null;

  const attended = facts.interactionsOf(path);
  const horizon = followUpHorizon(today, settings);
  const followUps: FollowUpRow[] = [];
  const past: PersonInteraction[] = [];
  const undated: PersonInteraction[] = [];
  const scheduled: PersonInteraction[] = [];
  let gave = 0;
  let asked = 0;
  // By date, undated first: walked backwards, the past comes out newest first, the scheduled ones are put back in order.
  for (let i = attended.length - 1; i >= 0; i--) {
    const interaction = attended[i] as ResolvedInteraction;
    const followUp = followUpRow(interaction, today, horizon);
    if (followUp !== null) followUps.push(followUp);
    if (interaction.date !== undefined && interaction.date > today) {
      scheduled.push(row(interaction));
      continue;
    }
    (interaction.date === undefined ? undated : past).push(row(interaction));
    gave += interaction.gave.length;
    asked += interaction.asked.length;
  }
  scheduled.reverse();

  let introducedBy: PersonRef | null = null;
  if (contact.introducedBy !== undefined) {
    const found = index.resolveContact(contact.introducedBy);
    if (found.kind === "found") introducedBy = { contact: found.path, name: index.contact(found.path)?.name ?? found.path };
  }
  const introduced = byName(index.introducedBy(path).map((p) => ({ contact: p, name: index.contact(p)?.name ?? p })));

  return {
    today,
    contact: path,
    name: contact.name,
    status: contact.status,
    company: contact.company ?? null,
    role: contact.role ?? null,
    level: contact.level ?? null,
    cadence: contact.cadence === undefined ? null : contact.cadence === null ? "none" : contact.cadence,
    purpose: contact.purpose ?? null,
    offer: contact.offer ?? null,
    tracked: tracking.tracked,
    untracked: tracking.tracked ? null : tracking.why,
    trackedCadence: tracking.tracked ? tracking.cadence : null,
    lastContact,
    due: due === null ? null : fromDayNumber(due),
    daysOverdue: due !== null && due <= todayDay ? todayDay - due : null,
    snoozedUntil: contact.snoozeUntil !== undefined && contact.snoozeUntil > today ? contact.snoozeUntil : null,
    birthday: contact.birthday === undefined ? null : nextBirthday(contact.birthday, today),
    introducedBy,
    introduced,
    followUps: followUps.sort(compareFollowUps),
    interactions: [...past, ...undated],
    scheduled,
    giving: { gave, asked },
  };
}

/** "2 weeks", "1 month", "90 days": a cadence as the page says it. */
export function cadenceInWords(cadence: Duration): string {
  return `${cadence.amount} ${cadence.unit}${cadence.amount === 1 ? "" : "s"}`;
}

/** "Design Director at Acme Corp · senior": who they are, in the words the page and the CLI share. */
export function personLine(page: Pick<PersonPage, "role" | "company" | "level">): string {
  const job = page.role !== null && page.company !== null ? `${page.role} at ${page.company}` : (page.role ?? page.company ?? "");
  return [job, page.level ?? ""].filter((part) => part !== "").join(" · ");
}

/** Why the reconnect list never shows this contact, in words. */
export function untrackedInWords(page: Pick<PersonPage, "untracked" | "status">): string {
  switch (page.untracked) {
    case "status":
      return page.status === "target" ? "someone to meet (status target)" : `status ${page.status}`;
    case "no-cadence":
      return "no cadence (none)";
    default:
      return "no cadence, and no contact logged yet";
  }
}

/**
 * SPEC §5's `person`: the page without what only the page shows (why they are untracked, the cadence they are
 * tracked with), the cadence in words, and plain arrays where the page shares the index's.
 */
export type PersonJson = Omit<PersonPage, "cadence" | "untracked" | "trackedCadence" | "followUps" | "interactions" | "scheduled"> & {
  cadence: string | null;
  followUps: FollowUpJson[];
  interactions: PersonInteractionJson[];
  scheduled: PersonInteractionJson[];
};

export type PersonInteractionJson = Omit<PersonInteraction, "gave" | "asked" | "learned"> & { gave: string[]; asked: string[]; learned: string[] };

function interactionJson(i: PersonInteraction): PersonInteractionJson {
  return { note: i.note, date: i.date, kind: i.kind, gave: [...i.gave], asked: [...i.asked], learned: [...i.learned] };
}

/** Exactly the keys and order of SPEC §5 (`person`): rebuilt, never spread. */
export function personToJson(page: PersonPage): PersonJson {
  return {
    today: page.today,
    contact: page.contact,
    name: page.name,
    status: page.status,
    company: page.company,
    role: page.role,
    level: page.level,
    cadence: page.cadence === null || page.cadence === "none" ? page.cadence : cadenceInWords(page.cadence),
    purpose: page.purpose,
    offer: page.offer,
    tracked: page.tracked,
    lastContact: page.lastContact,
    due: page.due,
    daysOverdue: page.daysOverdue,
    snoozedUntil: page.snoozedUntil,
    birthday: page.birthday === null ? null : { date: page.birthday.date, inDays: page.birthday.inDays, turns: page.birthday.turns },
    introducedBy: page.introducedBy === null ? null : { contact: page.introducedBy.contact, name: page.introducedBy.name },
    introduced: page.introduced.map((p) => ({ contact: p.contact, name: p.name })),
    followUps: page.followUps.map(followUpToJson),
    interactions: page.interactions.map(interactionJson),
    scheduled: page.scheduled.map(interactionJson),
    giving: { gave: page.giving.gave, asked: page.giving.asked },
  };
}
