// Properties over random frontmatter (issue 14): keys and values drawn from the fields the plugin reads and from
// Object.prototype's names. No note crashes the index or the report, every word field holding such a name is a
// problem on that field, nothing inherited is ever read as a value, and the report is plain JSON.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import type { NoteInput } from "../../src/model/types";
import { NetworkIndex } from "../../src/index/network-index";
import { LiveReport } from "../../src/insights/live-report";
import { reportToJson } from "../../src/insights/report";
import { CONTACT_FIELDS, INTERACTION_FIELDS } from "../../src/parse/field-aliases";
import { parseNote } from "../../src/parse/note";
import { followUpDoneEdit, snoozeContactEdit, snoozeFollowUpEdit } from "../../src/io/note-edits";
import { asText } from "../parse/yaml";
import { PROTOTYPE_NAMES, TODAY } from "./vaults";

const names = [...PROTOTYPE_NAMES, "__proto__", "prototype"];
const fieldKeys = [
  ...Object.values(CONTACT_FIELDS).flatMap((a) => a.names),
  ...Object.values(INTERACTION_FIELDS).flatMap((a) => a.names),
  "type",
  "status",
  "level",
];
const key = fc.oneof(fc.constantFrom(...fieldKeys), fc.constantFrom(...names));
const word = fc.constantFrom(...names);
const scalar = fc.oneof(word, fc.constantFrom("contact", "meeting", "30d", "2026-01-10", "[[Good]]", "senior", "true", ""), fc.integer(), fc.boolean(), fc.constant(null));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(word, scalar, { maxKeys: 2 }));

/**
 * A frontmatter object whose own keys may be any of Object.prototype's names (`__proto__` included, as YAML makes
 * it), with a type, and a word field holding such a name (the case under test) among random other entries.
 */
const frontmatter = fc
  .tuple(
    fc.constantFrom(undefined, "contact", "meeting", "constructor"),
    fc.tuple(fc.constantFrom("status", "level", "cadence", "follow_up_done", "Status", "CADENCE"), word),
    fc.array(fc.tuple(key, value), { maxLength: 6 }),
  )
  .map(([type, wordEntry, entries]) => {
    const fm: Record<string, unknown> = {};
    const put = (k: string, v: unknown) => Object.defineProperty(fm, k, { value: v, enumerable: true, configurable: true, writable: true });
    if (type !== undefined) put("type", type);
    put(...wordEntry);
    for (const [k, v] of entries) put(k, v);
    return fm;
  });

const WORD_FIELDS: Record<string, readonly string[]> = {
  contact: ["status", "level", "cadence"],
  interaction: ["follow_up_done"],
};

function input(path: string, fm: Record<string, unknown>): NoteInput {
  return { path, frontmatter: fm, bodyLinks: [], goalBlocks: [] };
}

/** Whether a value holds only what YAML can make: text, numbers, booleans, null, lists and plain records of them. */
function plain(value: unknown, depth = 0): boolean {
  if (value === null || value === undefined) return true;
  if (["string", "number", "boolean"].includes(typeof value)) return true;
  if (depth > 6) return false;
  if (Array.isArray(value)) return value.every((item) => plain(item, depth + 1));
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every((item) => plain(item, depth + 1));
  return false;
}

describe("random frontmatter with Object.prototype's names", () => {
  it("never throws, reads nothing inherited, and makes each such word a problem on its field", () => {
    fc.assert(
      fc.property(fc.constantFrom("People/X.md", "Meetings/2026-01-10 X.md", "Notes/X.md"), frontmatter, (path, fm) => {
        const note = parseNote(input(path, fm), DEFAULT_SETTINGS, asText);
        for (const read of [note.contact, note.interaction]) {
          if (read === undefined) continue;
          for (const [field, got] of Object.entries(read)) expect(plain(got), `${field} of ${JSON.stringify(fm)}`).toBe(true);
        }
        const kind = note.contact ? "contact" : note.interaction ? "interaction" : null;
        if (kind === null) return;
        for (const field of WORD_FIELDS[kind] ?? []) {
          const written = Object.keys(fm).find((k) => k.toLowerCase() === field);
          const text = written === undefined ? undefined : fm[written];
          if (typeof text !== "string" || !names.includes(text)) continue;
          // The first filled-in alias wins: only when this key is the one read must it be the problem.
          if (Object.keys(fm).filter((k) => k.toLowerCase() === field).length !== 1) continue;
          expect(note.problems.some((p) => p.field === written && p.message.includes(text)), `${field}: ${text}`).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it("gives a report, as plain JSON, over a vault of such notes", () => {
    fc.assert(
      fc.property(fc.array(frontmatter, { minLength: 1, maxLength: 12 }), (fms) => {
        const index = new NetworkIndex(DEFAULT_SETTINGS, asText);
        index.upsertAll(fms.map((fm, i) => input(i % 2 === 0 ? `People/P${i}.md` : `Meetings/2026-01-${String((i % 28) + 1).padStart(2, "0")} M${i}.md`, fm)));
        const json = reportToJson(new LiveReport(index).report(TODAY, DEFAULT_SETTINGS));
        const text = JSON.stringify(json);
        expect(text).not.toContain("[native code]");
        expect(JSON.parse(text)).toEqual(json);
      }),
      { numRuns: 300 },
    );
  });
});

describe("writes change only the key they mean to", () => {
  // Other keys a block may hold, written as users write them: nested lists, comments, quotes, prototype names.
  const other = fc.constantFrom(
    "matrix: [[1, 2]]",
    'with: [[Jane Doe]]',
    "constructor: x",
    "__proto__: y",
    "# a comment",
    "toString: 'quoted'",
    'note: "a: b"',
    "tags: [a, b]",
    "empty:",
    "list:\n  - one\n  - two",
  );
  const block = fc.tuple(fc.array(other, { maxLength: 6 }), fc.constantFrom("", "follow_up: 2026-01-10", "snooze_until: 2026-01-01", "follow_up_done: false"), fc.constantFrom("\n", "\r\n"));

  it("an edit made in place keeps every other line byte for byte", () => {
    fc.assert(
      fc.property(block, fc.array(other, { maxLength: 3 }), ([before, own, eol], after) => {
        const lines = ["---", ...before.flatMap((l) => l.split("\n")), ...(own === "" ? [] : [own]), ...after.flatMap((l) => l.split("\n")), "---", "Body [[Jane]]"];
        const text = lines.join(eol) + eol;
        for (const edit of [
          followUpDoneEdit(text, TODAY, asText),
          snoozeFollowUpEdit(text, 7, TODAY, asText),
          snoozeContactEdit(text, 7, TODAY, asText),
        ]) {
          const result = edit.result;
          if (!result.ok) continue;
          const was = text.split(eol);
          const now = result.text.split(eol);
          // One line replaced, or one line added before the closing ---: nothing else moves.
          const changed = now.length === was.length ? now.filter((line, i) => line !== was[i]).length : now.length - was.length;
          expect(changed, result.text).toBeLessThanOrEqual(1);
          const kept = now.filter((line) => !line.startsWith(`${result.key}:`));
          expect(kept).toEqual(was.filter((line) => !line.startsWith(`${result.key}:`)));
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
