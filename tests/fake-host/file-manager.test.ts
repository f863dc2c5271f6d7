import { describe, expect, it } from "vitest";
import { TFile, createTestApp } from "../obsidian-fake";

const BODY = "\n# Coffee with Jane\n\n  - odd   spacing kept\t\n```network-goal\ntarget: 5\n```\n\n\nNo final newline";

describe("FileManager.processFrontMatter", () => {
  it("rewrites only the frontmatter: body byte for byte, other keys intact", async () => {
    const text = `---\ndate: 2026-03-02\nwith:\n  - "[[Jane Doe]]"\nfollow_up: 2026-03-09\n---${BODY}`;
    const t = createTestApp({ files: { "m.md": text } });
    const file = t.vault.getFileByPath("m.md") as TFile;
    const changed: string[] = [];
    t.metadataCache.on("changed", (f) => changed.push((f as TFile).path));
    await t.fileManager.processFrontMatter(file, (fm) => {
      fm.follow_up_done = true;
    });
    await t.settle();
    const after = await t.vault.read(file);
    expect(after.endsWith(`---${BODY}`)).toBe(true);
    expect(after.slice(after.indexOf(`\n---${BODY}`) + 1)).toBe(`---${BODY}`);
    expect(after).toBe(`---\ndate: 2026-03-02\nwith:\n  - "[[Jane Doe]]"\nfollow_up: 2026-03-09\nfollow_up_done: true\n---${BODY}`);
    expect(t.metadataCache.getFileCache(file)?.frontmatter).toEqual({
      date: "2026-03-02",
      with: ["[[Jane Doe]]"],
      follow_up: "2026-03-09",
      follow_up_done: true,
    });
    expect(changed).toEqual(["m.md"]);
  });

  it("re-serializes the whole block, as Obsidian does: comments lost, values re-quoted and re-flowed", async () => {
    const text = "---\nlevel: senior   # senior, peer or junior\n\nname: 'Jane Doe'\ntags: [person, work]\nwith: [[Jane Doe]]\n---\nBody\n";
    const t = createTestApp({ files: { "p.md": text } });
    const file = t.vault.getFileByPath("p.md") as TFile;
    await t.fileManager.processFrontMatter(file, (fm) => {
      fm.snooze_until = "2026-04-01";
    });
    expect(await t.vault.read(file)).toBe(
      "---\nlevel: senior\nname: Jane Doe\ntags:\n  - person\n  - work\nwith:\n  - - Jane Doe\nsnooze_until: 2026-04-01\n---\nBody\n",
    );
  });

  it("adds a block to a note that had none", async () => {
    const t = createTestApp({ files: { "n.md": "Just text\n" } });
    const file = t.vault.getFileByPath("n.md") as TFile;
    await t.fileManager.processFrontMatter(file, (fm) => {
      fm.snooze_until = "2026-04-01";
    });
    expect(await t.vault.read(file)).toBe("---\nsnooze_until: 2026-04-01\n---\nJust text\n");
  });

  it("keeps CRLF line endings and an empty block's body", async () => {
    const t = createTestApp({ files: { "c.md": "---\r\na: 1\r\n---\r\nbody\r\n", "e.md": "---\n---\nbody" } });
    await t.fileManager.processFrontMatter(t.vault.getFileByPath("c.md") as TFile, (fm) => {
      fm.b = "x";
    });
    expect(await t.vault.read(t.vault.getFileByPath("c.md") as TFile)).toBe("---\r\na: 1\r\nb: x\r\n---\r\nbody\r\n");
    await t.fileManager.processFrontMatter(t.vault.getFileByPath("e.md") as TFile, (fm) => {
      fm.k = "v";
    });
    expect(await t.vault.read(t.vault.getFileByPath("e.md") as TFile)).toBe("---\nk: v\n---\nbody");
  });

  it("refuses invalid YAML and writes nothing when fn throws", async () => {
    const t = createTestApp({ files: { "bad.md": "---\na: [x\n---\n", "ok.md": "---\na: 1\n---\n" } });
    await expect(t.fileManager.processFrontMatter(t.vault.getFileByPath("bad.md") as TFile, () => undefined)).rejects.toThrow();
    const ok = t.vault.getFileByPath("ok.md") as TFile;
    await expect(
      t.fileManager.processFrontMatter(ok, () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await t.vault.read(ok)).toBe("---\na: 1\n---\n");
  });
});

describe("FileManager links", () => {
  it("renameFile updates wikilinks, aliases, markdown links and frontmatter links in other notes", async () => {
    const t = createTestApp({
      files: {
        "People/Jane.md": "",
        "Meetings/m.md": '---\nwith: "[[Jane]]"\n---\nSaw [[Jane|J]] and [[Jane#Notes]] and [her](../People/Jane.md).\n',
      },
    });
    const log: string[] = [];
    t.vault.on("modify", (f) => log.push(`modify ${(f as TFile).path}`));
    t.metadataCache.on("changed", (f) => log.push(`changed ${(f as TFile).path}`));
    await t.renameNote("People/Jane.md", "People/Jane Doe.md");
    expect(await t.vault.read(t.vault.getFileByPath("Meetings/m.md") as TFile)).toBe(
      '---\nwith: "[[Jane Doe]]"\n---\nSaw [[Jane Doe|J]] and [[Jane Doe#Notes]] and [her](People/Jane%20Doe.md).\n',
    );
    expect(log).toEqual(["modify Meetings/m.md", "changed Meetings/m.md"]);
  });

  it("generateMarkdownLink uses the shortest unambiguous link text", () => {
    const t = createTestApp({ files: { "People/Jane.md": "", "Archive/Jane.md": "", "People/Bob.md": "" } });
    const bob = t.vault.getFileByPath("People/Bob.md") as TFile;
    const janeArchive = t.vault.getFileByPath("Archive/Jane.md") as TFile;
    expect(t.fileManager.generateMarkdownLink(bob, "x.md")).toBe("[[Bob]]");
    expect(t.fileManager.generateMarkdownLink(janeArchive, "People/x.md", "#h", "J")).toBe("[[Archive/Jane#h|J]]");
  });
});
