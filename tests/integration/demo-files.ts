// The demo vault as an in-memory file map, so integration tests can change notes without touching the repo.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const DEMO_VAULT = join(__dirname, "../../demo-vault");

export function demoFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      const path = relative(DEMO_VAULT, full).split(sep).join("/");
      // The built plugin copied in by `npm run demo` is not part of the vault's notes.
      if (path.startsWith(".obsidian/plugins/network-goals/") && !path.endsWith("data.json")) continue;
      if (entry.isDirectory()) walk(full);
      else files[path] = readFileSync(full, "utf8");
    }
  };
  walk(DEMO_VAULT);
  return files;
}
