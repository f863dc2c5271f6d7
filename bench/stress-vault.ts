// The stress figure's vault (issue 14): 2,000 ordinary notes of the benchmark's kind plus every monster of the
// hostile-vault suite (tests/hostile/vaults.ts: 100,000 tags, 150,000 attendees, 120 KB lines of `[[`, a 5 MB
// note, UTF-16, Object.prototype's names, far dates…). The benchmark's vault never holds such notes; this one
// shows that they cost the report little. Generated once under .bench, like the main vault.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { HOSTILE_VAULTS, type FileContent } from "../tests/hostile/vaults";
import { generateVault } from "./generate";

/** 2,000 ordinary notes: contacts, meetings and journal goals in the benchmark's proportions. */
const ORDINARY = { contacts: 330, interactions: 1_660, goals: 10 };

const MARKER = ".bench-complete.json";

export function ensureStressVault(baseDir: string, seed: number): string {
  const root = join(baseDir, `stress-${seed}`);
  if (existsSync(join(root, MARKER))) return root;
  const files: Record<string, FileContent> = { ...generateVault(seed, ORDINARY) };
  for (const [name, build] of Object.entries(HOSTILE_VAULTS)) {
    // Each class in a folder of its own, so no monster replaces an ordinary note or another class's.
    const folder = `Monsters/${name.replace(/[^a-z]+/gi, "-")}`;
    for (const [path, content] of Object.entries(build().files)) {
      if (path.startsWith(".obsidian/")) continue;
      files[`${folder}/${path}`] = content;
    }
  }
  const temp = `${root}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(temp, path)), { recursive: true });
    writeFileSync(join(temp, path), content);
  }
  writeFileSync(join(temp, MARKER), JSON.stringify({ seed, notes: Object.keys(files).length }));
  rmSync(root, { recursive: true, force: true });
  renameSync(temp, root);
  return root;
}
