// Reading an interaction note (meeting, call, event) into an Interaction (SPEC §1.2).
import type { Interaction, LocalDate } from "../model/types";
import { parseLocalDate } from "../model/calendar";
import { readDate } from "./dates";
import type { Frontmatter, Read } from "./fields";
import { describeValue, dropUndefined, fail, ok, pickAllFields, pickField, readText } from "./fields";
import { linkTarget, readFreeText, readReferenceList } from "./links";
import type { ProblemLog } from "./problems";

export const DATE_ALIASES = ["date", "day", "start_date", "when"];
const ATTENDEE_ALIASES = ["with", "attendees", "participants", "people", "person", "contacts"];

/** `2026-03-02` at the start of a file name (`2026-03-02 Coffee with Jane`), if it is a real date. */
export function fileNameDate(basename: string): LocalDate | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?!\d)/.exec(basename);
  return (m?.[1] !== undefined ? parseLocalDate(m[1]) : null) ?? undefined;
}

/** Kinds compare lower-case with spaces and underscores as hyphens (`Informational Interview`). */
export function normaliseKind(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_]+/g, "-").replace(/-+/g, "-");
}

const DONE_WORDS: Record<string, boolean> = { true: true, yes: true, y: true, done: true, false: false, no: false, n: false };

/** `true`/`false` (or yes/no/done), or the date the follow-up was done. */
export function readFollowUpDone(value: unknown): Read<boolean | LocalDate> {
  if (typeof value === "boolean") return ok(value);
  if (typeof value === "string") {
    const word = DONE_WORDS[value.trim().toLowerCase()];
    if (word !== undefined) return ok(word);
  }
  const date = readDate(value);
  if (date.ok) return date;
  return fail(`${describeValue(value)} is not true, false or the date it was done`);
}

function readKind(value: unknown): Read<string> {
  const text = readText(value);
  if (!text.ok) return text;
  const kind = normaliseKind(linkTarget(text.value));
  return kind === "" ? fail("is empty") : ok(kind);
}

export function readInteraction(
  fm: Frontmatter,
  path: string,
  basename: string,
  bodyLinks: readonly string[],
  log: ProblemLog,
): Interaction {
  const read = <T>(aliases: string[], reader: (value: unknown) => Read<T>): T | undefined => {
    const found = pickField(fm, aliases);
    return found ? log.take(found, reader(found.value)) : undefined;
  };
  const list = (aliases: string[]) => {
    const found = pickField(fm, aliases);
    return found ? log.takeList(found, readFreeText(found.value)) : [];
  };

  const dateField = pickField(fm, DATE_ALIASES);
  // A date field that cannot be read is reported; the file name may still date the note.
  const date = (dateField ? log.take(dateField, readDate(dateField.value)) : undefined) ?? fileNameDate(basename);
  if (!dateField && date === undefined) {
    log.add("date", "this interaction has no date: add date: 2026-03-02, or start the file name with the date");
  }

  // Every attendee alias counts: templates often carry `with` and `attendees` side by side.
  const attendeeFields = pickAllFields(fm, ATTENDEE_ALIASES);
  const seen = new Set<string>();
  const attendeeRefs: string[] = [];
  for (const found of attendeeFields) {
    for (const ref of log.takeList(found, readReferenceList(found.value))) {
      const key = linkTarget(ref).toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      attendeeRefs.push(ref);
    }
  }
  const attendeesFromBody = attendeeFields.length === 0;
  if (attendeesFromBody) {
    for (const link of bodyLinks) {
      const target = linkTarget(link);
      const key = target.toLowerCase();
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      attendeeRefs.push(target);
    }
  }

  const interaction: Interaction = {
    path,
    basename,
    date,
    attendeeRefs,
    attendeesFromBody,
    kind: read(["kind"], readKind) ?? "meeting",
    followUp: read(["follow_up", "follow-up", "followup", "follow_up_by"], readDate),
    followUpDone: read(["follow_up_done", "followed_up"], readFollowUpDone) ?? false,
    gave: list(["gave", "given", "offered"]),
    asked: list(["asked", "requested"]),
    learned: list(["learned", "takeaways"]),
  };
  return dropUndefined(interaction);
}
