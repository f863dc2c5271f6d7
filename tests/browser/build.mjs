// Builds the browser page of the fake Obsidian host into tests/browser/dist: index.html, page.js (the
// fake host, the demo vault as a JSON map, the page logic), main-factory.js (the BUILT main.js wrapped as
// Obsidian's loader wraps it) and the two stylesheets. Rebuilds main.js first when it is missing or stale.
import esbuild from "esbuild";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../..");
export const DIST = join(here, "dist");

/** Every file under a folder, as paths relative to it with `/`. */
function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full, base) : [relative(base, full).split(sep).join("/")];
  });
}

function newestSource() {
  return Math.max(...walk(join(root, "src")).map((p) => statSync(join(root, "src", p)).mtimeMs));
}

/** main.js as `npm run build` makes it; rebuilt here only when missing or older than src/. */
function ensureMainJs() {
  const mainJs = join(root, "main.js");
  if (existsSync(mainJs) && statSync(mainJs).mtimeMs >= newestSource()) return mainJs;
  execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: root, stdio: "inherit" });
  return mainJs;
}

/** The demo vault's notes and settings; the plugin copied in by `npm run demo` is not part of it. */
function demoFiles() {
  const vault = join(root, "demo-vault");
  const files = {};
  for (const path of walk(vault)) {
    if (path.startsWith(".obsidian/plugins/network-goals/") && !path.endsWith("data.json")) continue;
    files[path] = readFileSync(join(vault, path), "utf8");
  }
  return files;
}

const INDEX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Network Goals — fake Obsidian</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="obsidian-theme.css">
<link rel="stylesheet" href="styles.css">
</head>
<body>
<div class="app-container"></div>
<script src="main-factory.js"></script>
<script src="page.js"></script>
</body>
</html>
`;

export async function buildPage() {
  const mainJs = ensureMainJs();
  mkdirSync(DIST, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
  await esbuild.build({
    entryPoints: [join(here, "page-entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2021",
    outfile: join(DIST, "page.js"),
    sourcemap: "inline",
    logLevel: "warning",
    define: {
      __NG_DEMO_FILES__: JSON.stringify(demoFiles()),
      __NG_MANIFEST__: JSON.stringify(manifest),
    },
  });
  // Obsidian evaluates a plugin as the body of a function of (require, module, exports).
  const factory = `window.__ngMainJs = function (require, module, exports) {\n${readFileSync(mainJs, "utf8")}\n};\n//# sourceURL=main.js\n`;
  writeFileSync(join(DIST, "main-factory.js"), factory);
  copyFileSync(join(root, "styles.css"), join(DIST, "styles.css"));
  copyFileSync(join(here, "obsidian-theme.css"), join(DIST, "obsidian-theme.css"));
  writeFileSync(join(DIST, "index.html"), INDEX_HTML);
  return DIST;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`Built ${await buildPage()}\n`);
}
