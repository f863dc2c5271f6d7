// The import figures: 5,000 LinkedIn connections imported by the CLI into a copy of the vault (a fresh copy each
// run, copied before the clock starts), and the same file imported again, which must change nothing.
import { cpSync, existsSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { generateConnections } from "./connections";

export const CONNECTIONS = 5_000;
const SEED = 5_000;

/** The contact names of the vault's People folder: every tenth connection is one of them. */
function peopleNames(root: string): string[] {
  const dir = join(root, "People");
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".md")).map((f) => f.slice(0, -3)) : [];
}

/** Connections.csv for the vault at `root`, written beside the copies. */
export function connectionsFile(root: string, dir: string, count = CONNECTIONS): string {
  const file = join(dir, `Connections-${count}.csv`);
  writeFileSync(file, generateConnections(SEED, count, peopleNames(root)));
  return file;
}

export interface ImportRun {
  ms: number;
  created: number;
  updated: number;
}

/** `network-goals import-linkedin FILE --vault COPY --json` as a child process, timed from spawn to exit. */
export function timeImport(cliJs: string, vault: string, file: string): ImportRun {
  const start = performance.now();
  const child = spawnSync(process.execPath, [cliJs, "import-linkedin", file, "--vault", vault, "--json"], { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28, encoding: "utf8" });
  const ms = performance.now() - start;
  if (child.status !== 0) throw new Error(`import exited ${child.status}: ${child.stderr.slice(0, 500)}`);
  const summary = JSON.parse(child.stdout) as { created: unknown[]; updated: unknown[] };
  return { ms, created: summary.created.length, updated: summary.updated.length };
}

/** A copy of the vault in a temporary folder, made before any clock starts; removed by the caller. */
export function copyVault(root: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), "ng-import-bench-")), "vault");
  // The vault itself, never a link to it (.bench/vault-… may be a symlink to a vault another checkout made).
  cpSync(realpathSync(root), copy, { recursive: true, dereference: true });
  return copy;
}

/** One timed first import into a fresh copy (the copy untimed). */
export function timeFirstImport(cliJs: string, root: string, file: string): number {
  const copy = copyVault(root);
  try {
    const run = timeImport(cliJs, copy, file);
    if (run.created === 0) throw new Error("the import created no note");
    return run.ms;
  } finally {
    rmSync(join(copy, ".."), { recursive: true, force: true });
  }
}
