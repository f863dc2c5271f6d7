import { describe, expect, it, vi } from "vitest";
import { TFile, createTestApp } from "../obsidian-fake";

function recorder(t: ReturnType<typeof createTestApp>) {
  const log: string[] = [];
  for (const name of ["create", "modify", "delete", "rename"]) {
    t.vault.on(name, (file, oldPath) => log.push(`vault:${name} ${(file as TFile).path}${typeof oldPath === "string" ? ` from ${oldPath}` : ""}`));
  }
  t.metadataCache.on("changed", (file, data, cache) => {
    log.push(`cache:changed ${(file as TFile).path}`);
    expect(typeof data).toBe("string");
    expect(cache).toBe(t.metadataCache.getFileCache(file as TFile));
  });
  t.metadataCache.on("resolve", (file) => log.push(`cache:resolve ${(file as TFile).path}`));
  t.metadataCache.on("resolved", () => log.push("cache:resolved"));
  t.metadataCache.on("deleted", (file, prev) => log.push(`cache:deleted ${(file as TFile).path} prev=${prev ? "yes" : "no"}`));
  return log;
}

describe("vault and metadata cache events", () => {
  it("cold start: no cache at layout ready; changed and resolve per file as it is parsed; resolved once, after the last", async () => {
    const t = createTestApp({ files: { "a.md": "---\nx: 1\n---\n", "b.md": "two", "c.md": "three" }, coldStart: true });
    const log = recorder(t);
    const files = ["a.md", "b.md", "c.md"].map((p) => t.vault.getFileByPath(p) as TFile);
    expect(files.map((f) => t.metadataCache.getFileCache(f))).toEqual([null, null, null]);
    await t.coldStart.parse(1);
    expect(t.metadataCache.getFileCache(files[0] as TFile)?.frontmatter).toEqual({ x: 1 });
    expect(t.metadataCache.getFileCache(files[1] as TFile)).toBeNull();
    // An edit while the cache fills is parsed as usual, but `resolved` waits for the initial indexing.
    await t.vault.modify(files[2] as TFile, "three!");
    await t.settle();
    expect(t.coldStart.remaining).toBe(1);
    await t.coldStart.finish();
    expect(log).toEqual([
      "cache:changed a.md",
      "cache:resolve a.md",
      "vault:modify c.md",
      "cache:changed c.md",
      "cache:resolve c.md",
      "cache:changed b.md",
      "cache:resolve b.md",
      "cache:resolved",
    ]);
  });

  it("a folder's rename fires rename for the folder, then for every file and folder inside, each with its old path", async () => {
    const t = createTestApp({ files: { "P/a.md": "a", "P/Sub/b.md": "b", "Q.md": "q" } });
    const log = recorder(t);
    await t.vault.rename(t.vault.getFolderByPath("P") as never, "R");
    await t.settle();
    expect(log[0]).toBe("vault:rename R from P");
    expect(log.slice(1, -1).sort()).toEqual(["vault:rename R/Sub from P/Sub", "vault:rename R/Sub/b.md from P/Sub/b.md", "vault:rename R/a.md from P/a.md"]);
    expect(log.at(-1)).toBe("cache:resolved");
    expect(t.metadataCache.getCache("R/Sub/b.md")).not.toBeNull();
  });

  it("fires modify, then changed and resolve, then resolved once", async () => {
    const t = createTestApp({ files: { "a.md": "one", "b.md": "two" } });
    const log = recorder(t);
    const a = t.vault.getFileByPath("a.md");
    const b = t.vault.getFileByPath("b.md");
    if (!a || !b) throw new Error("missing");
    await t.vault.modify(a, "one!");
    await t.vault.modify(b, "two!");
    expect(log).toEqual(["vault:modify a.md", "vault:modify b.md"]); // the cache is updated later
    await t.settle();
    expect(log).toEqual([
      "vault:modify a.md",
      "vault:modify b.md",
      "cache:changed a.md",
      "cache:resolve a.md",
      "cache:changed b.md",
      "cache:resolve b.md",
      "cache:resolved",
    ]);
  });

  it("keeps the old cache right after an awaited write, as Obsidian does", async () => {
    const t = createTestApp({ files: { "a.md": "---\nstatus: old\n---\n" } });
    const a = t.vault.getFileByPath("a.md") as TFile;
    await t.vault.modify(a, "---\nstatus: new\n---\n");
    expect(t.metadataCache.getFileCache(a)?.frontmatter?.status).toBe("old");
    await t.settle();
    expect(t.metadataCache.getFileCache(a)?.frontmatter?.status).toBe("new");
  });

  it("on delete fires delete and deleted with the previous cache, no changed", async () => {
    const t = createTestApp({ files: { "a.md": "---\nx: 1\n---\n" } });
    const log = recorder(t);
    await t.deleteNote("a.md");
    // The cache listens to the vault before any plugin does, so `deleted` may come before a plugin's `delete`:
    // plugins must not depend on the order of those two.
    expect([...log].sort()).toEqual(["cache:deleted a.md prev=yes", "cache:resolved", "vault:delete a.md"]);
    expect(log.at(-1)).toBe("cache:resolved");
    expect(t.vault.getFileByPath("a.md")).toBeNull();
  });

  it("on rename fires rename with the old path and never changed; the TFile keeps its identity", async () => {
    const t = createTestApp({ files: { "People/Jane.md": "---\nrole: CTO\n---\n" } });
    const file = t.vault.getFileByPath("People/Jane.md");
    const log = recorder(t);
    await t.vault.rename(file as TFile, "People/Jane Doe.md");
    await t.settle();
    expect(log).toEqual(["vault:rename People/Jane Doe.md from People/Jane.md", "cache:resolved"]);
    expect(file?.basename).toBe("Jane Doe");
    expect(t.vault.getFileByPath("People/Jane Doe.md")).toBe(file);
    expect(t.metadataCache.getFileCache(file as TFile)?.frontmatter?.role).toBe("CTO");
  });

  it("create refuses to overwrite, and needs the folder to exist", async () => {
    const t = createTestApp({ files: { "a.md": "keep me" } });
    await expect(t.vault.create("a.md", "new")).rejects.toThrow("File already exists.");
    expect(await t.vault.read(t.vault.getFileByPath("a.md") as TFile)).toBe("keep me");
    await expect(t.vault.create("Nope/b.md", "x")).rejects.toThrow(/ENOENT/);
    await t.vault.createFolder("Nope");
    await expect(t.vault.create("Nope/b.md", "x")).resolves.toBeInstanceOf(TFile);
  });

  it("fires vault create for notes written through writeNote, then changed", async () => {
    const t = createTestApp();
    const log = recorder(t);
    await t.writeNote("Meetings/2026-03-02 Coffee.md", "hi");
    expect(log).toEqual([
      "vault:create Meetings",
      "vault:create Meetings/2026-03-02 Coffee.md",
      "cache:changed Meetings/2026-03-02 Coffee.md",
      "cache:resolve Meetings/2026-03-02 Coffee.md",
      "cache:resolved",
    ]);
  });

  it("lists markdown files, not the config folder", () => {
    const t = createTestApp({ files: { "a.md": "", "img.png": "", ".obsidian/plugins/x/data.json": "{}" } });
    expect(t.vault.getMarkdownFiles().map((f) => f.path)).toEqual(["a.md"]);
    expect(t.vault.getFiles().map((f) => f.path).sort()).toEqual(["a.md", "img.png"]);
    expect(t.vault.getAbstractFileByPath(".obsidian")).toBeNull();
  });

  it("process rewrites the body and fires modify", async () => {
    const t = createTestApp({ files: { "a.md": "x" } });
    const log = recorder(t);
    const result = await t.vault.process(t.vault.getFileByPath("a.md") as TFile, (s) => s + "y");
    expect(result).toBe("xy");
    expect(log).toEqual(["vault:modify a.md"]);
  });

  it("adapter writes to a vault file are seen like the file watcher sees them", async () => {
    const t = createTestApp({ files: { "a.md": "x" } });
    const log = recorder(t);
    await t.vault.adapter.write("a.md", "---\nk: v\n---\n");
    await t.settle();
    expect(log[0]).toBe("vault:modify a.md");
    expect(t.metadataCache.getCache("a.md")?.frontmatter).toEqual({ k: "v" });
  });
});

describe("metadata", () => {
  it("keeps dates as text and reads YAML with the core schema", () => {
    const t = createTestApp({
      files: { "m.md": "---\ndate: 2026-03-02\nwhen: 2026-03-02T14:30\ncount: 5\ndone: true\nwith: [[Jane Doe]]\n---\nBody\n" },
    });
    const fm = t.metadataCache.getCache("m.md")?.frontmatter;
    expect(fm).toEqual({ date: "2026-03-02", when: "2026-03-02T14:30", count: 5, done: true, with: [["Jane Doe"]] });
  });

  it("drops frontmatter it cannot parse but keeps its position", () => {
    const t = createTestApp({ files: { "bad.md": "---\na: [unclosed\n---\n[[Jane]]\n" } });
    const cache = t.metadataCache.getCache("bad.md");
    expect(cache?.frontmatter).toBeUndefined();
    expect(cache?.frontmatterPosition?.end).toEqual({ line: 2, col: 3, offset: 20 });
    expect(cache?.links?.map((l) => l.link)).toEqual(["Jane"]);
  });

  it("finds wikilinks and markdown links with positions, skipping code", () => {
    const text = [
      "---",
      'with: "[[Jane Doe]]"',
      "people:",
      '  - "[[Bob Li|Bob]]"',
      "---",
      "Met [[Jane Doe#Notes|Jane]] and [Bob](People/Bob%20Li.md) at [site](https://x.y).",
      "`[[not a link]]` #tag/nested",
      "```network-goal",
      "title: [[also not]]",
      "```",
      "![[pic.png]] [[Acme]]",
    ].join("\n");
    const t = createTestApp({ files: { "n.md": text } });
    const cache = t.metadataCache.getCache("n.md");
    expect(cache?.links?.map((l) => [l.link, l.displayText, l.original])).toEqual([
      ["Jane Doe#Notes", "Jane", "[[Jane Doe#Notes|Jane]]"],
      ["People/Bob Li.md", "Bob", "[Bob](People/Bob%20Li.md)"],
      ["Acme", "Acme", "[[Acme]]"],
    ]);
    const first = cache?.links?.[0];
    expect(first?.position.start).toEqual({ line: 5, col: 4, offset: text.indexOf("[[Jane Doe#") });
    expect(cache?.embeds?.map((e) => e.link)).toEqual(["pic.png"]);
    expect(cache?.frontmatterLinks).toEqual([
      { key: "with", link: "Jane Doe", original: "[[Jane Doe]]", displayText: "Jane Doe" },
      { key: "people.0", link: "Bob Li", original: "[[Bob Li|Bob]]", displayText: "Bob" },
    ]);
    expect(cache?.tags?.map((tag) => tag.tag)).toEqual(["#tag/nested"]);
    const code = cache?.sections?.find((s) => s.type === "code");
    expect(code?.position.start.line).toBe(7);
    expect(code?.position.end.line).toBe(9);
    expect(cache?.sections?.[0]?.type).toBe("yaml");
  });

  it("resolves links by path, then by name, closest first; fills resolved and unresolved links", () => {
    const t = createTestApp({
      files: {
        "People/Jane Doe.md": "",
        "Archive/Jane Doe.md": "",
        "People/Bob Li.md": "",
        "Meetings/m.md": "[[Jane Doe]] [[People/Bob Li]] [[Nobody]] [[Archive/Jane Doe.md]]",
      },
    });
    const m = "Meetings/m.md";
    expect(t.metadataCache.getFirstLinkpathDest("People/Jane Doe", m)?.path).toBe("People/Jane Doe.md");
    expect(t.metadataCache.getFirstLinkpathDest("jane doe", "People/x.md")?.path).toBe("People/Jane Doe.md");
    expect(t.metadataCache.getFirstLinkpathDest("Jane Doe", "Archive/x.md")?.path).toBe("Archive/Jane Doe.md");
    expect(t.metadataCache.getFirstLinkpathDest("Bob Li", m)?.path).toBe("People/Bob Li.md");
    expect(t.metadataCache.getFirstLinkpathDest("Nobody", m)).toBeNull();
    expect(t.metadataCache.resolvedLinks[m]).toEqual({ "Archive/Jane Doe.md": 1, "People/Bob Li.md": 1, "People/Jane Doe.md": 1 });
    expect(t.metadataCache.unresolvedLinks[m]).toEqual({ Nobody: 1 });
  });

  it("resolves against the file tree as it is now: after create, rename and delete", async () => {
    const t = createTestApp({ files: { "People/Jane Doe.md": "", "Meetings/m.md": "[[Bob Li]]" } });
    const m = "Meetings/m.md";
    const at = (path: string) => {
      const found = t.vault.getAbstractFileByPath(path);
      if (!found) throw new Error(`nothing at ${path}`);
      return found;
    };
    expect(t.metadataCache.getFirstLinkpathDest("Bob Li", m)).toBeNull();
    await t.vault.create("People/Bob Li.md", "");
    expect(t.metadataCache.getFirstLinkpathDest("bob li", m)?.path).toBe("People/Bob Li.md");
    await t.vault.createFolder("Archive");
    await t.vault.rename(at("People/Bob Li.md"), "Archive/Robert Li.md");
    expect(t.metadataCache.getFirstLinkpathDest("Bob Li", m)).toBeNull();
    expect(t.metadataCache.getFirstLinkpathDest("archive/robert li", m)?.path).toBe("Archive/Robert Li.md");
    await t.vault.rename(at("People"), "Contacts");
    expect(t.metadataCache.getFirstLinkpathDest("Jane Doe", m)?.path).toBe("Contacts/Jane Doe.md");
    await t.fileManager.trashFile(at("Contacts/Jane Doe.md"));
    expect(t.metadataCache.getFirstLinkpathDest("Jane Doe", m)).toBeNull();
    await t.settle();
    expect(t.metadataCache.unresolvedLinks[m]).toEqual({ "Bob Li": 1 });
  });

  it("lists the vault's files once per resolve pass, not once per link", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++) files[`People/P${i}.md`] = "";
    files["Meetings/m.md"] = Array.from({ length: 50 }, (_, i) => `[[P${i}]] [[Nobody ${i}]]`).join("\n");
    const t = createTestApp({ files });
    expect(Object.keys(t.metadataCache.resolvedLinks["Meetings/m.md"] ?? {})).toHaveLength(50);
    const listed = vi.spyOn(t.vault, "getFiles");
    await t.writeNote("Meetings/m.md", `${files["Meetings/m.md"]}\n[[P0]]`);
    await t.settle();
    expect(t.metadataCache.resolvedLinks["Meetings/m.md"]?.["People/P0.md"]).toBe(2);
    // A write changes no path: the look-ups built at start-up still serve. A new file makes one new listing.
    expect(listed).toHaveBeenCalledTimes(0);
    await t.writeNote("People/New.md", "[[P1]]");
    await t.settle();
    expect(listed).toHaveBeenCalledTimes(1);
  });
});

describe("sections, as Obsidian's cache lists them: top level only", () => {
  it("a fenced block in a list item belongs to the list, one in a callout to the callout; tags in them are code", () => {
    const text = ["- item", "  ```network-goal", "  #person", "  ```", "- next", "", "> [!note] Title", "> ```", "> #meeting", "> ```", "", "> quote #people", ""].join("\n");
    const t = createTestApp({ files: { "n.md": text } });
    const cache = t.metadataCache.getFileCache(t.vault.getFileByPath("n.md") as TFile);
    expect(cache?.sections?.map((s) => [s.type, s.position.start.line, s.position.end.line])).toEqual([
      ["list", 0, 4],
      ["callout", 6, 9],
      ["blockquote", 11, 11],
    ]);
    expect(cache?.tags?.map((tag) => tag.tag)).toEqual(["#people"]);
  });
});
