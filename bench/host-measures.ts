// The figures that need the plugin's parts: the sidebar renderer in happy-dom, and main.js's onload in the fake host.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Script } from "node:vm";
import { Window as HappyWindow } from "happy-dom";
import { LiveReport } from "../src/insights/live-report";
import type { RowActions } from "../src/render/actions";
import { basename } from "../src/render/format";
import { createSidebarState, renderSidebar } from "../src/render/sidebar";
import type { NetworkIndex } from "../src/index/network-index";
import { personPage } from "../src/insights/person-page";
import type { Settings } from "../src/model/settings";
import { delegateRowEvents } from "../src/render/events";
import { renderPersonPage } from "../src/render/person";
import * as fakeObsidian from "../tests/obsidian-fake/index";
import { installDomHelpers, installLanguageHelpers } from "../tests/obsidian-fake/dom";
import type { FigureRequest, FigureResult } from "./figure";
import { BENCH_TODAY, DEFAULT_SEED, generateVault, SIZES } from "./generate";
import { buildIndex, prepare } from "./measures";

type Repeat = (request: FigureRequest, once: () => number) => number[];
type AsyncRepeat = (request: FigureRequest, once: () => Promise<number>) => Promise<number[]>;

/** Makes a happy-dom window the global DOM (as vitest's happy-dom environment does) with Obsidian's helpers. */
export function installDom(): HappyWindow {
  const win = new HappyWindow({ url: "app://obsidian.md/" });
  const g = globalThis as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(win)) {
    if (name in g || name.startsWith("_")) continue;
    g[name] = (win as unknown as Record<string, unknown>)[name];
  }
  g.window = win;
  g.document = win.document;
  installLanguageHelpers();
  installDomHelpers(win as unknown as Window & typeof globalThis);
  return win;
}

const noActions: RowActions = {
  openNote: () => undefined,
  hoverNote: () => undefined,
  markFollowUpDone: () => undefined,
  snoozeFollowUp: () => undefined,
  logContact: () => undefined,
  snoozeContact: () => undefined,
};

/** The whole sidebar drawn from a report computed beforehand (insightsMs times the report; this is the DOM). */
export function measureSidebarRender(request: FigureRequest, repeat: Repeat): FigureResult {
  const win = installDom();
  const prepared = prepare(request.root);
  const index = buildIndex(prepared);
  const report = new LiveReport(index).report(BENCH_TODAY, prepared.settings);
  const container = win.document.createElement("div");
  win.document.body.appendChild(container);
  const state = createSidebarState();
  const names = (path: string): string => index.contact(path)?.name ?? basename(path);
  return { samples: repeat(request, () => timeSidebar(container as unknown as HTMLElement, report, state, names)) };
}

/** The 50 contacts with the most interactions: the pages a user opens most, and the longest to draw. */
export function popularContacts(index: NetworkIndex, count = 50): string[] {
  const contacts = [...index.contacts()].map((c) => ({ path: c.path, n: index.facts.interactionsOf(c.path).length }));
  contacts.sort((a, b) => b.n - a.n || (a.path < b.path ? -1 : 1));
  return contacts.slice(0, count).map((c) => c.path);
}

/**
 * `personPageMs`: one person's page computed from the index (SPEC §3.7) and drawn into a happy-dom DOM, cycling
 * through the 50 most popular contacts; the figure is the median over those runs.
 */
export function measurePersonPage(request: FigureRequest, repeat: Repeat): FigureResult {
  const win = installDom();
  const prepared = prepare(request.root);
  const index = buildIndex(prepared);
  const popular = popularContacts(index);
  const div = win.document.createElement("div");
  win.document.body.appendChild(div);
  const container = div as unknown as HTMLElement;
  const names = (path: string): string => index.contact(path)?.name ?? basename(path);
  let next = 0;
  return { samples: repeat(request, () => timePersonPage(index, popular[next++ % popular.length] ?? "", container, names, prepared.settings)) };
}

export function timePersonPage(index: NetworkIndex, path: string, container: HTMLElement, names: (path: string) => string, settings: Settings): number {
  const start = performance.now();
  const page = personPage(index, path, BENCH_TODAY, settings);
  if (page === null) throw new Error(`${path} is no contact`);
  container.empty();
  renderPersonPage(container, page, delegateRowEvents(container, noActions), names);
  const ms = performance.now() - start;
  if (container.childElementCount === 0) throw new Error("the page rendered nothing");
  return ms;
}

export function timeSidebar(
  container: HTMLElement,
  report: Parameters<typeof renderSidebar>[1],
  state: Parameters<typeof renderSidebar>[3],
  names: (path: string) => string,
): number {
  const start = performance.now();
  renderSidebar(container, report, noActions, state, names);
  const ms = performance.now() - start;
  if (container.childElementCount === 0) throw new Error("the sidebar rendered nothing");
  return ms;
}

interface PluginLike {
  load(): void;
  unload(): void;
  loadResult: Promise<unknown>;
}
type PluginClass = new (app: unknown, manifest: unknown) => PluginLike;

/** Evaluates main.js as Obsidian does: a CommonJS module whose `require("obsidian")` is the host's API. */
export function evaluateMainJs(source: string): PluginClass {
  const module = { exports: {} as Record<string, unknown> };
  const hostRequire = (id: string): unknown => {
    if (id === "obsidian") return fakeObsidian;
    throw new Error(`main.js requires '${id}', which Obsidian does not provide (mobile has no Node)`);
  };
  const wrapped = new Script(`(function (require, module, exports) {${source}\n})`, { filename: "main.js" }).runInThisContext() as (
    require: (id: string) => unknown,
    module: { exports: Record<string, unknown> },
    exports: Record<string, unknown>,
  ) => void;
  wrapped(hostRequire, module, module.exports);
  const exported = (module.exports.default ?? module.exports) as PluginClass;
  if (typeof exported !== "function") throw new Error("main.js exports no plugin class");
  return exported;
}

/**
 * main.js evaluated and its onload run; start-up indexing (onLayoutReady) is not in it, so onload never reads a note.
 * The host holds the small vault whatever the figure's vault: the fake MetadataCache resolves every link against a
 * fresh map of all files (O(links × files)), which takes hours over 60,000 notes. See docs/performance.md.
 */
export async function measureOnload(request: FigureRequest, projectDir: string, repeat: AsyncRepeat): Promise<FigureResult> {
  const mainJs = join(projectDir, "main.js");
  if (!existsSync(join(projectDir, "src", "main.ts")) || !existsSync(mainJs)) {
    return { samples: [], unavailable: "not yet built: main.js (run the build; src/main.ts must exist)" };
  }
  installDom();
  const source = readFileSync(mainJs, "utf8");
  const testApp = fakeObsidian.createTestApp({ files: generateVault(DEFAULT_SEED, SIZES.small), today: BENCH_TODAY });
  const manifest = { id: "network-goals", name: "Network Goals", version: "0.0.0", minAppVersion: "1.5.0", author: "", description: "" };
  const samples = await repeat(request, async () => {
    const start = performance.now();
    const Plugin = evaluateMainJs(source);
    const plugin = new Plugin(testApp.app, manifest);
    plugin.load();
    await plugin.loadResult;
    const ms = performance.now() - start;
    plugin.unload();
    return ms;
  });
  return { samples };
}

/**
 * The same sidebar drawn in Debian's Chromium (a diagnostic next to `sidebarRenderMs`): the report computed here,
 * handed to a page that holds only the renderer and Obsidian's DOM helpers, timed in the page with layout
 * included. Unavailable when Chromium is not installed.
 */
export async function measureSidebarChromium(request: FigureRequest, projectDir: string, chromiumPath: string): Promise<FigureResult> {
  if (!existsSync(chromiumPath)) return { samples: [], unavailable: `no Chromium at ${chromiumPath}` };
  const { buildSync } = await import("esbuild");
  const { chromium } = await import("playwright-core");
  const page = buildSync({
    entryPoints: [join(projectDir, "bench", "sidebar-page.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    write: false,
    logLevel: "error",
  }).outputFiles[0]?.text;
  if (page === undefined) throw new Error("the sidebar page did not build");
  const prepared = prepare(request.root);
  const index = buildIndex(prepared);
  const report = new LiveReport(index).report(BENCH_TODAY, prepared.settings);
  const names: Record<string, string> = {};
  for (const contact of index.contacts()) names[contact.path] = contact.name;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.setContent(`<!doctype html><html><head><style>${readFileSync(join(projectDir, "styles.css"), "utf8")}</style></head><body></body></html>`);
    await tab.addScriptTag({ content: page });
    type Measure = (d: unknown, n: unknown, w: number, r: number) => { samples: number[]; rows: number };
    const { samples, rows } = await tab.evaluate(
      ([d, n, warmup, runs]) => (window as unknown as { measureSidebar: Measure }).measureSidebar(d, n, warmup, runs),
      [report, names, request.warmup, request.runs] as const,
    );
    if (rows === 0) throw new Error("the sidebar rendered nothing in Chromium");
    return { samples };
  } finally {
    await browser.close();
  }
}
