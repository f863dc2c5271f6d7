// Reading a vault folder: the threaded reader gives exactly what reading file by file gives, and the
// shortcuts taken on the way (no gray-matter call without `---`, the fence-free body scan) change nothing.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { listMarkdownFiles, noteInputFromText, parseYaml, readVault, VaultReadError } from "../../src/cli/vault-reader";
import type { NoteInput } from "../../src/model/types";
import { findBodyLinks, findGoalBlocks } from "../../src/parse/body";

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

describe("readVault", () => {
  it.each([
    ["the demo vault", demo],
    ["a vault of awkward files", awkwardVault()],
  ])("gives the same notes, in path order, threaded or file by file, over %s", (_name, vault) => {
    const threaded = readVault(vault);
    const oneByOne = readVault(vault, { threaded: false });
    expect(threaded.notes.length).toBeGreaterThan(0);
    expect(threaded.notes.map((n) => n.path)).toEqual(listMarkdownFiles(vault));
    expect(threaded).toEqual(oneByOne);
  });

  it("reads every note of the awkward vault, and no hidden one", () => {
    const paths = readVault(awkwardVault()).notes.map((n) => n.path);
    expect(paths).toHaveLength(308);
    expect(paths).toContain("People/Work/Bob Li.MD");
    expect(paths.some((p) => p.startsWith(".") || p.endsWith(".txt"))).toBe(false);
  });

  it("reports a vault that is not a folder the same way whichever way it reads", () => {
    const file = join(awkwardVault(), "Plain.md");
    const messages = [true, false].map((threaded) => {
      try {
        readVault(file, { threaded });
        return "no error";
      } catch (error) {
        expect(error).toBeInstanceOf(VaultReadError);
        return (error as Error).message;
      }
    });
    expect(messages[0]).toMatch(/^cannot read the vault folder .*Plain\.md: ENOTDIR/);
    expect(messages[0]).toBe(messages[1]);
  });
});

/** noteInputFromText before the shortcuts: gray-matter on every note. */
function throughGrayMatter(path: string, text: string): NoteInput {
  const FRONTMATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;
  let frontmatter: unknown;
  let frontmatterError: string | undefined;
  let body: string;
  try {
    const parsed = matter(text, { engines: { yaml: (yaml: string) => parseYaml(yaml) as object } });
    frontmatter = FRONTMATTER.test(text) ? parsed.data : undefined;
    body = parsed.content;
  } catch (error) {
    frontmatterError = (error as Error).message.split("\n")[0];
    body = text.replace(FRONTMATTER, "");
  }
  const input: NoteInput = { path, frontmatter, bodyLinks: findBodyLinks(body), goalBlocks: findGoalBlocks(body) };
  if (frontmatterError !== undefined) input.frontmatterError = frontmatterError;
  const offset = text.length - body.length;
  if (offset > 0) {
    const skipped = text.slice(0, offset).split("\n").length - 1;
    for (const block of input.goalBlocks) block.line += skipped;
  }
  return input;
}

describe("noteInputFromText", () => {
  const pieces = ["---", "\n", "\r\n", "\uFEFF", "-", "name: Jane", "a: [x", "# c", "```network-goal", "```", "metric: events", "[[Bob]]", " ", "x"];

  it("gives what gray-matter on every note gave, with or without frontmatter", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join("");
        expect(noteInputFromText("n.md", text)).toEqual(throughGrayMatter("n.md", text));
      }),
      { numRuns: 3000 },
    );
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
