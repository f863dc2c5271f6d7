// The in-memory index of a vault: notes go in one at a time (add, replace, remove, rename); insights read it.
import type {
  Cadence,
  Contact,
  GoalSpec,
  NetworkView,
  NoteInput,
  ParsedNote,
  Problem,
  ResolvedInteraction,
  YamlParser,
} from "../model/types";
import type { Settings } from "../model/settings";
import { parseNote } from "../parse/note";
import { readCadence } from "../parse/durations";
import { linkTarget } from "../parse/links";
import { ContactResolver, contactKeys, referenceKey } from "./resolver";

/** What resolving one note's references produced. */
interface NoteResolution {
  interaction?: ResolvedInteraction;
  problems: Problem[];
}

const SETTINGS_NOTE = ".obsidian/plugins/network-goals/data.json";

function keysOf(contact: Contact): string[] {
  const keys = contactKeys(contact);
  return [...keys.paths, keys.basename, keys.name, ...keys.aliases];
}

/** The references a note makes to contacts, as lookup keys. */
function referencesOf(note: ParsedNote): string[] {
  const refs: string[] = [];
  if (note.interaction) refs.push(...note.interaction.attendeeRefs);
  if (note.contact?.introducedBy) refs.push(note.contact.introducedBy);
  return refs.map((ref) => referenceKey(linkTarget(ref)));
}

function byPath<T extends { note: string }>(a: T, b: T): number {
  return a.note < b.note ? -1 : a.note > b.note ? 1 : 0;
}

export class NetworkIndex implements NetworkView {
  private rev = 0;
  private readonly notes = new Map<string, ParsedNote>();
  private readonly contactMap = new Map<string, Contact>();
  private readonly resolved = new Map<string, NoteResolution>();
  private readonly resolver = new ContactResolver();
  /** Reference key → the notes that use it, so a contact change re-resolves only the notes it can affect. */
  private readonly referencers = new Map<string, Set<string>>();
  private readonly settingsProblems: Problem[] = [];
  readonly defaultCadence: Cadence;

  private goalsCache: { rev: number; goals: GoalSpec[] } | null = null;
  private problemsCache: { rev: number; problems: Problem[] } | null = null;
  private interactionsCache: { rev: number; interactions: ResolvedInteraction[] } | null = null;

  /** `firstRevision` lets a rebuilt index carry on from its predecessor, so no view mistakes it for one it drew. */
  constructor(
    readonly settings: Settings,
    private readonly parseYaml: YamlParser,
    firstRevision = 0,
  ) {
    this.rev = firstRevision;
    const cadence = readCadence(settings.defaultCadence);
    if (!cadence.ok) {
      this.defaultCadence = { amount: 90, unit: "day" };
      this.settingsProblems.push({
        note: SETTINGS_NOTE,
        field: "defaultCadence",
        message: `${cadence.error}; using 90d`,
      });
    } else {
      this.defaultCadence = cadence.value;
    }
  }

  get revision(): number {
    return this.rev;
  }

  get size(): number {
    return this.notes.size;
  }

  /** Reads a note and adds it, or replaces the note at the same path. */
  upsert(input: NoteInput): ParsedNote {
    const parsed = parseNote(input, this.settings, this.parseYaml);
    this.put(parsed);
    return parsed;
  }

  /** Adds or replaces an already parsed note. */
  put(parsed: ParsedNote): void {
    const previous = this.notes.get(parsed.path);
    const affected = new Set<string>();
    if (previous) this.detach(previous, affected);
    this.notes.set(parsed.path, parsed);
    if (parsed.contact) {
      this.contactMap.set(parsed.path, parsed.contact);
      this.resolver.add(parsed.contact);
      for (const key of keysOf(parsed.contact)) affected.add(key);
    }
    for (const key of referencesOf(parsed)) {
      let users = this.referencers.get(key);
      if (!users) this.referencers.set(key, (users = new Set()));
      users.add(parsed.path);
    }
    // A contact whose names did not change cannot change how any reference resolves.
    if (previous?.contact && parsed.contact && sameKeys(previous.contact, parsed.contact)) affected.clear();
    this.resolveNote(parsed);
    this.reresolve(affected, parsed.path);
    this.rev++;
  }

  remove(path: string): void {
    const previous = this.notes.get(path);
    if (!previous) return;
    const affected = new Set<string>();
    this.detach(previous, affected);
    this.notes.delete(path);
    this.resolved.delete(path);
    this.reresolve(affected, path);
    this.rev++;
  }

  /** A note moved: its folder may change what it is, so it is read again under its new path. */
  rename(oldPath: string, input: NoteInput): void {
    this.remove(oldPath);
    this.upsert(input);
  }

  has(path: string): boolean {
    return this.notes.has(path);
  }

  note(path: string): ParsedNote | undefined {
    return this.notes.get(path);
  }

  contacts(): Iterable<Contact> {
    return this.contactMap.values();
  }

  contact(path: string): Contact | undefined {
    return this.contactMap.get(path);
  }

  interactions(): readonly ResolvedInteraction[] {
    if (this.interactionsCache?.rev !== this.rev) {
      const interactions: ResolvedInteraction[] = [];
      for (const resolution of this.resolved.values()) if (resolution.interaction) interactions.push(resolution.interaction);
      this.interactionsCache = { rev: this.rev, interactions };
    }
    return this.interactionsCache.interactions;
  }

  interaction(path: string): ResolvedInteraction | undefined {
    return this.resolved.get(path)?.interaction;
  }

  goals(): readonly GoalSpec[] {
    if (this.goalsCache?.rev !== this.rev) {
      const goals: GoalSpec[] = [];
      for (const note of this.notes.values()) goals.push(...note.goals);
      goals.sort((a, b) => byPath(a, b) || a.index - b.index);
      this.goalsCache = { rev: this.rev, goals };
    }
    return this.goalsCache.goals;
  }

  problems(): readonly Problem[] {
    if (this.problemsCache?.rev !== this.rev) {
      const problems: Problem[] = [...this.settingsProblems];
      for (const note of this.notes.values()) problems.push(...note.problems);
      for (const resolution of this.resolved.values()) problems.push(...resolution.problems);
      // A stable sort keeps each note's problems in the order they were found.
      problems.sort(byPath);
      this.problemsCache = { rev: this.rev, problems };
    }
    return this.problemsCache.problems;
  }

  private detach(previous: ParsedNote, affected: Set<string>): void {
    if (previous.contact) {
      this.resolver.remove(previous.contact);
      this.contactMap.delete(previous.path);
      for (const key of keysOf(previous.contact)) affected.add(key);
    }
    for (const key of referencesOf(previous)) {
      const users = this.referencers.get(key);
      users?.delete(previous.path);
      if (users?.size === 0) this.referencers.delete(key);
    }
  }

  private reresolve(keys: Set<string>, except: string): void {
    const done = new Set<string>([except]);
    for (const key of keys) {
      for (const path of this.referencers.get(key) ?? []) {
        if (done.has(path)) continue;
        done.add(path);
        const note = this.notes.get(path);
        if (note) this.resolveNote(note);
      }
    }
  }

  private resolveNote(note: ParsedNote): void {
    const problems: Problem[] = [];
    const resolution: NoteResolution = { problems };
    if (note.interaction) {
      const interaction = note.interaction;
      const attendees: string[] = [];
      for (const ref of interaction.attendeeRefs) {
        const found = this.resolver.resolve(linkTarget(ref));
        if (found.kind === "found") {
          if (!attendees.includes(found.path)) attendees.push(found.path);
        } else if (!interaction.attendeesFromBody) {
          // Body links to things that are not contacts are ordinary links, not mistakes.
          problems.push(referenceProblem(note.path, interaction.attendeeField ?? "with", ref, found.kind === "ambiguous" ? found.paths : null));
        }
      }
      resolution.interaction = { ...interaction, attendees };
    }
    const introducer = note.contact?.introducedBy;
    if (introducer) {
      const found = this.resolver.resolve(linkTarget(introducer));
      if (found.kind !== "found") {
        problems.push(
          referenceProblem(note.path, "introduced_by", introducer, found.kind === "ambiguous" ? found.paths : null),
        );
      }
    }
    this.resolved.set(note.path, resolution);
  }
}

function sameKeys(a: Contact, b: Contact): boolean {
  const ka = keysOf(a);
  const kb = keysOf(b);
  return ka.length === kb.length && ka.every((key, i) => key === kb[i]);
}

function referenceProblem(note: string, field: string, ref: string, ambiguous: string[] | null): Problem {
  if (ambiguous) {
    return {
      note,
      field,
      message: `'${ref}' matches several contacts (${ambiguous.join(", ")}); link the one you mean, e.g. [[${ambiguous[0]?.replace(/\.md$/, "")}]]`,
    };
  }
  return {
    note,
    field,
    message: `unknown contact '${ref}': no contact note has that file name, name or alias`,
  };
}
