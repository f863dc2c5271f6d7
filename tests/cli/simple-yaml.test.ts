// readSimpleYaml (src/cli/simple-yaml.ts) is a fast path of js-yaml for the commonest frontmatter: wherever it
// answers, its answer is js-yaml's with the core schema (the oracle here), and it answers for the notes users write.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CORE_SCHEMA, load } from "js-yaml";
import { isDeepStrictEqual } from "node:util";
import { readSimpleYaml } from "../../src/cli/simple-yaml";

const oracle = (text: string): unknown => load(text, { schema: CORE_SCHEMA });

/** Pieces of values: words, and everything YAML reads specially somewhere (indicators, numbers, words, escapes, odd characters). */
const PIECES = [
  "a", "Bob", "Acme Inc.", "x y", "2", "90", "007", "-", "+", "+1 555", ".", "~", "#", " #", "C#", ": ", ":", "a:b", '"', "'", "\\", "[", "]",
  "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", "?", " ", "  ", "\t", "null", "Null", "NULL", "true", "True", "TRUE", "false", "FALSE",
  "yes", "on", "0x1F", "0o7", "0b1", "1e3", "1.5", "1_000", "1:30", ".inf", "-.inf", ".NaN", "2026-03-02", "2026-3-2", "2026-03-02T10:00",
  "12345678901234567890", "3m", "30d", "2 weeks", "é", "😀", "\uD800", "\uDC00", "\u2028", "\u0085", "\u00A0", "\uFEFF", "\x00", "\x7F",
  "\r", "https://www.linkedin.com/in/x", "[[Jane Doe]]", "#person", "person/work", "toString", "constructor", "__proto__",
];
/** What most values are made of, so that most texts are near the simple shape, and many inside it. */
const FRIENDLY = ["a", "Bob", "Acme Inc.", " ", "x-y", "2", "90", "2026-03-02", "3m", "é", "😀", "https://x.org/a?b=c", "C#", "a:b", "person/work", "'", '"'];
const piece = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...FRIENDLY) }, { weight: 1, arbitrary: fc.constantFrom(...PIECES) });
const scalar = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(""));
const KEYS = ["name", "company", "first met", "met_on", "a-b", "_x", "A", "true", "True", "null", "NULL", "__proto__", "constructor",
  "toString", "é", "1", "-a", "a  b", "a:b", "a b ", "k".repeat(1030), "y", "on"];
const key = fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...KEYS) }, { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_ -]{0,8}$/) });
const value = fc.oneof(
  scalar,
  scalar.map((s) => `"${s}"`),
  scalar.map((s) => `'${s}'`),
  fc.tuple(fc.array(scalar, { maxLength: 4 }), fc.constantFrom(",", ", ", " , ")).map(([items, sep]) => `[${items.join(sep)}]`),
  fc.constant(""),
);
const indent = fc.constantFrom("", " ", "  ", "    ");
/** A line of the shape the fast path takes, or close to it. */
const friendly = fc.array(fc.constantFrom(...FRIENDLY.filter((p) => p !== "'" && p !== '"')), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(""));
const friendlyValue = fc.oneof(friendly, friendly.map((s) => `"${s}"`), friendly.map((s) => `'${s}'`), fc.array(friendly, { maxLength: 3 }).map((items) => `[${items.join(", ")}]`), fc.constant(""));
const nearLine = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.stringMatching(/^[a-z_][a-z0-9_-]{0,6}$/), friendlyValue).map(([k, v]) => `${k}: ${v}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("", "  "), friendlyValue).map(([i, v]) => `${i}- ${v}`) },
);
const line = fc.oneof(
  { weight: 40, arbitrary: nearLine },
  { weight: 12, arbitrary: fc.tuple(key, fc.constantFrom(": ", ": ", ":", ":  ", " : ", ":\t"), value, fc.constantFrom("", "", " ", "  # note")).map((p) => p.join("")) },
  { weight: 4, arbitrary: fc.tuple(indent, fc.constantFrom("- ", "- ", "-", "-  ", "- - "), value).map((p) => p.join("")) },
  { weight: 1, arbitrary: fc.tuple(indent, key, fc.constant(": "), value).map((p) => p.join("")) },
  { weight: 1, arbitrary: fc.constantFrom("", "   ", "# a comment", "# a\rkey: v", "  \r  ", "  # indented", "---", "...", "%YAML 1.2", "? a", "&a x", "*a", "!!str x", "|", "  more text") },
);
const doc = fc.tuple(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom("\n", "\r\n", "\n", "\r"), fc.boolean()).map(([lines, eol, last]) => lines.join(eol) + (last ? eol : ""));

/**
 * That js-yaml reads `text` as `fast`: the same values, keys in the same order, the same prototypes. (Node's deep
 * equality, as vitest's strict equality compares the `constructor` properties, which a key `constructor` replaces.)
 */
function expectOracle(text: string, fast: unknown): void {
  const read = slow(text);
  const same = "value" in read && isDeepStrictEqual(read.value, fast) && JSON.stringify(Object.keys(read.value as object)) === JSON.stringify(Object.keys(fast as object));
  if (!same) expect(read).toEqual({ value: fast });
  expect(same).toBe(true);
}

/** js-yaml's reading of `text`, or the error it throws. */
function slow(text: string): { value: unknown } | { error: string } {
  try {
    return { value: oracle(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe("readSimpleYaml", () => {
  it("gives what js-yaml gives, wherever it answers", () => {
    let answered = 0;
    fc.assert(
      fc.property(doc, (text) => {
        const fast = readSimpleYaml(text);
        if (fast === undefined) return;
        answered++;
        expectOracle(text, fast);
      }),
      { numRuns: 20_000 },
    );
    // Not a fast path that never runs: a good share of texts built from these lines is of the simple shape.
    expect(answered).toBeGreaterThan(2_000);
  });

  it("gives what js-yaml gives on any text at all", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(...PIECES, "\n", ": ", "\n- ", "\n  "), fc.string({ unit: "grapheme-composite", maxLength: 1 })), maxLength: 40 }), (text) => {
        const fast = readSimpleYaml(text);
        if (fast !== undefined) expectOracle(text, fast);
      }),
      { numRuns: 20_000 },
    );
  });

  it("reads the frontmatter users and the importer write", () => {
    const contact = [
      "name: Alan Patel",
      'company: "Pied Piper"',
      "role: Product Manager",
      "linkedin: https://www.linkedin.com/in/alan-patel-0",
      "email: alan@example.com",
      "met: 2022-05-02",
      "cadence: 2 weeks",
      "keep_in_touch: 90",
      "tags: [engineering, person/mentor]",
      "aliases:",
      "  - Al",
      '  - "Alan P."',
      "source: linkedin",
      "archived: false",
      "birthday:",
      "# a comment line",
      "",
    ];
    for (const eol of ["\n", "\r\n"]) {
      const text = contact.join(eol);
      const expected = {
        name: "Alan Patel",
        company: "Pied Piper",
        role: "Product Manager",
        linkedin: "https://www.linkedin.com/in/alan-patel-0",
        email: "alan@example.com",
        met: "2022-05-02",
        cadence: "2 weeks",
        keep_in_touch: 90,
        tags: ["engineering", "person/mentor"],
        aliases: ["Al", "Alan P."],
        source: "linkedin",
        archived: false,
        birthday: null,
      };
      expect(readSimpleYaml(text)).toStrictEqual(expected);
      expectOracle(text, expected);
    }
  });

  it.each([
    ["a number other than a plain whole one", "score: 1.5"],
    ["a hexadecimal number", "id: 0x1F"],
    ["a nested mapping", "name:\n  first: Jane"],
    ["a comment after a value", "name: Jane # her"],
    ["an escape", 'name: "Jane\\tDoe"'],
    ["a repeated key", "name: a\nname: b"],
    ["an anchor", "name: &n Jane"],
    ["a key the core schema reads as a boolean", "true: yes"],
    ["a list item at another indentation", "tags:\n  - a\n - b"],
    ["a tab", "name:\tJane"],
    ["a byte-order mark", "name: \uFEFFJane"],
    ["no entry at all", "# only a comment"],
    ["a line break of a lone \\r, even in a comment (js-yaml reads `key: v` after it)", "# a\rkey: v\nb: 1"],
  ])("leaves %s to js-yaml", (_what, text) => {
    expect(readSimpleYaml(text)).toBeUndefined();
  });
});
