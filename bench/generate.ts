// The synthetic vault for the benchmark: seeded, so the same seed and size give the same files, byte for byte.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Rng, dateToDay } from "./prng";
import { generateContacts } from "./vault-contacts";
import { generateInteractions } from "./vault-interactions";
import { generateGoals } from "./vault-goals";

export interface VaultSize {
  contacts: number;
  interactions: number;
  goals: number;
}

/** `full` is the vault (60,200 notes); `small` keeps CI fast. */
export const SIZES = {
  full: { contacts: 10_000, interactions: 50_000, goals: 200 },
  small: { contacts: 200, interactions: 1_000, goals: 10 },
} as const satisfies Record<string, VaultSize>;
export type SizeName = keyof typeof SIZES;

/** The fixed "today" of the vault and of every figure, so results do not drift with the calendar. */
export const BENCH_TODAY = "2026-05-20";
export const DEFAULT_SEED = 20260520;

/** The vault as `{ vault-relative path: file text }`, in a deterministic order. */
export function generateVault(seed: number, size: VaultSize): Record<string, string> {
  const files: Record<string, string> = {};
  const today = dateToDay(BENCH_TODAY);
  // One stream per kind of note, so changing how many goals there are leaves the contacts as they were.
  const contacts = generateContacts(new Rng(seed), { count: size.contacts, today, problemRate: 0.01 }, files);
  generateInteractions(new Rng(seed + 1), contacts, { count: size.interactions, today, span: 5 * 365, problemRate: 0.01 }, files);
  generateGoals(new Rng(seed + 2), { count: size.goals, today, problemRate: 0.1 }, files);
  return files;
}

export function writeVault(root: string, files: Record<string, string>): void {
  const made = new Set<string>();
  for (const [path, text] of Object.entries(files)) {
    const dir = dirname(join(root, path));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(join(root, path), text);
  }
}

const MARKER = ".bench-complete.json";

/**
 * The vault on disk under `.bench/vault-<seed>-<size>`, generated once: written to a temporary folder and renamed
 * only when complete, so an interrupted run never leaves a half vault that later runs would trust.
 */
export function ensureVault(baseDir: string, seed: number, sizeName: SizeName): { root: string; notes: number; generated: boolean } {
  const root = join(baseDir, `vault-${seed}-${sizeName}`);
  const marker = join(root, MARKER);
  if (existsSync(marker)) return { root, notes: (JSON.parse(readFileSync(marker, "utf8")) as { notes: number }).notes, generated: false };
  const files = generateVault(seed, SIZES[sizeName]);
  const temp = `${root}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  writeVault(temp, files);
  const notes = Object.keys(files).length;
  writeFileSync(join(temp, MARKER), JSON.stringify({ seed, size: sizeName, notes }));
  rmSync(root, { recursive: true, force: true });
  renameSync(temp, root);
  return { root, notes, generated: true };
}
