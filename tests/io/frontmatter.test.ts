// The frontmatter editor (SPEC §9): one key's line changes, or one line is added; every other byte stays.
import fc from "fast-check";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { formatScalar, setFrontmatterKey } from "../../src/io/frontmatter";

/** js-yaml as the CLI reads frontmatter; a block of only blanks and comments is empty, as in Obsidian. */
const parseYaml = (yaml: string): unknown => (/^(\s*(#.*)?)$/m.test(yaml) && yaml.split(/\r?\n/).every((l) => /^\s*(#.*)?$/.test(l)) ? null : load(yaml, { schema: CORE_SCHEMA }));
const FOLLOW_UP = ["follow_up", "follow-up", "followup", "follow_up_by"];
const DONE = ["follow_up_done", "followed_up"];

function set(text: string, aliases: string | string[], value: string, onlyIfEmpty = false) {
  return setFrontmatterKey(text, aliases, value, { parseYaml, onlyIfEmpty });
}

function edited(text: string, aliases: string | string[], value: string): string {
  const result = set(text, aliases, value);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

describe("setFrontmatterKey", () => {
  it("rewrites only the key's line, keeping its trailing comment", () => {
    const text = "---\nname: Jane Doe\nlevel: senior   # senior, peer or junior\ncadence: 30d # about monthly\n---\nBody\n";
    expect(edited(text, "level", "peer")).toBe(text.replace("level: senior", "level: peer"));
  });

  it("keeps CRLF line endings, a byte-order mark and the body", () => {
    const text = "\uFEFF---\r\nwith: \"[[Jane Doe]]\" # who\r\nfollow_up: 2026-05-10\r\n---\r\nBody\r\n";
    expect(edited(text, FOLLOW_UP, "2026-05-20")).toBe(text.replace("2026-05-10", "2026-05-20"));
    expect(edited(text, DONE, "2026-05-20")).toBe(text.replace("---\r\nBody", "follow_up_done: 2026-05-20\r\n---\r\nBody"));
  });

  it("keeps the alias and the case the note uses, and the first filled-in alias wins", () => {
    expect(edited("---\nFollowed_Up: false\n---\n", DONE, "2026-05-20")).toBe("---\nFollowed_Up: 2026-05-20\n---\n");
    const both = "---\nfollow_up:\nfollowup: 2026-05-10\n---\n";
    expect(edited(both, FOLLOW_UP, "2026-05-20")).toBe("---\nfollow_up:\nfollowup: 2026-05-20\n---\n");
    expect(edited("---\nfollow_up:  # when\n---\n", FOLLOW_UP, "2026-05-20")).toBe("---\nfollow_up: 2026-05-20  # when\n---\n");
  });

  it("keeps the value's quote style, and quotes what would not read back as the same text", () => {
    expect(edited("---\nfollow_up: '2026-05-10'\n---\n", FOLLOW_UP, "2026-05-20")).toBe("---\nfollow_up: '2026-05-20'\n---\n");
    expect(edited('---\nfollow_up: "2026-05-10"\n---\n', FOLLOW_UP, "2026-05-20")).toBe('---\nfollow_up: "2026-05-20"\n---\n');
    expect(edited("---\nx: 1\n---\n", "introduced_by", "[[Jane Doe]]")).toBe('---\nx: 1\nintroduced_by: "[[Jane Doe]]"\n---\n');
    expect(["true", "42", "a # b", "key: value", "", " x", "null"].map((v) => formatScalar(v))).toEqual(
      ['"true"', '"42"', '"a # b"', '"key: value"', '""', '" x"', '"null"'],
    );
    expect(formatScalar("2026-05-20")).toBe("2026-05-20");
  });

  it("adds a block at the top when there is none, and fills an empty block", () => {
    expect(edited("Body\r\nmore\r\n", "snooze_until", "2026-06-01")).toBe("---\r\nsnooze_until: 2026-06-01\r\n---\r\nBody\r\nmore\r\n");
    expect(edited("", "snooze_until", "2026-06-01")).toBe("---\nsnooze_until: 2026-06-01\n---\n");
    expect(edited("---\n---\nBody", "snooze_until", "2026-06-01")).toBe("---\nsnooze_until: 2026-06-01\n---\nBody");
  });

  it("replaces an unquoted daily-note link in place and reads it as the link", () => {
    const text = "---\nfollow_up: [[2026-05-10]] # daily note\n---\n";
    let current: string | undefined;
    const result = setFrontmatterKey(text, FOLLOW_UP, (value) => ((current = value), "2026-05-20"), { parseYaml });
    expect(current).toBe("[[2026-05-10]]");
    expect(result).toMatchObject({ ok: true, key: "follow_up", text: "---\nfollow_up: 2026-05-20 # daily note\n---\n" });
  });

  it("with onlyIfEmpty, fills an empty key and leaves a filled one", () => {
    const text = "---\ncompany:\nemail: jane@example.com\n---\n";
    expect(edited(text, ["company", "organization"], "Acme")).toBe("---\ncompany: Acme\nemail: jane@example.com\n---\n");
    const kept = set(text, "email", "other@example.com", true);
    expect(kept).toEqual({ ok: true, text, key: "email", changed: false, previous: "jane@example.com" });
    // A value over several lines is a value too; an anchor on an empty value is not known to be one.
    const listed = "---\nemail:\n  - jane@example.com\nbio: |\n  Designer\n---\n";
    expect(set(listed, "email", "other@example.com", true)).toEqual({ ok: true, text: listed, key: "email", changed: false });
    expect(set(listed, "bio", "x", true)).toEqual({ ok: true, text: listed, key: "bio", changed: false });
    const anchored = set("---\ncompany: &org\n---\n", "company", "Acme", true);
    expect(anchored.ok ? "" : anchored.reason).toContain("anchor");
  });

  it("writes a list of texts on one line, each quoted", () => {
    expect(setFrontmatterKey("---\nwith:\n---\n", "with", ["[[Jane Doe]]", "Bob's"], { parseYaml })).toMatchObject({
      ok: true,
      text: '---\nwith: ["[[Jane Doe]]", "Bob\'s"]\n---\n',
    });
  });

  it("says so when nothing changes", () => {
    const text = "---\nfollow_up_done: 2026-05-20\n---\n";
    expect(set(text, DONE, "2026-05-20")).toMatchObject({ ok: true, text, changed: false });
  });

  it("refuses what cannot be changed on its line, and says whether Obsidian's rewrite would lose anything", () => {
    const cases: [string, string, boolean][] = [
      ["---\nfollow_up:\n  - 2026-05-10\n---\n", "list or mapping over several lines", true],
      ["---\nfollow_up:\n- 2026-05-10\n---\n", "list over several lines", true],
      ["---\nfollow_up: 2026-05-10\nfollow_up: 2026-05-11\n---\n", "written 2 times", false],
      ["---\nfollow_up: &d 2026-05-10\ndate: *d\n---\n", "anchor", true],
      ["---\ndate: &d 2026-05-10\nfollow_up: *d # same day\n---\n", "alias", false],
      ["---\nfollow_up: |\n  2026-05-10\n---\n", "multi-line text block", true],
      ["---\nfollow_up: \"2026-05-10\n  \"\n---\n", "several lines", true],
      ["---\nfollow_up: soon\n  later\nwith: [[Jane Doe]]\n---\n", "goes on over several lines", false],
    ];
    for (const [text, reason, safe] of cases) {
      const result = set(text, FOLLOW_UP, "2026-05-20");
      expect(result, text).toMatchObject({ ok: false, fallbackSafe: safe });
      expect(result.ok ? "" : result.reason, text).toContain(reason);
    }
  });

  it("refuses YAML that does not parse, an unclosed block, and a block that is not keys and values", () => {
    expect(set("---\nfollow_up: 2026-05-10\nwith: [unclosed\n---\n", FOLLOW_UP, "2026-05-20")).toMatchObject({
      ok: false,
      reason: "its frontmatter is not valid YAML",
      fallbackSafe: false,
    });
    expect(set("---\nfollow_up: 2026-05-10\n", FOLLOW_UP, "2026-05-20")).toMatchObject({ ok: false, reason: "its frontmatter has no closing ---" });
    expect(set("---\n- a\n- b\n---\n", FOLLOW_UP, "2026-05-20")).toMatchObject({ ok: false });
    expect(set("---\n  follow_up: 2026-05-10\n---\n", FOLLOW_UP, "2026-05-20")).toMatchObject({ ok: false, reason: "its frontmatter is indented" });
  });

  it("computes the value from the current one (snooze from the follow-up's own date)", () => {
    const result = setFrontmatterKey("---\nfollow_up: 2026-05-10\n---\n", FOLLOW_UP, (current) => `${current ?? "none"}!`);
    expect(result).toMatchObject({ ok: true, text: '---\nfollow_up: "2026-05-10!"\n---\n', previous: "2026-05-10" });
  });
});

// ---- Property: over generated frontmatter, an edit changes only the key's line (or adds one) ----

interface Entry {
  key: string;
  /** The lines as written (without endings): one for a one-line value, several for a list or a text block. */
  lines: string[];
  /** Whether the editor can replace it on its line. */
  inPlace: boolean;
  comment: string;
}

const KEYS = ["follow_up", "Follow-Up", "followup", "follow_up_done", "Followed_Up", "snooze_until", "prm-snooze-until", "name", "level", "with", "tags", "date", "company", "note"];
const ONE_LINE = [
  "senior",
  "2026-05-10",
  "42",
  "true",
  '"[[Jane Doe]]"',
  "'it''s here'",
  '"a # not a comment"',
  "'x: y'",
  "[[Jane Doe]]",
  '[a, "b, c"]',
  "",
  "~",
  '"with \\"escapes\\""',
  "Jane's notes",
  "[]",
];
const MULTI: string[][] = [
  ["", "  - a", "  - b # second"],
  ["", "- a"],
  ["|", "  line # not a comment", "  two"],
  [">-", "  folded"],
  ["plain", "  continued"],
  ["", "  a: 1"],
];
const COMMENTS = ["", " # senior, peer or junior", "   #x", "\t# tab"];

const entry: fc.Arbitrary<Entry> = fc.oneof(
  fc.record({ key: fc.constantFrom(...KEYS), value: fc.constantFrom(...ONE_LINE), comment: fc.constantFrom(...COMMENTS) }).map(({ key, value, comment }) => ({
    key,
    lines: [`${key}:${value === "" ? "" : ` ${value}`}${comment}`],
    inPlace: true,
    comment,
  })),
  fc.record({ key: fc.constantFrom(...KEYS), value: fc.constantFrom(...MULTI) }).map(({ key, value }) => ({
    key,
    lines: [`${key}:${value[0] === "" ? "" : ` ${value[0] ?? ""}`}`, ...value.slice(1)],
    inPlace: false,
    comment: "",
  })),
);

const filler = fc.constantFrom("", "# a comment line", "  # indented comment", "   ");

interface Doc {
  text: string;
  lines: string[];
  eol: string;
  entries: Entry[];
}

const doc: fc.Arbitrary<Doc> = fc
  .record({
    entries: fc.uniqueArray(entry, { selector: (e) => e.key, maxLength: 7 }),
    fillers: fc.array(fc.tuple(fc.nat(8), filler), { maxLength: 3 }),
    anchor: fc.boolean(),
    eol: fc.constantFrom("\n", "\r\n"),
    bom: fc.boolean(),
    body: fc.constantFrom("", "Body\n", "# Heading\n\nfollow_up: not frontmatter\n"),
  })
  .map(({ entries, fillers, anchor, eol, bom, body }) => {
    const all = [...entries];
    if (anchor && !all.some((e) => e.key === "base" || e.key === "copy")) {
      all.push({ key: "base", lines: ["base: &anchor shared"], inPlace: false, comment: "" });
      all.push({ key: "copy", lines: ["copy: *anchor"], inPlace: false, comment: "" });
    }
    const chunks = all.map((e) => e.lines);
    for (const [at, line] of fillers) chunks.splice(Math.min(at, chunks.length), 0, [line]);
    const lines = chunks.flat();
    const text = `${bom ? "\uFEFF" : ""}---${eol}${lines.map((l) => l + eol).join("")}---${eol}${body.replace(/\n/g, eol)}`;
    return { text, lines, eol, entries: all };
  });

const absent = (v: unknown): boolean => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

/** The readers' choice (SPEC §1): the first alias with a value, else the first alias present. */
function chosen(entries: Entry[], parsed: Record<string, unknown>, aliases: string[]): Entry | undefined {
  const norm = (k: string) => k.toLowerCase();
  for (const a of aliases) {
    const e = entries.find((x) => norm(x.key) === a && !absent(parsed[x.key]));
    if (e) return e;
  }
  for (const a of aliases) {
    const e = entries.find((x) => norm(x.key) === a);
    if (e) return e;
  }
  return undefined;
}

const blockLines = (text: string): string[] => text.replace(/^\uFEFF/, "").match(/[^\n]*\n|[^\n]+$/g) ?? [];

describe("setFrontmatterKey (property)", () => {
  const targets = fc.constantFrom(FOLLOW_UP, DONE, ["snooze_until", "prm-snooze-until"], ["level"], ["note"], ["brand_new"]);
  const values = fc.constantFrom("2026-05-20", "[[Jane Doe]]", "a # b: c", "it's", "true", "peer");

  it("changes only the key's line (keeping its comment and ending) or adds one, and reads back with only that key changed", () => {
    fc.assert(
      fc.property(doc, targets, values, fc.boolean(), ({ text, entries, eol }, aliases, value, verified) => {
        const parsed = (parseYaml(text.replace(/^\uFEFF/, "").split(`---${eol}`)[1] ?? "") ?? {}) as Record<string, unknown>;
        const target = chosen(entries, parsed, aliases);
        const result = setFrontmatterKey(text, aliases, value, verified ? { parseYaml } : {});
        if (target && !target.inPlace) {
          expect(result.ok).toBe(false);
          return;
        }
        if (!result.ok) throw new Error(`refused ${JSON.stringify(text)}: ${result.reason}`);
        const before = blockLines(text);
        const after = blockLines(result.text);
        expect(result.text.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
        if (target) {
          expect(result.key).toBe(target.key);
          expect(after).toHaveLength(before.length);
          const changed = before.map((line, i) => (line === after[i] ? -1 : i)).filter((i) => i >= 0);
          if (result.changed) {
            expect(changed).toHaveLength(1);
            const line = after[changed[0] ?? 0] ?? "";
            expect(line.startsWith(`${target.key}:`)).toBe(true);
            expect(line.endsWith(`${target.comment}${eol}`)).toBe(true);
          } else expect(changed).toHaveLength(0);
        } else {
          expect(result.key).toBe(aliases[0]);
          expect(after).toHaveLength(before.length + 1);
          const close = before.findIndex((line, i) => i > 0 && line === `---${eol}`);
          expect(after[close]).toBe(`${aliases[0]}: ${formatScalar(value)}${eol}`);
          expect([...after.slice(0, close), ...after.slice(close + 1)]).toEqual(before);
        }
        const newBlock = result.text.replace(/^\uFEFF/, "").split(`---${eol}`)[1] ?? "";
        const reread = parseYaml(newBlock) as Record<string, unknown>;
        expect(reread).toEqual({ ...parsed, [result.key]: value });
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });
});
