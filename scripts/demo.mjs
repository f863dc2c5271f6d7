// `npm run demo`: install the freshly built plugin into the demo vault, then print the CLI report over it.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const vault = "demo-vault";
const pluginDir = join(vault, ".obsidian", "plugins", "network-goals");
mkdirSync(pluginDir, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) {
  if (existsSync(file)) copyFileSync(file, join(pluginDir, file));
}

const result = spawnSync(process.execPath, ["dist/cli.js", "report", "--vault", vault, ...process.argv.slice(2)], {
  stdio: "inherit",
});
process.stdout.write(`\nThe plugin is installed in ${pluginDir}: open ${vault}/ as a vault in Obsidian to see it live.\n`);
process.exit(result.status ?? 1);
