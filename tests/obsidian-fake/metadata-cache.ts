// Obsidian's MetadataCache: parses notes after each write, asynchronously, and fires
// `changed` → `resolve` per note, then `resolved` once nothing is pending — in that order.
import type { CachedMetadata } from "obsidian";
import { Events } from "./events";
import { TAbstractFile, TFile, TFolder, parentPath } from "./files";
import { computeCache } from "./markdown";
import type { Vault } from "./vault";

interface LinkLookup {
  /** The vault's `fileTreeRevision` it was built at. */
  revision: number;
  files: TFile[];
  byPath: Map<string, TFile>;
  bySuffix: Map<string, number[]>;
}

export class MetadataCache extends Events {
  resolvedLinks: Record<string, Record<string, number>> = {};
  unresolvedLinks: Record<string, Record<string, number>> = {};
  private readonly caches = new Map<string, CachedMetadata>();
  private readonly pending = new Set<TFile>();
  private resolvePending = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lookup: LinkLookup | null = null;

  /** Cold start: the files still to parse, in vault order; `getFileCache` is null for them (README: "Cold start"). */
  private readonly unparsed: TFile[] = [];

  constructor(
    private readonly vault: Vault,
    coldStart = false,
  ) {
    super();
    // The index is built up front, as Obsidian loads it from its own store before plugins start; on a cold
    // start (a vault's first open, a rebuilt cache) it is empty and fills after layout ready.
    if (coldStart) this.unparsed.push(...vault.getMarkdownFiles());
    else for (const file of vault.getMarkdownFiles()) this.caches.set(file.path, computeCache(vault.store.read(file.path)));
    this.resolveAll();
    vault.on("create", (file) => this.enqueue(file as TAbstractFile));
    vault.on("modify", (file) => this.enqueue(file as TAbstractFile));
    vault.on("delete", (file) => this.onDelete(file as TAbstractFile));
    vault.on("rename", (file, oldPath) => this.onRename(file as TAbstractFile, oldPath as string));
  }

  getFileCache(file: TFile): CachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }

  getCache(path: string): CachedMetadata | null {
    return this.caches.get(path) ?? null;
  }

  /** Obsidian's resolution: relative to the source folder, then from the root, then by file name (closest wins). */
  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    if (linkpath === "") return this.vault.getFileByPath(sourcePath);
    const lookup = this.linkLookup();
    const folder = parentPath(sourcePath);
    const tries = [folder === "/" ? linkpath : `${folder}/${linkpath}`, linkpath].map(collapseDots);
    for (const candidate of tries) {
      const exact = this.vault.getFileByPath(candidate) ?? this.vault.getFileByPath(`${candidate}.md`);
      if (exact) return exact;
      const loose = lookup.byPath.get(candidate.toLowerCase()) ?? lookup.byPath.get(`${candidate.toLowerCase()}.md`);
      if (loose) return loose;
    }
    const wanted = linkpath.toLowerCase().replace(/^\/+/, "");
    // Files whose path is `wanted` (or `wanted.md`), or ends with `/wanted` (or `/wanted.md`), in vault order.
    const matches = [...new Set([...(lookup.bySuffix.get(wanted) ?? []), ...(lookup.bySuffix.get(`${wanted}.md`) ?? [])])]
      .sort((a, b) => a - b)
      .map((i) => lookup.files[i])
      .filter((file): file is TFile => file !== undefined);
    matches.sort(
      (a, b) =>
        Number(parentPath(b.path) === folder) - Number(parentPath(a.path) === folder) ||
        a.path.length - b.path.length ||
        a.path.localeCompare(b.path),
    );
    return matches[0] ?? null;
  }

  /**
   * The vault's files by lower-case path and by every lower-case path suffix that starts a segment, built once
   * per change of the vault's file tree (not once per link: a resolve pass over a big vault stays linear).
   */
  private linkLookup(): LinkLookup {
    const revision = this.vault.fileTreeRevision;
    if (this.lookup?.revision === revision) return this.lookup;
    const files = this.vault.getFiles();
    const byPath = new Map<string, TFile>();
    const bySuffix = new Map<string, number[]>();
    files.forEach((file, i) => {
      const path = file.path.toLowerCase();
      byPath.set(path, file);
      // The whole path, and what follows each `/`: `p === w || p.endsWith("/" + w)` is one map look-up.
      let slash = -1;
      do {
        const suffix = path.slice(slash + 1);
        const list = bySuffix.get(suffix);
        if (list) list.push(i);
        else bySuffix.set(suffix, [i]);
        slash = path.indexOf("/", slash + 1);
      } while (slash >= 0);
    });
    this.lookup = { revision, files, byPath, bySuffix };
    return this.lookup;
  }

  /** The shortest text that still links to `file` from `sourcePath` (Obsidian's default "shortest" format). */
  fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
    const name = omitMdExtension && file.extension === "md" ? file.basename : file.name;
    const full = omitMdExtension && file.extension === "md" ? file.path.slice(0, -3) : file.path;
    return this.getFirstLinkpathDest(name, sourcePath) === file ? name : full;
  }

  /** Fake-only: true while a parse or resolve is scheduled. */
  get isBusy(): boolean {
    return this.pending.size > 0 || this.resolvePending;
  }

  /** Fake-only, cold start: how many files have no cache yet. */
  get unparsedCount(): number {
    return this.unparsed.length;
  }

  /**
   * Fake-only, cold start: parse the next `count` files, each firing `changed` then `resolve`; when none is left,
   * `resolved` fires once, as at the end of Obsidian's initial indexing.
   */
  parseUnparsed(count = Infinity): void {
    for (let n = 0; n < count && this.unparsed.length > 0; n++) {
      const file = this.unparsed.shift() as TFile;
      if (this.vault.getFileByPath(file.path) !== file) continue; // deleted or renamed meanwhile
      this.parse(file);
    }
    this.resolveAll();
    if (this.unparsed.length === 0 && this.pending.size === 0) this.trigger("resolved");
  }

  private parse(file: TFile): void {
    const data = this.vault.store.read(file.path);
    const cache = computeCache(data);
    this.caches.set(file.path, cache);
    this.trigger("changed", file, data, cache);
    this.resolveAll();
    this.trigger("resolve", file);
  }

  private enqueue(file: TAbstractFile): void {
    if (!(file instanceof TFile) || file.extension !== "md" || this.vault.startingUp) return;
    this.pending.add(file);
    this.schedule();
  }

  private schedule(): void {
    // A macrotask, not a microtask: code that awaits vault.modify() still sees the old cache, as in Obsidian.
    this.timer ??= setTimeout(() => this.flush(), 0);
  }

  private flush(): void {
    this.timer = null;
    const batch = [...this.pending];
    this.pending.clear();
    for (const file of batch) {
      if (this.vault.getFileByPath(file.path) !== file) continue; // deleted meanwhile
      const at = this.unparsed.indexOf(file);
      if (at >= 0) this.unparsed.splice(at, 1);
      this.parse(file);
    }
    this.resolveAll();
    this.resolvePending = false;
    // During the initial indexing, `resolved` waits for the last file.
    if (this.pending.size === 0 && this.unparsed.length === 0) this.trigger("resolved");
  }

  private onDelete(file: TAbstractFile): void {
    if (!(file instanceof TFile)) return;
    this.pending.delete(file);
    const prev = this.caches.get(file.path) ?? null;
    if (!this.caches.delete(file.path)) return;
    this.trigger("deleted", file, prev);
    this.resolvePending = true;
    this.schedule();
  }

  private onRename(file: TAbstractFile, oldPath: string): void {
    const moved: [string, string][] =
      file instanceof TFolder
        ? [...this.caches.keys()].filter((p) => p.startsWith(`${oldPath}/`)).map((p) => [p, file.path + p.slice(oldPath.length)])
        : [[oldPath, file.path]];
    for (const [from, to] of moved) {
      const cache = this.caches.get(from);
      if (!cache) continue;
      this.caches.delete(from);
      this.caches.set(to, cache);
    }
    // No `changed` for a rename (as in Obsidian); links are re-resolved and `resolved` fires.
    this.resolvePending = true;
    this.schedule();
  }

  private resolveAll(): void {
    this.resolvedLinks = {};
    this.unresolvedLinks = {};
    for (const [path, cache] of this.caches) {
      const resolved: Record<string, number> = {};
      const unresolved: Record<string, number> = {};
      for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])]) {
        const linkpath = ref.link.split("#")[0] ?? "";
        const dest = this.getFirstLinkpathDest(linkpath, path);
        if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
        else unresolved[linkpath] = (unresolved[linkpath] ?? 0) + 1;
      }
      this.resolvedLinks[path] = resolved;
      this.unresolvedLinks[path] = unresolved;
    }
  }
}

function collapseDots(path: string): string {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "." || part === "") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}
