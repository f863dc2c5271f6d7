// Keeps the fake honest: it exports only names the real API has (plus a short list of test helpers),
// and the browser entry never reaches node:fs.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as fake from "../obsidian-fake";

const FAKE_ONLY = new Set(["MemoryAdapter", "createTestApp", "fakeUi"]);
const FAKE_DIR = join(__dirname, "../obsidian-fake");

describe("the fake obsidian module", () => {
  it("exports nothing that obsidian.d.ts does not declare, except the test helpers", () => {
    const dts = readFileSync(join(__dirname, "../../node_modules/obsidian/obsidian.d.ts"), "utf8");
    const declared = new Set([...dts.matchAll(/^export (?:declare )?(?:abstract )?(?:class|function|const|let|enum) (\w+)/gm)].map((m) => m[1]));
    const extra = Object.keys(fake).filter((name) => !declared.has(name) && !FAKE_ONLY.has(name));
    expect(extra).toEqual([]);
  });

  it("keeps node:fs out of everything but node-adapter.ts", () => {
    for (const file of readdirSync(FAKE_DIR).filter((f) => f.endsWith(".ts") && f !== "node-adapter.ts")) {
      const text = readFileSync(join(FAKE_DIR, file), "utf8");
      expect(text, file).not.toMatch(/from "node:|from "\.\/node-adapter"|require\(/);
    }
  });
});
