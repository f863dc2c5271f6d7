// The browser page: the fake Obsidian host over the demo vault, the BUILT main.js loaded the way Obsidian
// loads a plugin (a function of require/module/exports), the Network sidebar opened, and a note rendered
// next to it with its code blocks drawn by the plugin's processors. Query: ?theme=dark&phone=1&note=…&xss=1.
import type { PluginManifest } from "obsidian";
import { FIXED_TODAY } from "./fake-clock";
import * as obsidian from "../obsidian-fake";
import { createTestApp, type TestApp } from "../obsidian-fake";
import { installDomHelpers, installLanguageHelpers } from "../obsidian-fake/dom";
import { XSS_FILES, XSS_NOTE } from "./xss-notes";
import { buildFrame, show, type Pane } from "./frame";
import { drawIcons } from "./icons";

/** Filled in by build.mjs: every demo-vault file (the built plugin excluded) and the plugin's manifest. */
declare const __NG_DEMO_FILES__: Record<string, string>;
declare const __NG_MANIFEST__: { id: string; name: string; version: string };

/** What the test reads and drives through `window.ngTest`. */
export interface PageHooks {
  /** Every module main.js asked for with require(); only "obsidian" is answered. */
  requires: string[];
  /** The globals main.js would find, checked before it ran. */
  globals: { Buffer: string; process: string; require: string; global: string };
  read(path: string): Promise<string>;
  settle(extraMs?: number): Promise<void>;
  /** Opens Obsidian's settings at the plugin's tab. */
  openSettings(): void;
  /** Runs one of the plugin's commands, as the command palette does; false when there is none. */
  runCommand(id: string): Promise<boolean>;
  notePath: string;
  /** Before a screenshot: the window with its bars, or one pane cropped (on a phone, the one pane shown). */
  show(pane: Pane, frame: boolean): void;
}

type PluginClass = new (app: never, manifest: PluginManifest) => object;
type MainJsFactory = (require: (id: string) => unknown, module: { exports: unknown }, exports: unknown) => void;

interface PageWindow {
  __ngMainJs?: MainJsFactory;
  ngTest?: PageHooks;
}

const DEFAULT_NOTE = "Journal/2026-01-05.md";
const pageWindow = window as unknown as PageWindow;

/** Obsidian's plugin loader, in short: the plugin is CommonJS with `obsidian` as its only import. */
function evaluateMainJs(requires: string[]): PluginClass {
  const factory = pageWindow.__ngMainJs;
  if (!factory) throw new Error("main-factory.js did not load (run tests/browser/build.mjs).");
  const module: { exports: unknown } = { exports: {} };
  const requireShim = (id: string): unknown => {
    requires.push(id);
    if (id === "obsidian") return obsidian;
    throw new Error(`main.js asked for "${id}", which Obsidian does not provide on mobile.`);
  };
  factory(requireShim, module, module.exports);
  const exported = module.exports as { default?: unknown };
  const exportedClass = exported.default ?? exported;
  if (typeof exportedClass !== "function") throw new Error("main.js exports no plugin class.");
  return exportedClass as PluginClass;
}

/** `*emphasis*` as <em>, everything else as text (never parsed as HTML). */
function appendInline(el: HTMLElement, text: string): void {
  for (const [i, part] of text.split(/\*([^*]+)\*/).entries()) {
    if (i % 2 === 1) el.createEl("em", { text: part });
    else if (part !== "") el.appendText(part);
  }
}

/** The note's Markdown, simply: headings and paragraphs as text, fenced blocks through the plugin's processors. */
async function renderNote(t: TestApp, path: string, text: string, into: HTMLElement): Promise<void> {
  const lines = text.split(/\r?\n/);
  let i = 0;
  if (lines[0] === "---") {
    const end = lines.indexOf("---", 1);
    i = end > 0 ? end + 1 : 0;
  }
  into.createDiv({ cls: "inline-title", text: path.replace(/^.*\//, "").replace(/\.md$/, "") });
  // Reading view draws the frontmatter as Properties; this page leaves it out (the plugin draws none of it).
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) appendInline(into.createEl("p"), paragraph.join(" "));
    paragraph = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const fence = /^(`{3,}|~{3,})\s*(\S*)/.exec(line);
    if (fence) {
      flush();
      const marker = fence[1] ?? "```";
      const lang = fence[2] ?? "";
      const body: string[] = [];
      for (i++; i < lines.length && !(lines[i] ?? "").startsWith(marker); i++) body.push(lines[i] ?? "");
      const source = body.join("\n");
      if (t.fake.codeBlockProcessors.has(lang)) {
        const block = await t.renderCodeBlock(lang, source, path);
        into.appendChild(block.el);
      } else {
        into.createEl("pre").createEl("code", { text: source });
      }
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      into.createEl(`h${heading[1]?.length ?? 1}` as "h1", { text: heading[2] ?? "" });
    } else if (line.trim() === "") {
      flush();
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
}

/** The status bar's core items for the note: its backlinks (from the cache's resolved links), words and characters. */
function statusItems(t: TestApp, notePath: string, text: string): string[] {
  const backlinks = Object.values(t.metadataCache.resolvedLinks).filter((links) => (links[notePath] ?? 0) > 0).length;
  const body = text.startsWith("---") ? text.slice(Math.max(0, text.indexOf("\n---", 3) + 4)) : text;
  const words = body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const count = (n: number, word: string): string => `${n.toLocaleString("en-GB")} ${word}${n === 1 ? "" : "s"}`;
  return [count(backlinks, "backlink"), count(words, "word"), count(body.trim().length, "character")];
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const theme = params.get("theme") === "dark" ? "dark" : "light";
  const phone = params.get("phone") === "1";
  const xss = params.get("xss") === "1";
  // Checked before anything of the plugin runs: this page is a phone's WebView as far as Node goes.
  const g = globalThis as Record<string, unknown>;
  const globals = { Buffer: typeof g.Buffer, process: typeof g.process, require: typeof g.require, global: typeof g.global };

  installLanguageHelpers();
  installDomHelpers(window);
  document.body.addClass(`theme-${theme}`);
  if (phone) document.body.addClass("is-mobile", "is-phone");
  const files = { ...__NG_DEMO_FILES__, ...(xss ? XSS_FILES : {}) };
  const t = createTestApp({ files, today: FIXED_TODAY });
  const requires: string[] = [];
  const PluginClass = evaluateMainJs(requires);
  const plugin = (await t.loadPlugin(PluginClass, { id: __NG_MANIFEST__.id, name: __NG_MANIFEST__.name, version: __NG_MANIFEST__.version })) as unknown as obsidian.Plugin;
  await t.settle(150);

  const notePath = params.get("note") ?? (xss ? XSS_NOTE : DEFAULT_NOTE);
  const noteText = await t.vault.adapter.read(notePath);
  const app = document.querySelector<HTMLElement>(".app-container");
  if (!app) throw new Error("index.html has no .app-container.");
  const ribbonIcons = plugin.ribbonIcons.map((r) => r.el);
  const frame = buildFrame(app, notePath, ribbonIcons, statusItems(t, notePath, noteText), phone);

  if (!(await t.runCommand("open-view"))) throw new Error("The open-view command did not run.");
  const leaf = t.workspace.leaves.find((l) => l.view.getViewType() !== "empty" && l.side === "right");
  if (!leaf) throw new Error("open-view opened no sidebar leaf.");
  frame.sidebarEl.appendChild(leaf.containerEl);

  await renderNote(t, notePath, noteText, frame.noteEl);
  // The note on screen is the active file, as in Obsidian: a contact's note puts its page atop the sidebar.
  await t.openNote(notePath);
  await t.settle();
  drawIcons(document.body);
  show("note", true);

  pageWindow.ngTest = {
    requires,
    globals,
    notePath,
    read: (path) => t.vault.adapter.read(path),
    settle: (extraMs) => t.settle(extraMs),
    runCommand: (id) => t.runCommand(id),
    openSettings: () => {
      const tab = t.openSettings(plugin);
      const modal = document.body.createDiv({ cls: "modal-container ng-whole" }).createDiv({ cls: "modal mod-settings" });
      modal.createDiv({ cls: "vertical-tab-content-container" }).appendChild(tab.containerEl);
    },
    show,
  };
  document.body.setAttr("data-ng-ready", "true");
}

start().catch((error: unknown) => {
  document.body.setAttribute("data-ng-failed", "true");
  console.error("The page failed to start:", error);
});
