// What a contact, an interaction, a goal and a problem are, once read from a note.
import type { Metric } from "./metrics";

/** A calendar date in the user's local calendar, always `YYYY-MM-DD`. Compare as strings. */
export type LocalDate = string;

/** Something in a note that could not be read as intended (SPEC §7). Never fatal. */
export interface Problem {
  /** Vault-relative path with `/`. */
  note: string;
  /** The frontmatter field (as the user wrote it), the goal block field, or `yaml`/`goal`/`note`/`file`. */
  field: string;
  /** One sentence a user understands, naming the bad value and what would be right. */
  message: string;
}

export type DurationUnit = "day" | "week" | "month" | "year";
/** A keep-in-touch cadence. Quarters are read as 3 months. */
export interface Duration {
  amount: number;
  unit: DurationUnit;
}
/** `null` cadence means "do not remind me" (`none`, `never`, `off`). */
export type Cadence = Duration | null;

export type Level = "senior" | "peer" | "junior";
export type ContactStatus = "active" | "target" | "dormant" | "archived";

export interface Birthday {
  month: number;
  day: number;
  year?: number;
}

export interface Contact {
  path: string;
  /** File name without folder or `.md`. */
  basename: string;
  name: string;
  aliases: readonly string[];
  company?: string;
  role?: string;
  level?: Level;
  /** Lower-case, without `#`; nested tags kept whole (`person/mentor`). */
  tags: readonly string[];
  met?: LocalDate;
  metAt?: string;
  /** The raw reference as written (`[[Jane Doe]]`, a name…); resolved by the index. */
  introducedBy?: string;
  /** `introducedBy` was written as an unquoted `[[link]]` (a YAML nested list). */
  introducedByUnquoted?: boolean;
  /** Absent: the default cadence setting applies. `null`: explicitly none. */
  cadence?: Cadence;
  lastContactManual?: LocalDate;
  snoozeUntil?: LocalDate;
  purpose?: string;
  offer?: string;
  status: ContactStatus;
  birthday?: Birthday;
  email?: string;
  phone?: string;
  linkedin?: string;
  /**
   * What the note links to: its body's links, then the `[[links]]` in its frontmatter, as written; who could
   * introduce you to someone is read from them (SPEC §3.6). Absent: none.
   */
  links?: readonly string[];
}

export interface Interaction {
  path: string;
  date?: LocalDate;
  /** Attendee references as written (links or names), before resolution; deduplicated. */
  attendeeRefs: readonly string[];
  /** The attendee field as the user wrote it (the first one present), for problem messages. */
  attendeeField?: string;
  /** Attendee references written as an unquoted `[[link]]` (a YAML nested list), when there are any. */
  unquotedRefs?: readonly string[];
  /** True when the note had no attendee field and `attendeeRefs` come from body links. */
  attendeesFromBody: boolean;
  /** Normalised: lower-case, spaces and underscores as hyphens. Default `meeting`. */
  kind: string;
  followUp?: LocalDate;
  /** `false` = open; `true` = done (counts on the follow-up date); a date = done on that date. */
  followUpDone: boolean | LocalDate;
  gave: readonly string[];
  asked: readonly string[];
  learned: readonly string[];
  /** What the note links to, as Contact.links. */
  links?: readonly string[];
}

/** The goal metrics are defined in one table (metrics.ts). */
export type { Metric };
export type Period = "week" | "month" | "quarter" | "year";

export interface GoalFilters {
  /** Normalised like `Interaction.kind`. */
  kind: string[];
  /** Lower-case, without `#`. */
  tag: string[];
  level: Level[];
  /** As written; compared case-insensitively. */
  company: string[];
}

/** A `network-goal` block as read. Fields that failed to read are absent and explained in `issues`. */
export interface GoalSpec {
  /** The note that holds the block. */
  note: string;
  /** 0-based order of the block within the note. */
  index: number;
  /** 0-based line of the opening fence in the note, for linking. */
  line: number;
  title?: string;
  /** Canonical metric, when the block names a known one. */
  metric?: Metric;
  /** What the block wrote under `metric`, for messages. */
  metricText?: string;
  /** A whole number ≥ 1, when the block's target is one. */
  target?: number;
  period?: Period;
  start?: LocalDate;
  end?: LocalDate;
  due?: LocalDate;
  /** The date of the note holding the block (its `date` field or file-name prefix). */
  noteDate?: LocalDate;
  filters: GoalFilters;
  why?: string;
  /** Why a SMART letter fails for reasons found while reading (unknown metric, bad filter, …). */
  issues: GoalIssue[];
}

export type SmartLetter = "specific" | "measurable" | "achievable" | "relevant" | "timeBound";
export interface GoalIssue {
  letter: SmartLetter;
  field: string;
  message: string;
}

/** One note as read: at most one of contact/interaction, any number of goals. */
export interface ParsedNote {
  path: string;
  contact?: Contact;
  interaction?: Interaction;
  goals: readonly GoalSpec[];
  problems: Problem[];
}

/** A goal block's source as found in a note body. */
export interface GoalBlockSource {
  /** The YAML inside the fence. */
  source: string;
  /** 0-based line of the opening fence. */
  line: number;
}

/**
 * Everything the core needs about one note, from whichever host read it: Obsidian's metadata
 * cache in the plugin, gray-matter in the CLI.
 */
export interface NoteInput {
  /** Vault-relative path with `/`, including `.md`. */
  path: string;
  /** Parsed frontmatter, or undefined when the note has none. */
  frontmatter: unknown;
  /** Set when the frontmatter exists but is not valid YAML. */
  frontmatterError?: string;
  /**
   * What is wrong with the file itself, in words (it could not be read, is too large, is not UTF-8, its
   * frontmatter is never closed): a problem on the note. `unread`: nothing of the file was read (no folder
   * rule makes it a contact or a meeting); otherwise the note is read as far as it can be.
   */
  fileProblem?: { message: string; unread: boolean };
  /** Link targets found in the body (`Jane Doe`, `People/Jane Doe.md`), as written, without alias or heading. */
  bodyLinks: string[];
  /**
   * Tags written in the body (`#person` → `person`; nested tags as written), which count as the note's tags
   * (SPEC §1.1). Only the ones that can classify a note matter, so a host may pass only those.
   */
  bodyTags?: string[];
  goalBlocks: GoalBlockSource[];
}

/**
 * Parses YAML text (a goal block). Throws on invalid YAML. The plugin passes Obsidian's
 * `parseYaml`, the CLI js-yaml with the core schema: dates stay text, as in Obsidian.
 */
export type YamlParser = (text: string) => unknown;

/** An interaction whose attendee references have been resolved to contact paths. */
export interface ResolvedInteraction extends Interaction {
  /** Paths of the contacts who took part, deduplicated, in the order written. */
  attendees: readonly string[];
}

/**
 * The read-only view of the vault that every insight is computed from. The index implements it;
 * tests may build one by hand.
 */
export interface NetworkView {
  /** Bumped on every change; a view that drew revision N need not redraw until it moves. */
  readonly revision: number;
  contacts(): Iterable<Contact>;
  contact(path: string): Contact | undefined;
  interactions(): Iterable<ResolvedInteraction>;
  /** Goals in note-path order, then in order within the note. */
  goals(): readonly GoalSpec[];
  /** Problems from reading notes and from resolving references, in note-path order. */
  problems(): readonly Problem[];
  /** The default cadence setting, read: a Duration, or null for `none`. */
  readonly defaultCadence: Cadence;
  /** What a contact's or an interaction's note links to (their `links`); a view built by hand may have none. */
  linksOf?(path: string): readonly string[];
}
