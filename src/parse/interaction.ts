// Reading an interaction note (meeting, call, event) into an Interaction (SPEC §1.2).
import type { LocalDate, ResolvedInteraction } from "../model/types";
import { wordTable } from "../model/words";
import { calendarDate, readDate } from "./dates";
import type { Aliases, FieldLookup, Read } from "./fields";
import { INTERACTION_FIELDS } from "./field-aliases";
import { describeValue, fail, ok, readText, rememberedByText, rememberText } from "./fields";
import { fromNoteFolder, linkTarget, noteLinks, readFreeText, readReferenceList } from "./links";
import type { ProblemLog } from "./problems";
import { NO_ITEMS } from "./problems";

const FILE_NAME_DATE = /^(\d{4}-\d{2}-\d{2})(?!\d)/;

/** `2026-03-02` at the start of a file name (`2026-03-02 Coffee with Jane`), if it is a real date. */
export function fileNameDate(basename: string): LocalDate | undefined {
  const m = FILE_NAME_DATE.exec(basename);
  return (m?.[1] !== undefined ? calendarDate(m[1]) : null) ?? undefined;
}

/** Kinds compare lower-case with spaces and underscores as hyphens (`Informational Interview`). */
// Remembered: a vault uses a few dozen kinds (`call`, `Coffee`), so two regexes per note are waste.
export const normaliseKind: (text: string) => string = rememberedByText(
  (text) => text.trim().toLowerCase().replace(/[\s_]+/g, "-").replace(/-+/g, "-"),
  5_000,
);

const DONE_WORDS = wordTable({ true: true, yes: true, y: true, done: true, false: false, no: false, n: false });

/** `true`/`false` (or yes/no/done), or the date the follow-up was done. */
export function readFollowUpDone(value: unknown): Read<boolean | LocalDate> {
  if (typeof value === "boolean") return ok(value);
  if (typeof value === "string") {
    const word = DONE_WORDS.get(value.trim().toLowerCase());
    if (word !== undefined) return ok(word);
  }
  const date = readDate(value);
  if (date.ok) return date;
  return fail(`${describeValue(value)} is not true, false or the date it was done`);
}

/** When a follow-up was done: its done date, or its follow-up date when done is just `true`. */
export function followUpDoneDate(interaction: Pick<ResolvedInteraction, "followUp" | "followUpDone">): LocalDate | undefined {
  const done = interaction.followUpDone;
  if (done === false) return undefined;
  if (done === true) return interaction.followUp;
  return done;
}

/** Whether an interaction's follow-up is still open: it has a follow-up date and is not done. */
export function isOpenFollowUp(interaction: Pick<ResolvedInteraction, "followUp" | "followUpDone">): boolean {
  return interaction.followUp !== undefined && interaction.followUpDone === false;
}

function readKind(value: unknown): Read<string> {
  const text = readText(value);
  if (!text.ok) return text;
  const kind = normaliseKind(linkTarget(text.value));
  return kind === "" ? fail("is empty") : ok(kind);
}

const readKindRemembered = rememberText(readKind);
const readFollowUpDoneRemembered = rememberText(readFollowUpDone);

/** The items of a free-text field (what I gave, asked, learned), or the shared empty list. */
function freeText(fields: FieldLookup, names: Aliases, log: ProblemLog): readonly string[] {
  const found = fields.pick(names);
  return found ? log.takeList(found, readFreeText(found.value)) : NO_ITEMS;
}

/** Whether a reference is relative to the note's folder (`../People/Jane.md`), which fromNoteFolder resolves. */
function anyRelative(refs: readonly string[], path: string): boolean {
  for (let i = 0; i < refs.length; i++) if (fromNoteFolder(refs[i] as string, path) !== refs[i]) return true;
  return false;
}

export function readInteraction(
  fields: FieldLookup,
  path: string,
  basename: string,
  bodyLinks: readonly string[],
  log: ProblemLog,
): ResolvedInteraction {
  const dateField = fields.pick(INTERACTION_FIELDS.date);
  // A date field that cannot be read is reported; the file name may still date the note.
  const date = (dateField ? log.take(dateField, readDate(dateField.value)) : undefined) ?? fileNameDate(basename);
  if (!dateField && date === undefined) {
    log.add("date", "this interaction has no date: add date: 2026-03-02, or start the file name with the date");
  }

  // Every attendee alias counts: templates often carry `with` and `attendees` side by side.
  const attendeeFields = fields.pickAll(INTERACTION_FIELDS.attendees);
  const attendeesFromBody = attendeeFields.length === 0;
  let attendeeRefs: readonly string[];
  let unquotedRefs: string[] | undefined;
  if (attendeeFields.length === 1 && attendeeFields[0]) {
    // One field is already deduplicated by target; only merged fields need another pass.
    const read = readReferenceList(attendeeFields[0].value);
    unquotedRefs = read.unquoted;
    attendeeRefs = log.takeList(attendeeFields[0], read);
  } else {
    const merged: string[] = [];
    const seen = new Set<string>();
    for (const found of attendeeFields) {
      const read = readReferenceList(found.value);
      if (read.unquoted) (unquotedRefs ??= []).push(...read.unquoted);
      for (const ref of log.takeList(found, read)) {
        const key = linkTarget(ref).toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        merged.push(ref);
      }
    }
    if (attendeesFromBody && bodyLinks.length > 0) {
      for (const link of bodyLinks) {
        const target = linkTarget(link);
        const key = target.toLowerCase();
        if (key === "" || seen.has(key)) continue;
        seen.add(key);
        merged.push(target);
      }
    }
    // Without the spare room `push` left: the index keeps this list for every meeting.
    attendeeRefs = merged.length === 0 ? NO_ITEMS : merged.slice();
  }

  // Relative links resolve from this note's folder; the rest stay as written (a copy only when one is relative).
  if (anyRelative(attendeeRefs, path)) attendeeRefs = attendeeRefs.map((ref) => fromNoteFolder(ref, path));

  const kindField = fields.pick(INTERACTION_FIELDS.kind);
  const kind = (kindField && log.take(kindField, readKindRemembered(kindField.value))) ?? "meeting";
  const followUpField = fields.pick(INTERACTION_FIELDS.followUp);
  const followUp = followUpField && log.take(followUpField, readDate(followUpField.value));
  const doneField = fields.pick(INTERACTION_FIELDS.followUpDone);
  const followUpDone = (doneField && log.take(doneField, readFollowUpDoneRemembered(doneField.value))) ?? false;
  return {
    path,
    date,
    attendeeRefs,
    unquotedRefs,
    attendeeField: attendeeFields[0]?.key,
    attendeesFromBody,
    kind,
    followUp,
    followUpDone,
    gave: freeText(fields, INTERACTION_FIELDS.gave, log),
    asked: freeText(fields, INTERACTION_FIELDS.asked, log),
    learned: freeText(fields, INTERACTION_FIELDS.learned, log),
    links: noteLinks(fields, bodyLinks),
    // Resolved by the index; present from the start, so every interaction has one object shape (see readContact).
    // The shared empty list until the index resolves them (it sets a list of its own).
    attendees: NO_ITEMS,
  };
}
