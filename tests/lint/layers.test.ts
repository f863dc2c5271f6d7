// The layer rule of eslint.config.mjs fires: ESLint's own Node API lints snippets, placed in each folder of
// src/, that import every other folder, and exactly the upward imports (type-only ones too) are errors.
import { existsSync, readdirSync } from "node:fs";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
// @ts-expect-error: the ESLint config is plain JavaScript, without types.
import { LAYERS } from "../../eslint.config.mjs";

const layers = LAYERS as Record<string, string[]>;
const RULE = "@typescript-eslint/no-restricted-imports";
const folders = Object.keys(layers);
const eslint = new ESLint({ cwd: process.cwd() });

/** A file that exists in `folder` (the type-aware lint needs one the project knows), or undefined. */
function fileIn(folder: string): string | undefined {
  if (!existsSync(`src/${folder}`)) return undefined;
  const name = readdirSync(`src/${folder}`, { withFileTypes: true }).find((e) => e.isFile() && e.name.endsWith(".ts"));
  return name === undefined ? undefined : `src/${folder}/${name.name}`;
}

/** Lints `lines` as the text of `filePath`; the 1-based lines the layer rule reports. */
async function flagged(filePath: string, lines: string[]): Promise<number[]> {
  const [result] = await eslint.lintText(lines.join("\n") + "\n", { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.line);
}

describe("the layer rule", () => {
  it("knows every folder of src/", () => {
    const present = readdirSync("src", { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(present.filter((f) => !folders.includes(f))).toEqual([]);
  });

  it("points downward: model <- parse <- index <- insights <- render, io beside, obsidian and cli on top", () => {
    const chain = ["model", "parse", "index", "insights", "render"];
    chain.forEach((layer, i) => expect({ layer, up: layers[layer]!.filter((f) => chain.indexOf(f) >= i) }).toEqual({ layer, up: [] }));
    const top = ["obsidian", "cli"];
    for (const layer of [...chain, "io"]) expect({ layer, top: layers[layer]!.filter((f) => [...top, "io"].includes(f)) }).toEqual({ layer, top: [] });
    expect(layers.io).toEqual(["model", "parse"]);
    expect(layers.obsidian).not.toContain("cli");
    expect(layers.cli).not.toContain("obsidian");
  });

  it("reports exactly the imports a folder may not make, type-only ones included", async () => {
    const checked: string[] = [];
    for (const from of folders) {
      const file = fileIn(from);
      if (file === undefined) continue;
      const targets = [...folders.filter((f) => f !== from), "main"];
      // Two lines per target: a type-only import and a value re-export.
      const lines = targets.flatMap((to, i) => [
        `import type { T${i} } from "../${to}/anything";`,
        `export { v${i} } from "../${to}/anything";`,
      ]);
      const want = targets.flatMap((to, i) => (layers[from]!.includes(to) ? [] : [2 * i + 1, 2 * i + 2]));
      expect({ from, lines: await flagged(file, lines) }).toEqual({ from, lines: want });
      checked.push(from);
    }
    // Every layer was linted (a folder without files would be skipped).
    expect(checked).toEqual(folders);
  }, 120_000);

  it("lets only src/obsidian/ and src/main.ts import obsidian at run time", async () => {
    const lines = ['import type { App } from "obsidian";', 'import { Notice } from "obsidian";'];
    expect(await flagged("src/model/types.ts", lines)).toEqual([2]);
    expect(await flagged("src/obsidian/host.ts", lines)).toEqual([]);
    expect(await flagged("src/main.ts", [...lines, 'import { run } from "./cli/main";'])).toEqual([3]);
  }, 120_000);
});
