// A VaultAdapter over a real folder, for tests that run the plugin against files on disk.
import * as fs from "node:fs";
import * as nodePath from "node:path";
import type { FileStat, VaultAdapter } from "./adapter";
import { createTestApp, type TestApp, type TestAppOptions } from "./app";

export class NodeAdapter implements VaultAdapter {
  constructor(readonly basePath: string) {}

  private full(path: string): string {
    return nodePath.join(this.basePath, ...path.split("/"));
  }

  list(): string[] {
    const out: string[] = [];
    const walk = (dir: string, prefix: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory()) walk(nodePath.join(dir, entry.name), rel);
        else if (entry.isFile()) out.push(rel);
      }
    };
    if (fs.existsSync(this.basePath)) walk(this.basePath, "");
    return out.sort();
  }

  exists(path: string): boolean {
    return fs.existsSync(this.full(path));
  }

  read(path: string): string {
    return fs.readFileSync(this.full(path), "utf8");
  }

  write(path: string, text: string): void {
    fs.mkdirSync(nodePath.dirname(this.full(path)), { recursive: true });
    fs.writeFileSync(this.full(path), text, "utf8");
  }

  rename(from: string, to: string): void {
    fs.mkdirSync(nodePath.dirname(this.full(to)), { recursive: true });
    fs.renameSync(this.full(from), this.full(to));
  }

  remove(path: string): void {
    fs.rmSync(this.full(path), { force: true });
  }

  stat(path: string): FileStat | null {
    try {
      const s = fs.statSync(this.full(path));
      return { ctime: s.birthtimeMs || s.ctimeMs, mtime: s.mtimeMs, size: s.size };
    } catch {
      return null;
    }
  }
}

/** createTestApp over a real folder (Node only): `createNodeTestApp("demo-vault", { today: "2026-11-22" })`. */
export function createNodeTestApp(vaultDir: string, options: Omit<TestAppOptions, "adapter" | "files"> = {}): TestApp {
  return createTestApp({ ...options, adapter: new NodeAdapter(vaultDir) });
}
