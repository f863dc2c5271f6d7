// Deciding whether a note is a contact, an interaction or neither (SPEC §1.1, §1.2).
import type { Settings } from "../model/settings";
import type { FieldLookup } from "./fields";
import { NOTE_FIELDS } from "./field-aliases";
import { linkTarget, readTextList } from "./links";
import type { ProblemLog } from "./problems";

export type NoteKind = "contact" | "interaction";

const CONTACT_TYPES = new Set(["contact", "person"]);
const INTERACTION_TYPES = new Set(["meeting", "interaction"]);
const CONTACT_TAGS = new Set(["contact", "person", "people"]);
const INTERACTION_TAGS = new Set(["meeting", "interaction"]);
/** The tags (top level, lower case) that make a note a contact or an interaction; every other tag is "other". */
export const CLASSIFYING_TAG_WORDS: readonly string[] = [...CONTACT_TAGS, ...INTERACTION_TAGS];

/** `[[Types/Person.md]]` → `person`. */
function typeName(text: string): string {
  const target = linkTarget(text).replace(/\.md$/i, "");
  return target.slice(target.lastIndexOf("/") + 1).trim().toLowerCase();
}

/** `person/mentor` → `person`. */
function topTag(tag: string): string {
  const slash = tag.indexOf("/");
  return slash < 0 ? tag : tag.slice(0, slash);
}

/** What one kind of evidence says: one kind, both (a tie), something else, or nothing. */
type Verdict = NoteKind | "both" | "other" | undefined;

function verdict(values: string[], contacts: Set<string>, interactions: Set<string>): Verdict {
  if (values.length === 0) return undefined;
  const contact = values.some((v) => contacts.has(v));
  const interaction = values.some((v) => interactions.has(v));
  if (contact && interaction) return "both";
  if (contact) return "contact";
  if (interaction) return "interaction";
  return "other";
}

function normaliseFolder(folder: string): string {
  return folder.trim().replace(/\\/g, "/").replace(/^\.?\/+|\/+$/g, "").toLowerCase();
}

/**
 * The settings' folders normalised once per settings list, not once per note. The list is compared
 * with the copy it was normalised from, since a settings tab may edit it in place. An empty setting
 * would make every note match; it means "no folder", not "the whole vault", so it is left out.
 */
const normalised = new WeakMap<readonly string[], { from: string[]; folders: string[] }>();
function normaliseFolders(folders: readonly string[]): string[] {
  const done = normalised.get(folders);
  if (done && folders.length === 1 && done.from[0] === folders[0] && done.from.length === 1) return done.folders;
  if (done && done.from.length === folders.length && done.from.every((raw, i) => raw === folders[i])) return done.folders;
  const fresh = { from: [...folders], folders: folders.map(normaliseFolder).filter((folder) => folder !== "") };
  normalised.set(folders, fresh);
  return fresh.folders;
}

/** Length of the longest (normalised) setting folder that holds the note at any depth; 0 when none does. */
function deepestFolder(noteFolder: string, folders: readonly string[]): number {
  let best = 0;
  for (const folder of folders) {
    // `folder` or `folder/…`, without building `folder/` for every note.
    const inside = noteFolder.startsWith(folder) && (noteFolder.length === folder.length || noteFolder.charCodeAt(folder.length) === 47);
    if (inside) best = Math.max(best, folder.length);
  }
  return best;
}

/**
 * Text that could make a note a contact by its type or tags (frontmatter or body). What the classifier compares
 * is a piece of the file's text, lower-cased, cut at `/`, `|`, `#`, `.md`, spaces, commas or quotes, and perhaps
 * unescaped by YAML (`\x70`, `"per\⏎son"`) or a link's `%70`. So a contact's text holds an escape, which could
 * spell anything, or a contact word in any case that is not followed by a letter, digit, `_` or `-`, and is:
 * - a tag (`#people`, `#people/work`, `#people:` in the body), or
 * - followed by neither `/` nor `:` (`type: Person`, `[[Types/Person.md]]`), or
 * - followed by `/` where a tag begins (`tags: [people/work]`): after a space, `,`, a quote or one `[`, since a
 *   type is the part after the last `/`, and a tag the part before the first. Not after `[[` or `(`, which open
 *   a link: `[[People/Kai]]`, `[Kai](People/Kai.md)`.
 * A word followed by `:` is a key (`people:`, an attendee field). Meeting notes are full of both.
 * Built on first use, from the words above (ASCII letters: nothing to escape); the plugin never asks for it.
 */
let mayNameContact: RegExp | undefined;
function mayNameContactPattern(): RegExp {
  if (mayNameContact) return mayNameContact;
  const word = `(?:${[...new Set([...CONTACT_TYPES, ...CONTACT_TAGS])].join("|")})`;
  const ways = [
    `#${word}(?![\\p{L}\\p{N}_-])`,
    `${word}(?![\\p{L}\\p{N}_/:-])`,
    `(?<=^|[\\s,"'[])(?<!\\[\\[)${word}/`,
    "%[4-7][0-9a-f]",
    "\\\\",
  ];
  return (mayNameContact = new RegExp(ways.join("|"), "iu"));
}

/**
 * Whether the note at `path` with this text can be a contact: a necessary condition of classifyNote over what
 * the host reads from the file (tests/parse/may-be-contact.test.ts checks it on generated notes), cheap enough to
 * run on a whole vault so that only the notes it passes need their YAML parsed. False means "surely not a contact".
 */
export function mayBeContact(path: string, text: string, settings: Settings): boolean {
  return folderVerdict(path, settings) === "contact" || mayNameContactPattern().test(text);
}

/** The contact folders of the settings, normalised as the classifier compares them: lower case, no `/` at either end. */
export function contactFoldersOf(settings: Settings): readonly string[] {
  return normaliseFolders(settings.contactFolders);
}

/** What the folder alone makes of a note at `path`: a writer asks it to know whether a new note needs a `type`. */
export function kindByFolder(path: string, settings: Settings): NoteKind | undefined {
  return folderVerdict(path, settings);
}

function folderVerdict(path: string, settings: Settings): NoteKind | undefined {
  const contactFolders = normaliseFolders(settings.contactFolders);
  const interactionFolders = normaliseFolders(settings.interactionFolders);
  // Thousands of notes share a folder: decide once per folder for the settings in force.
  if (folderMemo?.contact !== contactFolders || folderMemo.interaction !== interactionFolders) {
    folderMemo = { contact: contactFolders, interaction: interactionFolders, verdicts: new Map() };
  }
  const slash = path.lastIndexOf("/");
  const folder = slash < 0 ? "" : path.slice(0, slash);
  const { verdicts } = folderMemo;
  // One lookup for the folders that decide (nearly every note's), a second only for those that do not.
  const known = verdicts.get(folder);
  if (known !== undefined || verdicts.has(folder)) return known;
  const noteFolder = folder.toLowerCase();
  const contact = deepestFolder(noteFolder, contactFolders);
  const interaction = deepestFolder(noteFolder, interactionFolders);
  // `People/Meetings` inside `People`: the deeper folder is the more specific choice.
  const found = contact === 0 && interaction === 0 ? undefined : contact > interaction ? "contact" : "interaction";
  if (verdicts.size >= 10_000) verdicts.clear();
  verdicts.set(folder, found);
  return found;
}

/** Folder verdicts, valid while the normalised folder lists are these very arrays. */
let folderMemo: { contact: string[]; interaction: string[]; verdicts: Map<string, NoteKind | undefined> } | undefined;

function typeVerdictOf(value: unknown): Verdict {
  return verdict(readTextList(value).items.map(typeName), CONTACT_TYPES, INTERACTION_TYPES);
}

function tagVerdictOf(value: unknown): Verdict {
  return verdict(readTextList(value, { tags: true }).items.map(topTag), CONTACT_TAGS, INTERACTION_TAGS);
}

/** A verdict remembered per text: a vault writes the same few `type:` and `tags:` texts thousands of times. */
function rememberVerdict(of: (value: unknown) => Verdict): (value: unknown) => Verdict {
  const memo = new Map<string, Verdict>();
  return (value) => {
    if (typeof value !== "string") return of(value);
    if (memo.has(value)) return memo.get(value);
    const found = of(value);
    if (memo.size >= 10_000) memo.clear();
    memo.set(value, found);
    return found;
  };
}

const typeVerdict = rememberVerdict(typeVerdictOf);
const tagVerdict = rememberVerdict(tagVerdictOf);

/** The frontmatter's and the body's tags together, as Obsidian counts them all as the note's tags. */
function bothTags(front: Verdict, body: readonly string[]): Verdict {
  if (body.length === 0) return front;
  const fromBody = tagVerdictOf(body);
  if (front === undefined || front === "other" || front === fromBody) return fromBody;
  if (fromBody === undefined || fromBody === "other") return front;
  return "both";
}

/**
 * Evidence is weighed in order: an explicit `type`, then `tags`, then the folder. A type that
 * names something else (`type: project`) keeps a contact folder from deciding (an interaction folder still
 * does: `type: call` there is a call), and tags still can.
 * When one kind of evidence says both, the next one breaks the tie; when nothing does, the note
 * is read as an interaction (a meeting note tagged with its topic `#people` is far more common
 * than a person note tagged `#meeting`) and the conflict is a problem.
 */
export function classifyNote(
  fields: FieldLookup,
  path: string,
  settings: Settings,
  log: ProblemLog,
  bodyTags: readonly string[] = [],
): NoteKind | undefined {
  // Each kind of evidence is read only when the ones before it did not decide.
  let tie: string | undefined;
  const typeField = fields.pick(NOTE_FIELDS.type);
  const byType = typeField ? typeVerdict(typeField.value) : undefined;
  if (byType === "contact" || byType === "interaction") return byType;
  if (byType === "both") tie = typeField?.key;

  const tagField = fields.pick(NOTE_FIELDS.tags);
  const byTags = bothTags(tagField ? tagVerdict(tagField.value) : undefined, bodyTags);
  if (byTags === "contact" || byTags === "interaction") return byTags;
  if (byTags === "both") tie ??= tagField?.key ?? "tags";

  // A type that names something else keeps a contact folder from deciding, not an interaction folder: a
  // `type: call` or `1on1` in Meetings is still an interaction (SPEC §1.2); only a contact type takes it out.
  const folder = folderVerdict(path, settings);
  const byFolder = byType === "other" && folder === "contact" ? undefined : folder;
  if (byFolder !== undefined) return byFolder;
  if (tie !== undefined) {
    log.add(tie, `${tie} says this note is both a contact and an interaction; it is read as an interaction`);
    return "interaction";
  }
  return undefined;
}
