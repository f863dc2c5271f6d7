// The floor: read every note of a vault and parse its frontmatter with js-yaml, nothing else. No engine code.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Walks the vault as the CLI does (dot-folders skipped), reads and parses; returns how many notes it read. */
export function readAndParseFrontmatter(root: string): { notes: number; parsed: number } {
  let notes = 0;
  let parsed = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) {
        notes++;
        const match = FRONTMATTER.exec(readFileSync(full, "utf8"));
        if (!match) continue;
        try {
          if (load(match[1] ?? "", { schema: CORE_SCHEMA }) !== undefined) parsed++;
        } catch {
          // Broken YAML costs its parse attempt, like anywhere else.
        }
      }
    }
  };
  walk(root);
  return { notes, parsed };
}
