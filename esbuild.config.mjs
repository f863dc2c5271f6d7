// Builds the plugin (main.js, mobile-safe) and the Node CLI (dist/cli.js).
import esbuild from "esbuild";
import { builtinModules } from "node:module";

const production = process.argv[2] === "production";

const pluginOptions = {
  entryPoints: ["src/main.ts"],
  bundle: true,
  external: [
    "obsidian",
    "electron",
    "@codemirror/*",
    "@lezer/*",
    ...builtinModules,
    ...builtinModules.map((m) => `node:${m}`),
  ],
  format: "cjs",
  target: "es2022",
  platform: "browser",
  logLevel: "info",
  sourcemap: production ? false : "inline",
  treeShaking: true,
  minify: production,
  // Text as UTF-8, as Obsidian reads a plugin's main.js: "…" is its 3 bytes, not the 6 of an escape.
  charset: "utf8",
  outfile: "main.js",
};

const cliOptions = {
  entryPoints: ["src/cli/main.ts"],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  banner: { js: "#!/usr/bin/env node" },
  logLevel: "info",
  outfile: "dist/cli.js",
};

const targets = [cliOptions];
import { existsSync } from "node:fs";
if (existsSync("src/main.ts")) targets.unshift(pluginOptions);

if (production) {
  await Promise.all(targets.map((t) => esbuild.build(t)));
} else {
  const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
  await Promise.all(contexts.map((c) => c.watch()));
}
