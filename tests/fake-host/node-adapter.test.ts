import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createNodeTestApp } from "../obsidian-fake/node-adapter";
import type { TFile } from "../obsidian-fake";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the vault over a real folder", () => {
  it("reads notes from disk and writes frontmatter changes back, body untouched", async () => {
    dir = mkdtempSync(join(tmpdir(), "fake-vault-"));
    mkdirSync(join(dir, "People"));
    mkdirSync(join(dir, ".obsidian"));
    writeFileSync(join(dir, "People", "Jane Doe.md"), "---\nmet: 2025-05-01\n---\nNotes\n");
    writeFileSync(join(dir, ".obsidian", "app.json"), "{}");
    const t = createNodeTestApp(dir);
    expect(t.vault.getMarkdownFiles().map((f) => f.path)).toEqual(["People/Jane Doe.md"]);
    const jane = t.vault.getFileByPath("People/Jane Doe.md") as TFile;
    expect(t.metadataCache.getFileCache(jane)?.frontmatter).toEqual({ met: "2025-05-01" });
    await t.fileManager.processFrontMatter(jane, (fm) => {
      fm.cadence = "30d";
    });
    expect(readFileSync(join(dir, "People", "Jane Doe.md"), "utf8")).toBe("---\nmet: 2025-05-01\ncadence: 30d\n---\nNotes\n");
    await t.renameNote("People/Jane Doe.md", "Archive/Jane Doe.md");
    expect(readFileSync(join(dir, "Archive", "Jane Doe.md"), "utf8")).toContain("cadence: 30d");
  });
});
