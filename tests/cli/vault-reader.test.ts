// Reading a vault folder: the threaded reader gives exactly what reading file by file gives, and the
// shortcuts taken on the way (no gray-matter call without `---`, the fence-free body scan) change nothing.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import matter from "gray-matter";
import { build } from "esbuild";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { forEachMarkdownFile, useReaderBundle } from "../../src/cli/file-feed";
import {
  listMarkdownFiles,
  noteInputFromPrepared,
  noteInputFromText,
  parseYaml,
  prepareNote,
  readVault,
  readVaultContacts,
  VaultReadError,
} from "../../src/cli/vault-reader";
import { parseNote } from "../../src/parse/note";
import type { NoteInput } from "../../src/model/types";
import { findBodyLinks, findBodyTags, findGoalBlocks } from "../../src/parse/body";
import { noteText } from "../../src/parse/file-text";

const demo = resolve(__dirname, "../../demo-vault");

/** A vault with the awkward cases: nested and dot-folders, other files, BOM, CRLF, no frontmatter, broken YAML, many files. */
function awkwardVault(): string {
  const vault = mkdtempSync(join(tmpdir(), "ng-reader-"));
  const write = (path: string, text: string): void => {
    mkdirSync(join(vault, path, ".."), { recursive: true });
    writeFileSync(join(vault, path), text);
  };
  write("People/Jane Doe.md", "---\nname: Jane Doe\nstatus: target\n---\nMet [[Bob Li]] and [Ada](People/Ada.md).\n");
  write("People/Work/Bob Li.MD", "---\r\ncompany: Acme\r\n---\r\nNotes on [[Jane Doe|Jane]].\r\n");
  write("People/Ada.md", "\uFEFF---\nname: Ada\n---\nBOM first.\n");
  write("Plain.md", "No frontmatter, just [[Jane Doe]].\n");
  write("Rule.md", "----\nA horizontal rule first.\n");
  write("Empty.md", "");
  write("Broken.md", "---\nname: [unclosed\n---\n```network-goal\nmetric: events\n```\n");
  write("Journal/2026-05-01.md", "---\ndate: 2026-05-01\n---\n# Day\n\n```network-goal\ntitle: Meet\nmetric: people-met\ntarget: 3\nperiod: month\n```\n");
  write("notes.txt", "not a note");
  write(".obsidian/plugins/x/README.md", "---\nname: hidden\n---\n");
  write(".trash/Old.md", "---\ntype: person\n---\n");
  for (let i = 0; i < 300; i++) {
    write(`Meetings/${2020 + (i % 5)}/Call ${String(i).padStart(3, "0")}.md`, `---\nwith: "[[Jane Doe]]"\nday: 2024-01-${String((i % 28) + 1).padStart(2, "0")}\n---\nTalked with [[Bob Li]].\n`);
  }
  return vault;
}

const vaults = [
  ["the demo vault", demo],
  ["a vault of awkward files", awkwardVault()],
];

describe("readVault", () => {
  afterEach(() => useReaderBundle(""));

  it.each(vaults)("gives the same notes, in path order, threaded or file by file, over %s", (_name, vault) => {
    const threaded = readVault(vault, { readHereUpTo: 0 });
    const oneByOne = readVault(vault, { threaded: false });
    expect(threaded.reading).toEqual({ worker: true, prepared: 0, leftOnReader: 0 });
    expect(oneByOne.reading).toEqual({ worker: false, prepared: 0, leftOnReader: 0 });
    expect(threaded.notes.length).toBeGreaterThan(0);
    expect(threaded.notes.map((n) => n.path)).toEqual(listMarkdownFiles(vault));
    expect(threaded.notes).toEqual(oneByOne.notes);
    expect(threaded.settings).toEqual(oneByOne.settings);
  });

  it("still reads every note when the reader thread cannot load the bundle it is given", () => {
    const vault = awkwardVault();
    useReaderBundle(join(vault, "no-such-bundle.js"));
    const threaded = readVault(vault, { readHereUpTo: 0 });
    expect(threaded.reading).toEqual({ worker: true, prepared: 0, leftOnReader: 0 });
    expect(threaded.notes).toEqual(readVault(vault, { threaded: false }).notes);
  });

  it("reads a small vault on this thread, and a bigger one on the reader thread", () => {
    const vault = awkwardVault();
    const here = readVault(vault);
    expect(here.reading).toEqual({ worker: false, prepared: 0, leftOnReader: 0 });
    expect(readVault(vault, { readHereUpTo: 307 }).reading.worker).toBe(true);
    expect(readVault(vault, { readHereUpTo: 308 }).reading.worker).toBe(false);
    expect(readVault(vault, { readHereUpTo: 307 }).notes).toEqual(here.notes);
  });

  it("reads every note of the awkward vault, and no hidden one", () => {
    const paths = readVault(awkwardVault()).notes.map((n) => n.path);
    expect(paths).toHaveLength(308);
    expect(paths).toContain("People/Work/Bob Li.MD");
    expect(paths.some((p) => p.startsWith(".") || p.endsWith(".txt"))).toBe(false);
  });

  it("reports a vault that is not a folder the same way whichever way it reads", () => {
    const file = join(awkwardVault(), "Plain.md");
    const messages = [0, 1000, undefined].map((readHereUpTo) => {
      try {
        readVault(file, readHereUpTo === undefined ? { threaded: false } : { readHereUpTo });
        return "no error";
      } catch (error) {
        expect(error).toBeInstanceOf(VaultReadError);
        return (error as Error).message;
      }
    });
    expect(messages[0]).toMatch(/^cannot read the vault folder .*Plain\.md: ENOTDIR/);
    expect(new Set(messages).size).toBe(1);
  });
});

describe("the reader thread's order", () => {
  /** The paths the reader thread hands over, in the order it reads them. */
  const order = (vault: string, first: readonly string[]): string[] => {
    const seen: string[] = [];
    const { worker } = forEachMarkdownFile(vault, (path) => seen.push(path), { first, readHereUpTo: 0 }, () => undefined);
    expect(worker).toBe(true);
    return seen;
  };

  it.each([
    [["people"], (path: string) => path.startsWith("People/")],
    [["people/work", "journal"], (path: string) => path.startsWith("People/Work/") || path.startsWith("Journal/")],
    [["meetings/2021", "no/such/folder"], (path: string) => path.startsWith("Meetings/2021/")],
  ])("reads the folders %j first (in any case), then every other file once", (first, inFirst) => {
    const vault = awkwardVault();
    const seen = order(vault, first);
    expect([...seen].sort()).toEqual(listMarkdownFiles(vault));
    const firstOnes = seen.filter(inFirst);
    expect(firstOnes.length).toBeGreaterThan(0);
    expect(seen.slice(0, firstOnes.length)).toEqual(firstOnes);
  });

  it("reads in the walk's order without folders first", () => {
    const vault = awkwardVault();
    const seen = order(vault, []);
    expect(seen.indexOf("Broken.md")).toBeLessThan(seen.indexOf("People/Ada.md"));
  });
});

/** The paths of the notes of a read vault that are contacts, read as the index reads them. */
function contactPaths(vault: ReturnType<typeof readVault>): string[] {
  return vault.notes.filter((note) => parseNote(note, vault.settings.settings, parseYaml).contact !== undefined).map((note) => note.path);
}

describe("readVaultContacts", () => {
  it.each(vaults)("gives every contact of %s as readVault does, and every path", (_name, vault) => {
    const all = readVault(vault, { threaded: false });
    for (const contacts of [readVaultContacts(vault, { threaded: false }), readVaultContacts(vault, { readHereUpTo: 0 })]) {
      expect(contacts.paths).toEqual(all.notes.map((note) => note.path));
      const kept = new Set(contacts.notes.map((note) => note.path));
      expect(contactPaths(all).filter((path) => !kept.has(path))).toEqual([]);
      expect(contacts.notes).toEqual(all.notes.filter((note) => kept.has(note.path)));
      // What a meeting note is (links into People/, attendee keys) leaves most notes out.
      expect(contacts.notes.length).toBeLessThan(all.notes.length / 2);
    }
  });
});

describe("the built CLI", () => {
  // Built from the sources here, so it is never stale: its reader thread loads the bundle and prepares each note.
  let built: { readVault: typeof readVault; readVaultContacts: typeof readVaultContacts };
  beforeAll(async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), "ng-cli-")), "cli.js");
    await build({ entryPoints: [resolve(__dirname, "../../src/cli/main.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile, logLevel: "silent" });
    built = createRequire(__filename)(outfile) as typeof built;
  });

  it.each(vaults)("prepares notes on the reader thread and gives the same notes over %s", (_name, vault) => {
    const oneByOne = readVault(vault, { threaded: false });
    const count = oneByOne.notes.length;
    // Every note but the first files read (and any in another frontmatter language: none here) is prepared.
    for (const unpreparedFirst of [0, Math.floor(count / 2), count]) {
      const threaded = built.readVault(vault, { unpreparedFirst, readHereUpTo: 0 });
      expect(threaded.reading).toEqual({ worker: true, prepared: count - unpreparedFirst, leftOnReader: 0 });
      expect(threaded.notes).toEqual(oneByOne.notes);
    }
  });

  it.each(vaults)("leaves the notes that cannot be contacts on the reader thread over %s", (_name, vault) => {
    const here = readVaultContacts(vault, { threaded: false });
    const threaded = built.readVaultContacts(vault, { unpreparedFirst: 0, readHereUpTo: 0 });
    expect(threaded.reading.worker).toBe(true);
    expect(threaded.reading.leftOnReader).toBe(here.paths.length - here.notes.length);
    expect(threaded.notes).toEqual(here.notes);
    expect(threaded.paths).toEqual(here.paths);
  });
});

/**
 * What the reader gives: gray-matter's reading of the text after a byte-order mark, unless the file itself is
 * wrong (noteText, tested in tests/parse/file-text.test.ts): then nothing, or the whole text as the body.
 */
function expectedInput(path: string, raw: string): NoteInput {
  const { text, problem } = noteText(raw);
  if (problem === undefined) return throughGrayMatter(path, text);
  if (problem.unread) return { path, frontmatter: undefined, bodyLinks: [], goalBlocks: [], fileProblem: problem };
  return { path, frontmatter: undefined, bodyLinks: findBodyLinks(text), bodyTags: findBodyTags(text), goalBlocks: findGoalBlocks(text), fileProblem: problem };
}

/** noteInputFromText before the shortcuts: gray-matter on every note. */
function throughGrayMatter(path: string, text: string): NoteInput {
  const FRONTMATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;
  let frontmatter: unknown;
  let frontmatterError: string | undefined;
  let body: string;
  try {
    // A second byte-order mark is a character of the note, so it has no frontmatter (Obsidian's reading); gray-matter
    // would strip it as a BOM and read what follows as a block.
    if (text.startsWith("\uFEFF")) throw Object.assign(new Error("not frontmatter"), { secondBom: true });
    // JavaScript frontmatter is never evaluated (see vault-reader.ts).
    const parsed = matter(text, { engines: { yaml: (yaml: string) => parseYaml(yaml) as object, javascript: () => ({}) } });
    frontmatter = FRONTMATTER.test(text) ? parsed.data : undefined;
    body = parsed.content;
  } catch (error) {
    if ((error as { secondBom?: boolean }).secondBom) {
      frontmatter = undefined;
      body = text;
    } else {
      frontmatterError = (error as Error).message.split("\n")[0];
      body = text.replace(FRONTMATTER, "");
    }
  }
  const input: NoteInput = { path, frontmatter, bodyLinks: findBodyLinks(body), bodyTags: findBodyTags(body), goalBlocks: findGoalBlocks(body) };
  if (frontmatterError !== undefined) input.frontmatterError = frontmatterError;
  const offset = text.length - body.length;
  if (offset > 0) {
    const skipped = text.slice(0, offset).split("\n").length - 1;
    for (const block of input.goalBlocks) block.line += skipped;
  }
  return input;
}

describe("JavaScript frontmatter", () => {
  const evil = (flag: string): string => `---js\n{ name: (globalThis.${flag} = "ran") }\n---\ntype: person\n`;

  it("is never run, and the note has no frontmatter, as in Obsidian", () => {
    const flags = globalThis as { ngJsRan?: string; ngJavascriptRan?: string };
    const note = noteInputFromText("People/Mallory.md", evil("ngJsRan"));
    expect(flags.ngJsRan).toBeUndefined();
    expect(note.frontmatter).toBeUndefined();
    expect(note.frontmatterError).toBeUndefined();
    noteInputFromText("People/Mallory.md", evil("ngJavascriptRan").replace("---js", "---JavaScript"));
    expect(flags.ngJavascriptRan).toBeUndefined();
  });

  it("is never run when the CLI reports on a vault that holds it", () => {
    const root = mkdtempSync(join(tmpdir(), "ng-js-"));
    const marker = join(root, "ran.txt");
    writeFileSync(join(root, "Mallory.md"), `---js\n{ name: require("fs").writeFileSync(${JSON.stringify(marker)}, "x") }\n---\n`);
    const { notes } = readVault(root, { threaded: false });
    expect(notes.map((n) => n.frontmatter)).toEqual([undefined]);
    expect(() => readFileSync(marker)).toThrow();
  });
});

describe("noteInputFromText", () => {
  // Pieces of notes: delimiters, languages after the opening `---` (JSON, JavaScript, an unknown one), a
  // byte-order mark, comments, YAML that parses to null, to text, or not at all, excerpt separators, goal blocks.
  const pieces = [
    "---", "\n", "\r\n", "\uFEFF", "-", " ", "x", "yaml", "yml", "json", "js", "toml", "{}", "1", "~", "null", "'t'",
    "name: Jane", "a: [x", "# c", "excerpt_separator: x", "```network-goal", "```", "metric: events", "[[Bob]]",
  ];
  const line = fc.constantFrom("\n", "\r\n");
  const yamlLine = fc.constantFrom("", "name: Jane", "~", "null", "'t'", "1", "{}", "a: [x", "# c", "  # c", "excerpt_separator: x", "- [[Bob]]", "x: \"[[Bob]]\"");
  // Shaped like notes: an opening delimiter (maybe with a language), YAML lines, a closing delimiter, a body.
  const shaped = fc
    .tuple(
      fc.constantFrom("", "\uFEFF"),
      fc.constantFrom("---", "---", "----", "--- ", "---yaml", "--- yml", "---json", "---toml"),
      line,
      fc.array(fc.tuple(yamlLine, line), { maxLength: 4 }),
      fc.constantFrom("---", "---", "--- ", "----", "", "..."),
      fc.constantFrom("", "\n", "\r\n", "\n\n"),
      fc.array(fc.constantFrom("[[Bob]]", "text", "\n", "```network-goal\nmetric: events\n```\n", "---\n"), { maxLength: 4 }),
    )
    .map(([bom, open, nl, yaml, close, after, body]) => bom + open + nl + yaml.map(([l, n]) => l + n).join("") + close + after + body.join(""));
  const notes = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join("")), shaped);

  it("gives what gray-matter gave for a note opening with two byte-order marks: no frontmatter", () => {
    for (const text of ["\uFEFF\uFEFF---yml", "\uFEFF\uFEFF---\nname: Jane\n---\n"]) expect(noteInputFromText("n.md", text)).toEqual(expectedInput("n.md", text));
  });

  it("gives what gray-matter with its YAML engine on every note gave", () => {
    fc.assert(
      fc.property(notes, (text) => {
        expect(noteInputFromText("n.md", text)).toEqual(expectedInput("n.md", text));
      }),
      { numRuns: 5000 },
    );
  });

  it("gives the same from what the reader thread prepared (or left to this thread)", () => {
    fc.assert(
      fc.property(notes, (text) => {
        const prepared = structuredClone(prepareNote(text));
        expect(noteInputFromPrepared("n.md", text, prepared)).toEqual(noteInputFromText("n.md", text));
      }),
      { numRuns: 5000 },
    );
    expect(prepareNote("---json\n{}\n---\n")).toBeNull();
    expect(prepareNote("---js\n({})\n---\n")).toBeNull();
    expect(prepareNote("---\nname: Jane\n---\n[[Bob]]\n")).toEqual(["\nname: Jane", true, ["Bob"], [], []]);
  });

  it("counts goal block lines from the top of the file, frontmatter included", () => {
    const text = "---\ndate: 2026-05-01\n---\n\n```network-goal\nmetric: events\n```\n";
    expect(noteInputFromText("J.md", text).goalBlocks).toEqual([{ source: "metric: events", line: 4 }]);
    expect(noteInputFromText("J.md", "```network-goal\nmetric: events\n```").goalBlocks).toEqual([{ source: "metric: events", line: 0 }]);
  });
});

describe("findBodyLinks without fences", () => {
  // A fence-free body is scanned line by line from each `[`; one with a fence splits into lines. A fence
  // opened on a new last line makes no earlier line code, so both scans must agree.
  it("finds what the line-split scan finds", () => {
    const unit = fc.constantFrom("[", "]", "[[", "]]", "(", ")", "](", "!", "`", "\n", "\r", "\r\n", "a", " ", "|", "#", ".md", "<", ">", "%", "http:", '"', "x.png");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (body) => {
        expect(findBodyLinks(body)).toEqual(findBodyLinks(`${body}\n\`\`\``));
      }),
      { numRuns: 5000 },
    );
  });

  it("reads CRLF notes and mixes of link kinds in written order", () => {
    expect(findBodyLinks("x\r\n[B](People/B.md) then [[A]]\r\n\r\n[[C|see]] `[[D]]`\r")).toEqual(["People/B.md", "A", "C"]);
  });
});
