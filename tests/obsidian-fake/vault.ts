// Obsidian's Vault over a VaultAdapter: the file tree, reads and writes, and the create/modify/delete/rename events.
import type { DataWriteOptions, ListedFiles, Stat } from "obsidian";
import type { VaultAdapter } from "./adapter";
import { Events } from "./events";
import { TAbstractFile, TFile, TFolder, normalizePath, parentPath } from "./files";

/** Files Obsidian does not index: the config folder and anything under a dot-folder or dot-file. */
function isHidden(path: string): boolean {
  return path.split("/").some((part) => part.startsWith("."));
}

/** Obsidian's `vault.adapter`: raw, async, no events except through the file watcher (simulated). */
export class FakeDataAdapter {
  constructor(
    private readonly store: VaultAdapter,
    private readonly vault: Vault,
  ) {}
  getName(): string {
    return this.vault.getName();
  }
  async exists(normalizedPath: string): Promise<boolean> {
    if (this.store.exists(normalizedPath)) return true;
    return this.store.list().some((p) => p.startsWith(`${normalizedPath}/`));
  }
  async stat(normalizedPath: string): Promise<Stat | null> {
    const s = this.store.stat(normalizedPath);
    if (s) return { type: "file", ...s };
    return (await this.exists(normalizedPath)) ? { type: "folder", ctime: 0, mtime: 0, size: 0 } : null;
  }
  async list(normalizedPath: string): Promise<ListedFiles> {
    const prefix = normalizedPath === "/" || normalizedPath === "" ? "" : `${normalizedPath}/`;
    const files = new Set<string>();
    const folders = new Set<string>();
    for (const p of this.store.list()) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf("/");
      if (slash < 0) files.add(p);
      else folders.add(prefix + rest.slice(0, slash));
    }
    return { files: [...files], folders: [...folders] };
  }
  async read(normalizedPath: string): Promise<string> {
    return this.store.read(normalizedPath);
  }
  async write(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
    this.store.write(normalizedPath, data);
    this.vault.noticeExternalChange(normalizedPath, options);
  }
  async append(normalizedPath: string, data: string): Promise<void> {
    const before = this.store.exists(normalizedPath) ? this.store.read(normalizedPath) : "";
    await this.write(normalizedPath, before + data);
  }
  async process(normalizedPath: string, fn: (data: string) => string): Promise<string> {
    const data = fn(this.store.read(normalizedPath));
    await this.write(normalizedPath, data);
    return data;
  }
  async mkdir(): Promise<void> {}
  async remove(normalizedPath: string): Promise<void> {
    this.store.remove(normalizedPath);
    this.vault.noticeExternalChange(normalizedPath);
  }
  async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
    this.store.rename(normalizedPath, normalizedNewPath);
    this.vault.noticeExternalChange(normalizedPath);
    this.vault.noticeExternalChange(normalizedNewPath);
  }
  async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
    await this.write(normalizedNewPath, this.store.read(normalizedPath));
  }
  getResourcePath(normalizedPath: string): string {
    return `app://fake/${encodeURI(normalizedPath)}`;
  }
}

export class Vault extends Events {
  readonly adapter: FakeDataAdapter;
  configDir = ".obsidian";
  private readonly fileMap = new Map<string, TAbstractFile>();
  private readonly root: TFolder;
  private treeRevision = 0;

  /** Fake-only: moves whenever a file is added, removed or renamed, so lookups built over the files know they are stale. */
  get fileTreeRevision(): number {
    return this.treeRevision;
  }

  constructor(
    readonly store: VaultAdapter,
    private readonly name = "Test vault",
  ) {
    super();
    this.adapter = new FakeDataAdapter(store, this);
    this.root = new TFolder(this, "/", null);
    this.fileMap.set("/", this.root);
    for (const path of store.list()) if (!isHidden(path)) this.addFile(path);
  }

  getName(): string {
    return this.name;
  }
  getRoot(): TFolder {
    return this.root;
  }
  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.fileMap.get(path === "" ? "/" : path) ?? null;
  }
  getFileByPath(path: string): TFile | null {
    const file = this.getAbstractFileByPath(path);
    return file instanceof TFile ? file : null;
  }
  getFolderByPath(path: string): TFolder | null {
    const folder = this.getAbstractFileByPath(path);
    return folder instanceof TFolder ? folder : null;
  }
  getAllLoadedFiles(): TAbstractFile[] {
    return [...this.fileMap.values()];
  }
  getAllFolders(includeRoot = false): TFolder[] {
    return [...this.fileMap.values()].filter((f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()));
  }
  getFiles(): TFile[] {
    return [...this.fileMap.values()].filter((f): f is TFile => f instanceof TFile);
  }
  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === "md");
  }
  static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
    for (const child of root.children) {
      cb(child);
      if (child instanceof TFolder) Vault.recurseChildren(child, cb);
    }
  }

  async read(file: TFile): Promise<string> {
    return this.store.read(file.path);
  }
  async cachedRead(file: TFile): Promise<string> {
    return this.store.read(file.path);
  }

  async create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
    if (this.fileMap.has(path) || this.store.exists(path)) throw new Error("File already exists.");
    this.requireFolder(parentPath(path), path);
    this.store.write(path, data);
    const file = this.addFile(path, options);
    this.trigger("create", file);
    return file;
  }

  async createFolder(path: string): Promise<TFolder> {
    if (this.fileMap.has(path)) throw new Error("Folder already exists.");
    return this.ensureFolder(path, true);
  }

  async modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
    this.requireLive(file);
    this.store.write(file.path, data);
    this.refreshStat(file, options);
    this.trigger("modify", file);
  }

  async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
    await this.modify(file, this.store.read(file.path) + data, options);
  }

  async process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
    this.requireLive(file);
    const data = fn(this.store.read(file.path));
    await this.modify(file, data, options);
    return data;
  }

  async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
    if (!(file instanceof TFile)) throw new Error("The fake vault copies files only.");
    return (await this.create(newPath, this.store.read(file.path))) as unknown as T;
  }

  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    this.requireLive(file);
    if (this.fileMap.has(newPath)) throw new Error("Destination file already exists!");
    this.requireFolder(parentPath(newPath), newPath);
    const oldPath = file.path;
    const moves: [TAbstractFile, string][] = [];
    const collect = (f: TAbstractFile, to: string): void => {
      moves.push([f, to]);
      if (f instanceof TFolder) for (const child of f.children) collect(child, `${to}/${child.name}`);
    };
    collect(file, newPath);
    for (const [f, to] of moves) {
      if (f instanceof TFile) this.store.rename(f.path, to);
      this.fileMap.delete(f.path);
    }
    this.detachFromParent(file);
    for (const [f, to] of moves) {
      f.setPath(to, f === file ? this.getFolderByPath(parentPath(to)) : f.parent);
      this.fileMap.set(to, f);
    }
    file.parent?.children.push(file);
    this.treeRevision++;
    // A folder's rename is announced for the folder and then for every file and folder inside it, each with its
    // own old path, as Obsidian does (README: "Folder rename").
    for (const [f] of moves) {
      const from = f === file ? oldPath : oldPath + f.path.slice(file.path.length);
      this.trigger("rename", f, from);
    }
  }

  async delete(file: TAbstractFile, force = false): Promise<void> {
    this.requireLive(file);
    if (file instanceof TFolder && file.children.length > 0 && !force) throw new Error("Folder is not empty.");
    this.removeTree(file);
  }

  async trash(file: TAbstractFile, _system: boolean): Promise<void> {
    void _system;
    this.requireLive(file);
    this.removeTree(file);
  }

  /** Fake-only: true while start-up `create` events are announced (the cache is already up to date). */
  startingUp = false;

  /** Fake-only: Obsidian fires `create` for every file while it loads the vault, after plugins' onload. */
  announceStartupFiles(): void {
    this.startingUp = true;
    try {
      for (const file of this.getAllLoadedFiles()) if (file !== this.root) this.trigger("create", file);
    } finally {
      this.startingUp = false;
    }
  }

  getResourcePath(file: TFile): string {
    return this.adapter.getResourcePath(file.path);
  }

  /** Fake-only: what Obsidian's file watcher does when a file changes behind its back. */
  noticeExternalChange(path: string, options?: DataWriteOptions): void {
    if (isHidden(path)) return;
    const known = this.fileMap.get(path);
    const onDisk = this.store.exists(path);
    if (known instanceof TFile && onDisk) {
      this.refreshStat(known, options);
      this.trigger("modify", known);
    } else if (!known && onDisk) {
      this.trigger("create", this.addFile(path, options));
    } else if (known && !onDisk && known instanceof TFile) {
      this.removeTree(known, false);
    }
  }

  private removeTree(file: TAbstractFile, touchStore = true): void {
    if (file instanceof TFolder) for (const child of [...file.children]) this.removeTree(child, touchStore);
    if (touchStore && file instanceof TFile) this.store.remove(file.path);
    this.fileMap.delete(file.path);
    this.treeRevision++;
    this.detachFromParent(file);
    this.trigger("delete", file);
  }

  private detachFromParent(file: TAbstractFile): void {
    const siblings = file.parent?.children;
    if (siblings) siblings.splice(siblings.indexOf(file), 1);
  }

  private requireLive(file: TAbstractFile): void {
    if (this.fileMap.get(file.path) !== file) throw new Error(`ENOENT: no such file or directory '${file.path}'`);
  }

  private requireFolder(folder: string, forPath: string): void {
    if (folder !== "/" && !this.getFolderByPath(folder)) {
      throw new Error(`ENOENT: no such file or directory, open '${forPath}' (create the folder first)`);
    }
  }

  private ensureFolder(path: string, announce: boolean): TFolder {
    const normal = normalizePath(path);
    const existing = this.getFolderByPath(normal);
    if (existing) return existing;
    const parent = this.ensureFolder(parentPath(normal), announce);
    const folder = new TFolder(this, normal, parent);
    parent.children.push(folder);
    this.fileMap.set(normal, folder);
    if (announce) this.trigger("create", folder);
    return folder;
  }

  private addFile(path: string, options?: DataWriteOptions): TFile {
    const parent = this.ensureFolder(parentPath(path), false);
    const file = new TFile(this, path, parent, { ctime: 0, mtime: 0, size: 0 });
    this.refreshStat(file, options);
    parent.children.push(file);
    this.fileMap.set(path, file);
    this.treeRevision++;
    return file;
  }

  private refreshStat(file: TFile, options?: DataWriteOptions): void {
    const s = this.store.stat(file.path) ?? { ctime: 0, mtime: 0, size: 0 };
    file.stat = { ctime: options?.ctime ?? s.ctime, mtime: options?.mtime ?? s.mtime, size: s.size };
  }
}
