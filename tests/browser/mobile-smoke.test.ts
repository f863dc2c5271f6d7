// @vitest-environment happy-dom
// Mobile smoke test: the BUILT main.js evaluated in a fresh V8 realm (node:vm) whose globals are only
// ECMAScript's plus the few a phone's WebView has that main.js touches (window timers, and the Encoding
// API's TextEncoder/TextDecoder, in every WebView Obsidian mobile runs on: iOS Safari 10.1+, Android
// WebView 38+). No Buffer, no
// process, no Node require, no `global`: a reference to any of them throws, as it would on a phone.
// main.js gets `require` as Obsidian gives it, answering only "obsidian" (the fake host). The fake host
// itself runs in the test's realm over happy-dom, so the plugin can open its view and draw its blocks.
// What this does not prove: Web APIs a phone has but this realm lacks are simply absent here (a call to
// one would fail this test, not pass it). The Chromium page (plugin-in-chromium.test.ts) is the check
// with a full browser around main.js.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import type { PluginManifest } from "obsidian";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as obsidian from "../obsidian-fake";
import { createTestApp, type TestApp } from "../obsidian-fake";
import { demoFiles } from "../integration/demo-files";
import { buildPage } from "./build.mjs";

const MAIN_JS = join(__dirname, "../../main.js");
const MANIFEST = { id: "network-goals", name: "Network Goals" };
type PluginClass = new (app: never, manifest: PluginManifest) => object;

let source = "";
let t: TestApp | null = null;
let plugin: object | null = null;

beforeAll(async () => {
  await buildPage(); // builds main.js when it is missing or older than src/
  source = readFileSync(MAIN_JS, "utf8");
});

afterEach(async () => {
  if (t && plugin) await t.unloadPlugin(plugin);
  t = plugin = null;
  vi.useRealTimers();
});

/** main.js evaluated as Obsidian does, in a realm without Node; returns the plugin class and what it required. */
function evaluateInBareRealm(): { PluginClass: PluginClass; requires: string[]; realmGlobals: Record<string, string> } {
  const timers = { setTimeout, clearTimeout, setInterval, clearInterval };
  const web = { ...timers, TextEncoder, TextDecoder };
  const context = createContext({ ...web, window: { ...web } });
  const realmGlobals = runInContext(
    "({ Buffer: typeof Buffer, process: typeof process, require: typeof require, global: typeof global, module: typeof module })",
    context,
  ) as Record<string, string>;
  const requires: string[] = [];
  const factory = runInContext(`(function (require, module, exports) {\n${source}\n})`, context, { filename: "main.js" }) as (
    require: (id: string) => unknown,
    module: { exports: unknown },
    exports: unknown,
  ) => void;
  const module: { exports: unknown } = { exports: {} };
  factory(
    (id) => {
      requires.push(id);
      if (id === "obsidian") return obsidian;
      throw new Error(`main.js required "${id}", which Obsidian does not provide on mobile.`);
    },
    module,
    module.exports,
  );
  const exported = module.exports as { default?: unknown };
  return { PluginClass: (exported.default ?? exported) as PluginClass, requires, realmGlobals };
}

describe("main.js on a phone", () => {
  it("is small and uses no regex look-behind (older iOS WebViews reject it)", () => {
    expect(statSync(MAIN_JS).size).toBeLessThan(200 * 1024);
    expect(source).not.toMatch(/\(\?<[=!]/);
  });

  it("evaluates and runs onload with no Buffer, process or Node require, then opens its view and draws blocks", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2026, 10, 22, 9, 30));
    const { PluginClass, requires, realmGlobals } = evaluateInBareRealm();
    expect(realmGlobals).toEqual({ Buffer: "undefined", process: "undefined", require: "undefined", global: "undefined", module: "undefined" });
    expect(typeof PluginClass).toBe("function");
    expect([...new Set(requires)]).toEqual(["obsidian"]);

    t = createTestApp({ files: demoFiles(), today: "2026-11-22" });
    plugin = await t.loadPlugin(PluginClass, MANIFEST);
    await t.settle(150);
    expect(Object.keys(t.fake.commands.commands)).toContain("network-goals:open-view");
    expect(await t.runCommand("open-view")).toBe(true);
    const leaf = t.workspace.leaves.find((l) => l.view.getViewType() !== "empty");
    expect(leaf?.containerEl.textContent).toContain("Follow-ups");
    const blocks = await t.renderNote("Journal/2026-01-05.md");
    expect(blocks.map((b) => b.el.textContent ?? "").join("\n")).toContain("Meet five people in my field each quarter");
  });
});
