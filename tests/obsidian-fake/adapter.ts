// Where the fake vault's bytes live: an interface with an in-memory implementation (browser-safe).
// The Node implementation over a real folder is in node-adapter.ts, the only file that touches node:fs.

export interface FileStat {
  ctime: number;
  mtime: number;
  size: number;
}

/** Synchronous, vault-relative storage. Paths use `/` and never start with one. */
export interface VaultAdapter {
  /** Every file under the root, recursively, as vault paths (hidden folders included). */
  list(): string[];
  exists(path: string): boolean;
  read(path: string): string;
  write(path: string, text: string): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
  stat(path: string): FileStat | null;
}

/** A vault held in a `{ path: text }` map; usable in Node and in the browser bundle. */
export class MemoryAdapter implements VaultAdapter {
  private readonly files = new Map<string, { text: string; stat: FileStat }>();
  private clock: () => number;

  constructor(files: Record<string, string> = {}, clock: () => number = () => Date.now()) {
    this.clock = clock;
    for (const [path, text] of Object.entries(files)) this.write(path, text);
  }

  list(): string[] {
    return [...this.files.keys()].sort();
  }

  exists(path: string): boolean {
    return this.files.has(path);
  }

  read(path: string): string {
    const entry = this.files.get(path);
    if (!entry) throw new Error(`ENOENT: no such file, open '${path}'`);
    return entry.text;
  }

  write(path: string, text: string): void {
    const now = this.clock();
    const previous = this.files.get(path);
    this.files.set(path, {
      text,
      stat: { ctime: previous?.stat.ctime ?? now, mtime: now, size: new TextEncoder().encode(text).length },
    });
  }

  rename(from: string, to: string): void {
    const entry = this.files.get(from);
    if (!entry) throw new Error(`ENOENT: no such file, rename '${from}'`);
    this.files.delete(from);
    this.files.set(to, entry);
  }

  remove(path: string): void {
    this.files.delete(path);
  }

  stat(path: string): FileStat | null {
    const entry = this.files.get(path);
    return entry ? { ...entry.stat } : null;
  }

  /** A copy of every file, for assertions and snapshots. */
  snapshot(): Record<string, string> {
    return Object.fromEntries([...this.files].map(([path, entry]) => [path, entry.text]));
  }
}
