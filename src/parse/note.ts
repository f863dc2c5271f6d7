// Reading one note (frontmatter, goal blocks) into a ParsedNote: what it is, what it says, what is wrong.
import type { Settings } from "../model/settings";
import type { GoalSpec, LocalDate, NoteInput, ParsedNote, YamlParser } from "../model/types";
import { basenameOf } from "../model/paths";
import { classifyNote } from "./classify";
import { readContact } from "./contact";
import { readDate } from "./dates";
import type { Frontmatter } from "./fields";
import { FieldLookup, asRecord, isAbsent } from "./fields";
import { readGoalBlock } from "./goal";
import { INTERACTION_FIELDS } from "./field-aliases";
import { fileNameDate, readInteraction } from "./interaction";
import { ProblemLog } from "./problems";
import { GOAL_BLOCKS_LIMIT, count } from "../model/limits";
import { errorMessage } from "../model/errors";

const NO_LINKS: readonly string[] = [];
/** The goals of every note without goal blocks, most of a vault: one shared empty list. */
const NO_GOALS: readonly GoalSpec[] = Object.freeze([]);

export { findBodyLinks, findBodyTags, findGoalBlocks } from "./body";

function readFrontmatter(input: NoteInput, log: ProblemLog): Frontmatter {
  if (input.frontmatterError !== undefined) {
    // Obsidian does not say what is wrong with the YAML; the CLI's parser does, and it helps to find it.
    const detail = input.frontmatterError.trim() === "" ? "" : ` (${input.frontmatterError})`;
    log.add("yaml", `the frontmatter is not valid YAML, so its fields are ignored${detail}`);
    return {};
  }
  if (isAbsent(input.frontmatter)) return {};
  const record = asRecord(input.frontmatter);
  if (record) return record;
  log.add("yaml", "the frontmatter is not a set of fields such as name: Jane Doe, so it is ignored");
  return {};
}

/** The date goals in this note start from (SPEC §3.4): its date field, else its file name. */
function noteDateOf(fields: FieldLookup, basename: string, isInteraction: boolean, log: ProblemLog): LocalDate | undefined {
  const field = fields.pick(INTERACTION_FIELDS.date);
  if (field) {
    const read = readDate(field.value);
    if (read.ok) return read.value;
    // An interaction has already reported its bad date; any other note reports it here.
    if (!isInteraction) log.take(field, read);
  }
  return fileNameDate(basename);
}

/** Never throws: every part that cannot be read becomes a problem and the rest still counts. */
export function parseNote(input: NoteInput, settings: Settings, parseYaml: YamlParser): ParsedNote {
  const log = new ProblemLog(input.path);
  const basename = basenameOf(input.path);
  const note: ParsedNote = { path: input.path, goals: NO_GOALS, problems: log.problems };
  if (input.fileProblem !== undefined) {
    log.add("file", input.fileProblem.message);
    if (input.fileProblem.unread) return note;
  }
  try {
    // One key map per note: every reader below looks its aliases up in it.
    const frontmatter = readFrontmatter(input, log);
    const fields = new FieldLookup(frontmatter);
    const kind = classifyNote(fields, input.path, settings, log, input.bodyTags);
    if (kind === "contact") note.contact = readContact(fields, input.path, basename, input.bodyLinks ?? NO_LINKS, log);
    if (kind === "interaction") {
      note.interaction = readInteraction(fields, input.path, basename, input.bodyLinks ?? NO_LINKS, log);
    }
    let blocks = input.goalBlocks ?? [];
    if (blocks.length > GOAL_BLOCKS_LIMIT) {
      log.add("goal", `this note holds ${count(blocks.length)} goal blocks; only the first ${count(GOAL_BLOCKS_LIMIT)} are read`);
      blocks = blocks.slice(0, GOAL_BLOCKS_LIMIT);
    }
    if (blocks.length > 0) {
      const noteDate = noteDateOf(fields, basename, kind === "interaction", log);
      // Set before the blocks are read: should a reader fail on one, the goals before it still count.
      const goals: GoalSpec[] = [];
      note.goals = goals;
      blocks.forEach((block, index) => {
        const read = readGoalBlock(block.source, { note: input.path, index, line: block.line, noteDate }, parseYaml);
        goals.push(read.goal);
        for (const problem of read.problems) log.problems.push(problem);
      });
    }
  } catch (error) {
    // A reader bug must not take the vault down with it; say so instead of dropping the note silently.
    log.add("note", `this note could not be read (${errorMessage(error)})`);
  }
  return note;
}
