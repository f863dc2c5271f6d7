// The in-memory index of a vault: notes go in one at a time (add, replace, remove, rename); insights read it.
import type {
  Cadence,
  Contact,
  GoalSpec,
  Interaction,
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
import type { LiveFacts } from "./facts";
import { FactIndex } from "./facts";
import { PathMultiMap } from "./multimap";
import { SortedPaths, exact, firstSight, pushNew, sameList } from "./lists";
import type { Resolution } from "./resolver";
import { fromNoteFolder } from "../parse/links";
import { ContactResolver, keysOf, referenceKeyOf, referenceProblem, referencesOf, sameKeys } from "./resolver";

/**
 * Where the plugin's settings live, inside the vault's config folder; the host says which folder that is
 * (Obsidian's `Vault.configDir`, which a user may change), for a settings problem.
 */
export const SETTINGS_FILE = "plugins/network-goals/data.json";

/** Shared by every note without goals or problems: most notes have neither, and an empty array each adds up. */
const NONE: readonly never[] = Object.freeze([]);

export class NetworkIndex implements NetworkView {
  #rev = 0;
  /**
   * What a note is lives in the maps below (a ParsedNote per note would cost ~120 bytes each). A note is in one of
   * them: its contact, its interaction, or its path alone when it is neither (a journal, any other note), so the
   * path of a contact or a meeting is not kept a second time.
   */
  readonly #contactMap = new Map<string, Contact>();
  readonly #interactionMap = new Map<string, ResolvedInteraction>();
  readonly #others = new Set<string>();
  /** Only notes that have goals or problems, so the lists are built from a few hundred entries, not every note. */
  readonly #goalsByNote = new Map<string, readonly GoalSpec[]>();
  /** The paths of notes with goals, kept sorted, so the goal list is not re-sorted after a journal edit. */
  readonly #goalPaths = new SortedPaths();
  readonly #problemsByNote = new Map<string, readonly Problem[]>();
  readonly #referenceProblems = new Map<string, readonly Problem[]>();
  /** The paths of notes with problems of either kind, kept sorted, so the list is not re-sorted after an edit. */
  readonly #problemPaths = new SortedPaths();
  readonly #resolver = new ContactResolver();
  /**
   * Reference key → the notes that use it, so a contact change re-resolves only the notes it can affect. Only a
   * contact that comes, goes or answers to other names asks it, and `introducedBy`; no report does. So a bulk load
   * does not make it (with the bulk pass reading each note from what it holds, ~45 ms of the start-up build on the
   * benchmark vault, docs/performance.md): it stays null until first asked, is then read
   * from every note (#whoRefers), and is kept up to date note by note after.
   */
  #referencers: PathMultiMap | null = null;
  readonly #settingsProblems: Problem[] = [];
  /**
   * Link key → the notes that link to it, only for the keys in #linkKeys: those of the contacts asked about and of
   * every target (people to meet asks of targets), so not those of the active contacts most links name. Built on the
   * first question, kept up to date after, built again when a contact asked about answers to a key not held.
   */
  readonly #linkers = new PathMultiMap();
  #linkKeys: Set<string> | null = null;
  /** While loading a whole vault, references are resolved once at the end instead of after every note. */
  #bulk = false;
  readonly defaultCadence: Cadence;
  /** The dated facts insights count, kept up to date with every change (rebuilt once after a bulk load). */
  readonly #factIndex: FactIndex = new FactIndex(this);

  /** Move only when some note's goals or problems change, so the lists are not rebuilt after every edit. */
  #goalsRev = 0;
  #problemsRev = 0;
  #goalsCache: { rev: number; goals: GoalSpec[] } | null = null;
  #problemsCache: { rev: number; problems: Problem[] } | null = null;

  constructor(
    readonly settings: Settings,
    private readonly parseYaml: YamlParser,
    /** The settings file's vault path, for a problem in the settings. */
    settingsNote: string = SETTINGS_FILE,
  ) {
    const cadence = readCadence(settings.defaultCadence);
    if (!cadence.ok) {
      this.defaultCadence = { amount: 90, unit: "day" };
      this.#settingsProblems.push({
        note: settingsNote,
        field: "defaultCadence",
        message: `${cadence.error}; using 90d`,
      });
    } else {
      this.defaultCadence = cadence.value;
    }
  }

  /** What the insights count, through the one query interface of the live facts. */
  get facts(): LiveFacts {
    return this.#factIndex;
  }

  get revision(): number {
    return this.#rev;
  }

  get size(): number {
    return this.#contactMap.size + this.#interactionMap.size + this.#others.size;
  }

  get contactCount(): number {
    return this.#contactMap.size;
  }

  get interactionCount(): number {
    return this.#interactionMap.size;
  }

  /** Reads a note and adds it, or replaces the note at the same path. */
  upsert(input: NoteInput): ParsedNote {
    const parsed = parseNote(input, this.settings, this.parseYaml);
    this.put(parsed);
    return parsed;
  }

  /**
   * Loads many notes at once (a vault at start-up): each note is stored as it comes, and every reference
   * is resolved once at the end, so a contact read after the meetings that name it costs nothing extra.
   */
  upsertAll(inputs: Iterable<NoteInput>): void {
    this.beginBulk();
    try {
      for (const input of inputs) this.upsert(input);
    } finally {
      this.endBulk();
    }
  }

  /** From here until endBulk(), notes are stored without resolving references (see upsertAll). */
  beginBulk(): void {
    this.#bulk = true;
  }

  endBulk(): void {
    if (!this.#bulk) return;
    this.#bulk = false;
    // Not kept during the load: read again from every note when it is next asked.
    this.#referencers = null;
    // Over the values (each knows its path): an entry pair per note is garbage the build would collect.
    for (const interaction of this.#interactionMap.values()) this.#resolveRefs(interaction.path, false, interaction, undefined);
    for (const contact of this.#contactMap.values()) {
      if (contact.introducedBy) this.#resolveRefs(contact.path, false, undefined, contact.introducedBy);
    }
    this.#rev++;
    this.#factIndex.rebuild();
  }

  /** Adds or replaces an already parsed note. */
  put(parsed: ParsedNote): void {
    if (this.#bulk && !this.has(parsed.path)) {
      this.#putNew(parsed);
      return;
    }
    const { path, contact, interaction } = parsed;
    const previousContact = this.#contactMap.get(path);
    const previousInteraction = this.#interactionMap.get(path);
    const previousAttendees = previousInteraction?.attendees ?? NONE;
    const previousGoals = this.#goalsByNote.get(path) ?? NONE;
    const goalsMoved = parsed.goals.length > 0 || previousGoals.length > 0;
    // A note read again with the problems it had (an edit elsewhere in it) keeps them, so the problem list is not
    // rebuilt; reference problems are compared when the note is resolved again below.
    const keepProblems = sameProblems(this.#problemsByNote.get(path) ?? NONE, parsed.problems);
    const affected = new Set<string>();
    if (this.has(path)) this.#detach(path, affected, keepProblems, !this.#bulk);
    if (!contact && !interaction) this.#others.add(path);
    this.#addLinkers(path, (contact ?? interaction)?.links);
    if (parsed.goals.length > 0) this.#setGoals(path, parsed.goals);
    if (goalsMoved) this.#goalsRev++;
    if (!keepProblems && parsed.problems.length > 0) {
      this.#problemsByNote.set(path, parsed.problems);
      this.#problemsMoved(path);
    }
    if (contact) {
      this.#contactMap.set(path, contact);
      this.#resolver.add(contact);
      for (const key of keysOf(contact)) affected.add(key);
    }
    if (interaction) {
      this.#interactionMap.set(path, withAttendees(interaction));
    }
    // During a bulk load endBulk() settles the rest.
    if (!this.#bulk) {
      // Who refers to what is kept up to date once made (see #referencers).
      const referencers = this.#referencers;
      if (referencers !== null) for (const key of referencesOf(contact, interaction)) referencers.add(key, path);
      // A contact whose names did not change cannot change how any reference resolves.
      if (previousContact && contact && sameKeys(previousContact, contact)) affected.clear();
      this.#resolveNote(path, false);
      // The contact first: a contact filter it changes must be known before the meetings that name it move.
      if (previousContact || contact) this.#factIndex.contactChanged(previousContact, contact);
      if (previousInteraction || interaction) this.#factIndex.interactionChanged(previousInteraction, previousAttendees, this.#interactionMap.get(path));
      this.#reresolve(affected, path);
    }
    this.#rev++;
    if (goalsMoved && !this.#bulk) this.#factIndex.goalsChanged(path, previousGoals, parsed.goals);
  }

  /**
   * A note new to the index during a bulk load: stored, nothing else. References and the facts are settled by
   * endBulk(); who refers to what is read when first asked.
   */
  #putNew(parsed: ParsedNote): void {
    const { path, contact, interaction, goals, problems } = parsed;
    if (!contact && !interaction) this.#others.add(path);
    this.#addLinkers(path, (contact ?? interaction)?.links);
    if (goals.length > 0) {
      this.#setGoals(path, goals);
      this.#goalsRev++;
    }
    if (problems.length > 0) {
      this.#problemsByNote.set(path, problems);
      this.#problemsMoved(path);
    }
    if (contact) {
      this.#contactMap.set(path, contact);
      this.#resolver.add(contact);
    }
    if (interaction) this.#interactionMap.set(path, withAttendees(interaction));
    this.#rev++;
  }

  remove(path: string): void {
    if (!this.has(path)) return;
    const affected = new Set<string>();
    const previousContact = this.#contactMap.get(path);
    const previousInteraction = this.#interactionMap.get(path);
    const previousGoals = this.#goalsByNote.get(path) ?? NONE;
    this.#detach(path, affected);
    if (!this.#bulk) {
      if (previousContact) this.#factIndex.contactChanged(previousContact, undefined);
      if (previousInteraction) this.#factIndex.interactionChanged(previousInteraction, previousInteraction.attendees, undefined);
      this.#reresolve(affected, path);
    }
    this.#rev++;
    if (previousGoals.length > 0 && !this.#bulk) this.#factIndex.goalsChanged(path, previousGoals, NONE);
  }

  /** A note moved: its folder may change what it is, so it is read again under its new path. */
  rename(oldPath: string, input: NoteInput): void {
    this.remove(oldPath);
    this.upsert(input);
  }

  has(path: string): boolean {
    return this.#contactMap.has(path) || this.#interactionMap.has(path) || this.#others.has(path);
  }

  /** The note as read (its goals and problems from reading it; reference problems are in problems()). */
  note(path: string): ParsedNote | undefined {
    if (!this.has(path)) return undefined;
    const note: ParsedNote = {
      path,
      goals: [...(this.#goalsByNote.get(path) ?? NONE)],
      problems: [...(this.#problemsByNote.get(path) ?? NONE)],
    };
    const contact = this.#contactMap.get(path);
    const interaction = this.#interactionMap.get(path);
    if (contact) note.contact = contact;
    if (interaction) note.interaction = interaction;
    return note;
  }

  contacts(): Iterable<Contact> {
    return this.#contactMap.values();
  }

  contact(path: string): Contact | undefined {
    return this.#contactMap.get(path);
  }

  interactions(): Iterable<ResolvedInteraction> {
    return this.#interactionMap.values();
  }

  interaction(path: string): ResolvedInteraction | undefined {
    return this.#interactionMap.get(path);
  }

  /** What a reference (`[[Jane Doe]]`, a name, an alias, a path) resolves to, as an attendee's does (SPEC §2.3). */
  resolveContact(reference: string): Resolution {
    return this.#resolver.resolveKey(referenceKeyOf(reference));
  }

  /**
   * The contacts whose `introduced_by` resolves to the contact at `path`, found through who refers to the keys it
   * answers to (no walk over the contacts).
   */
  introducedBy(path: string): string[] {
    const contact = this.#contactMap.get(path);
    if (contact === undefined) return [];
    const found = new Set<string>();
    for (const key of keysOf(contact)) {
      for (const note of this.#whoRefers().get(key)) {
        const introduced = this.#contactMap.get(note)?.introducedBy;
        if (introduced !== undefined && this.#resolver.uniquePath(referenceKeyOf(introduced)) === path) found.add(note);
      }
    }
    return [...found];
  }

  goals(): readonly GoalSpec[] {
    if (this.#goalsCache?.rev !== this.#goalsRev) {
      // By note path (the notes sorted as plain strings, not the goals through a comparator), each note's goals in
      // their order in the note.
      const goals: GoalSpec[] = [];
      // Item by item, not push(...): a spread of a note's 100,000 goals would overflow the stack.
      for (const path of this.#goalPaths.paths) for (const goal of this.#goalsByNote.get(path) ?? NONE) goals.push(goal);
      this.#goalsCache = { rev: this.#goalsRev, goals };
    }
    return this.#goalsCache.goals;
  }

  problems(): readonly Problem[] {
    if (this.#problemsCache?.rev !== this.#problemsRev) {
      const problems: Problem[] = [...this.#settingsProblems];
      for (const path of this.#problemPaths.paths) {
        for (const problem of this.#problemsByNote.get(path) ?? NONE) problems.push(problem);
        for (const problem of this.#referenceProblems.get(path) ?? NONE) problems.push(problem);
      }
      this.#problemsCache = { rev: this.#problemsRev, problems };
    }
    return this.#problemsCache.problems;
  }

  /** The note at `path` links to `links`: #linkers gains those of the keys it holds. */
  #addLinkers(path: string, links: readonly string[] | undefined): void {
    if (links === undefined || links.length === 0) return;
    const held = this.#linkKeys;
    if (held === null) return;
    for (const link of links) {
      const key = linkKey(link, path);
      if (held.has(key)) this.#linkers.add(key, path);
    }
  }

  /** What the note of a contact or an interaction links to, as written (SPEC §3.6). */
  linksOf(path: string): readonly string[] {
    return (this.#contactMap.get(path) ?? this.#interactionMap.get(path))?.links ?? NONE;
  }

  /**
   * The notes that link to the contact at `path` by any name it answers to (the links resolve to it), from #linkers:
   * built (one pass over every link) on the first question and on a question about a contact whose keys it does not
   * hold (not a target, or a target renamed since), kept up to date note by note in between.
   */
  linkingTo(path: string): string[] {
    const contact = this.#contactMap.get(path);
    if (contact === undefined) return [];
    const asked = keysOf(contact);
    if (!asked.every((key) => this.#linkKeys?.has(key))) {
      this.#linkKeys = new Set(asked);
      for (const c of this.#contactMap.values()) if (c.status === "target") for (const key of keysOf(c)) this.#linkKeys.add(key);
      this.#linkers.clear();
      // Every note's links again: #linkers gains those of the keys now held.
      for (const c of this.#contactMap.values()) this.#addLinkers(c.path, c.links);
      for (const i of this.#interactionMap.values()) this.#addLinkers(i.path, i.links);
    }
    const found = new Set<string>();
    for (const key of asked) {
      for (const note of this.#linkers.get(key)) {
        if (found.has(note) || note === path) continue;
        if (this.linksOf(note).some((link) => this.#resolver.uniquePath(linkKey(link, note)) === path)) found.add(note);
      }
    }
    return [...found];
  }

  #setGoals(path: string, goals: readonly GoalSpec[]): void {
    this.#goalsByNote.set(path, goals);
    this.#goalPaths.add(path);
  }

  /** A note's problems were set or cleared: the list is rebuilt next time, and the note kept in `problemPaths` or not. */
  #problemsMoved(path: string): void {
    this.#problemsRev++;
    if (this.#problemsByNote.has(path) || this.#referenceProblems.has(path)) this.#problemPaths.add(path);
    else this.#problemPaths.delete(path);
  }

  /** Takes the note out; `keepProblems` and `keepReferenceProblems` leave those lists as they are (see put). */
  #detach(path: string, affected: Set<string>, keepProblems = false, keepReferenceProblems = false): void {
    const contact = this.#contactMap.get(path);
    if (contact) {
      this.#resolver.remove(contact);
      this.#contactMap.delete(path);
      for (const key of keysOf(contact)) affected.add(key);
    }
    const interaction = this.#interactionMap.get(path);
    const referencers = this.#bulk ? null : this.#referencers;
    if (referencers !== null) for (const key of referencesOf(contact, interaction)) referencers.delete(key, path);
    const links = (contact ?? interaction)?.links;
    if (this.#linkKeys !== null && links !== undefined) for (const link of links) this.#linkers.delete(linkKey(link, path), path);
    this.#interactionMap.delete(path);
    this.#others.delete(path);
    if (this.#goalsByNote.delete(path)) {
      this.#goalsRev++;
      this.#goalPaths.delete(path);
    }
    if (!keepProblems && this.#problemsByNote.delete(path)) this.#problemsMoved(path);
    if (!keepReferenceProblems && this.#referenceProblems.delete(path)) this.#problemsMoved(path);
  }

  /** Who refers to what, read from every note when it is not made yet (see #referencers). */
  #whoRefers(): PathMultiMap {
    if (this.#referencers !== null) return this.#referencers;
    const referencers = new PathMultiMap();
    for (const interaction of this.#interactionMap.values()) {
      const keys = interaction.attendeeRefs.map(referenceKeyOf);
      // Each distinct key once: the map is new, so the note is new to every key.
      const first = firstSight(keys);
      for (let i = 0; i < keys.length; i++) if (first(i)) referencers.addNew(keys[i] as string, interaction.path);
    }
    for (const contact of this.#contactMap.values()) {
      if (contact.introducedBy) referencers.addNew(referenceKeyOf(contact.introducedBy), contact.path);
    }
    return (this.#referencers = referencers);
  }

  #reresolve(keys: Set<string>, except: string): void {
    if (keys.size === 0) return;
    const done = new Set<string>([except]);
    const referencers = this.#whoRefers();
    for (const key of keys) {
      for (const path of referencers.get(key)) {
        if (done.has(path)) continue;
        done.add(path);
        this.#resolveNote(path);
      }
    }
  }

  /** Resolves the references of the note at `path`; `report` tells the facts when an interaction's attendees moved. */
  #resolveNote(path: string, report = true): void {
    this.#resolveRefs(path, report, this.#interactionMap.get(path), this.#contactMap.get(path)?.introducedBy);
  }

  /** Resolves the references of a note's interaction or contact's introducer (the bulk load holds them already). */
  #resolveRefs(path: string, report: boolean, interaction: ResolvedInteraction | undefined, introducer: string | undefined): void {
    // Made only for a note that has some: most notes resolve cleanly.
    let problems: Problem[] | null = null;
    if (interaction) {
      // Made with the first attendee found (a list of one, the usual meeting, needs no copy without spare room).
      let attendees: string[] | null = null;
      const refs = interaction.attendeeRefs;
      // A Set only for a long list (see firstSight): the usual meeting of two searches its list.
      const seen = refs.length > 16 ? new Set<string>() : null;
      for (let i = 0; i < refs.length; i++) {
        const ref = refs[i] as string;
        const key = referenceKeyOf(ref);
        const attendee = this.#resolver.uniquePath(key);
        if (attendee !== undefined) {
          if (attendees !== null) pushNew(attendees, attendee, seen);
          else {
            attendees = [attendee];
            seen?.add(attendee);
          }
          continue;
        }
        // Body links to things that are not contacts are ordinary links, not mistakes.
        if (interaction.attendeesFromBody) continue;
        const found = this.#resolver.resolveKey(key);
        const unquoted = interaction.unquotedRefs?.includes(ref) ?? false;
        (problems ??= []).push(referenceProblem(path, interaction.attendeeField ?? "with", ref, found.kind === "ambiguous" ? found.paths : null, unquoted));
      }
      // The parsed interaction belongs to the index alone: resolving in place saves a copy of every meeting.
      const before = interaction.attendees;
      interaction.attendees = attendees === null ? [] : attendees.length === 1 ? attendees : exact(attendees);
      if (report && !this.#bulk && !sameList(before, interaction.attendees)) this.#factIndex.interactionChanged(interaction, before, interaction);
    }
    if (introducer) {
      const found = this.#resolver.resolveKey(referenceKeyOf(introducer));
      if (found.kind !== "found") {
        const unquoted = this.#contactMap.get(path)?.introducedByUnquoted === true;
        (problems ??= []).push(referenceProblem(path, "introduced_by", introducer, found.kind === "ambiguous" ? found.paths : null, unquoted));
      }
    }
    if (problems !== null) {
      if (sameProblems(this.#referenceProblems.get(path) ?? NONE, problems)) return;
      this.#referenceProblems.set(path, problems);
      this.#problemsMoved(path);
    } else if (this.#referenceProblems.delete(path)) {
      this.#problemsMoved(path);
    }
  }
}


/** The lookup key of a link in note `note` (a relative link resolved from its folder, as Obsidian does). */
function linkKey(link: string, note: string): string {
  return referenceKeyOf(fromNoteFolder(link, note));
}

/**
 * The interaction as the index keeps it: its attendees are filled in when references are resolved (at once, or
 * at the end of a bulk load). The parser gives every interaction an empty list already (one object shape); a
 * note built by hand may have none.
 */
function withAttendees(interaction: Interaction): ResolvedInteraction {
  const resolved = interaction as ResolvedInteraction;
  if (!Array.isArray(resolved.attendees)) resolved.attendees = [];
  return resolved;
}

/** Whether two problem lists say the same things about the same fields, in the same order. */
function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  return a.length === b.length && a.every((p, i) => p.note === b[i]?.note && p.field === b[i]?.field && p.message === b[i]?.message);
}
