// Obsidian's App, and createTestApp: one call that builds a vault, a cache and a workspace, and loads a plugin
// the way Obsidian starts one (onload, start-up `create` events, layout ready, the first `resolved`).
import type { App as ObsidianApp, BasesViewRegistration, CliData, CliFlags, CliHandler, Command, HoverLinkSource, MarkdownPostProcessor, MarkdownSectionInformation, PluginManifest } from "obsidian";
import { MemoryAdapter, type VaultAdapter } from "./adapter";
import { FileManager } from "./file-manager";
import { TFile, normalizePath, parentPath } from "./files";
import { MetadataCache } from "./metadata-cache";
import type { CodeBlockHandler, MarkdownPostProcessorContext, Plugin, PluginSettingTab } from "./plugin";
import { MarkdownRenderChild } from "./render";
import { fakeUi, requireDom } from "./ui";
import { Vault } from "./vault";
import { MarkdownView, Workspace, type ViewCreator } from "./workspace";
import { BasesEntry, BasesQueryResult, QueryController, type BasesView } from "./bases";
import { flattenDefinitions, renderDefinitions } from "./setting-definitions";
import { atLeast, fakeVersion, LATEST } from "./version";

export class App {
  vault: Vault;
  metadataCache: MetadataCache;
  fileManager: FileManager;
  workspace: Workspace;
  keymap = {};
  scope = {};
  lastEvent: unknown = null;
  /** Obsidian-internal, but widely used by tests and plugins alike. */
  commands = {
    commands: {} as Record<string, Command>,
    executeCommandById: (id: string): boolean => this.executeCommand(id),
  };
  setting = { pluginTabs: [] as PluginSettingTab[] };
  plugins = { plugins: {} as Record<string, Plugin> };
  /** Fake-only registries filled by Plugin.register*. */
  viewRegistry = new Map<string, ViewCreator>();
  codeBlockProcessors = new Map<string, CodeBlockHandler>();
  postProcessors: MarkdownPostProcessor[] = [];
  hoverLinkSources: Record<string, HoverLinkSource> = {};
  /** Fake-only: Bases views and CLI handlers plugins registered (1.10, 1.12.2). */
  basesViews = new Map<string, BasesViewRegistration>();
  cliHandlers = new Map<string, { description: string; flags: CliFlags | null; handler: CliHandler }>();
  /** Fake-only: whether the Bases core plugin is on (registerBasesView returns false when off). */
  basesEnabled = true;
  private storage = new Map<string, unknown>();

  constructor(adapter: VaultAdapter, vaultName?: string, coldStart = false) {
    this.vault = new Vault(adapter, vaultName);
    this.metadataCache = new MetadataCache(this.vault, coldStart);
    this.fileManager = new FileManager(this.vault, this.metadataCache);
    this.workspace = new Workspace(this);
  }

  loadLocalStorage(key: string): unknown {
    return this.storage.get(key) ?? null;
  }
  saveLocalStorage(key: string, data: unknown): void {
    if (data === null) this.storage.delete(key);
    else this.storage.set(key, data);
  }

  private executeCommand(id: string): boolean {
    const command = this.commands.commands[id];
    if (!command) return false;
    if (command.callback) {
      void command.callback();
      return true;
    }
    if (command.checkCallback) {
      if (!command.checkCallback(true)) return false;
      command.checkCallback(false);
      return true;
    }
    const view = this.workspace.getActiveViewOfType(MarkdownView);
    if (command.editorCallback && view) {
      void command.editorCallback(view.editor as never, view as never);
      return true;
    }
    if (command.editorCheckCallback && view) {
      if (!command.editorCheckCallback(true, view.editor as never, view as never)) return false;
      command.editorCheckCallback(false, view.editor as never, view as never);
      return true;
    }
    return false;
  }
}

export interface TestAppOptions {
  /** Notes as `{ "People/Jane Doe.md": "---\n…" }`. Ignored when `adapter` is given. */
  files?: Record<string, string>;
  /** Any storage, e.g. `new NodeAdapter(dir)` from node-adapter.ts. */
  adapter?: VaultAdapter;
  /** `YYYY-MM-DD`: the clock of the in-memory vault (file ctime/mtime), handed back as `testApp.today`. */
  today?: string;
  vaultName?: string;
  /** Fire vault `create` for every file after onload, as Obsidian does at start-up. Default true. */
  startupCreateEvents?: boolean;
  /**
   * Start with an empty metadata cache, as on a vault's first open or after Obsidian rebuilds its cache:
   * `getFileCache` is null at layout ready; `t.coldStart.parse(n)` then parses n files (`changed` each) and
   * `t.coldStart.finish()` the rest, then fires `resolved`.
   */
  coldStart?: boolean;
  /** The Obsidian version to pretend to be, for requireApiVersion and what the fake offers (default: the latest the types know). */
  apiVersion?: string;
  /** Whether Bases is enabled in the vault (default true). */
  bases?: boolean;
  /** The vault's config folder (Settings → Files and links → Override config folder); default `.obsidian`. */
  configDir?: string;
}

export interface RenderedBlock {
  el: HTMLElement;
  ctx: MarkdownPostProcessorContext;
  children: MarkdownRenderChild[];
  /** Unload the render children and remove the element, as Obsidian does when the note re-renders. */
  unload(): void;
}

export type TestApp = ReturnType<typeof createTestApp>;

/** Obsidian internals (or fake-only registries) that tests may read through `testApp.app`. */
type FakeInternals = "commands" | "setting" | "plugins" | "viewRegistry" | "codeBlockProcessors" | "postProcessors" | "hoverLinkSources";

export function createTestApp(options: TestAppOptions = {}) {
  fakeUi.reset();
  fakeVersion.current = options.apiVersion ?? LATEST;
  const clock = options.today ? () => new Date(`${options.today}T12:00:00`).getTime() : undefined;
  const adapter = options.adapter ?? new MemoryAdapter(options.files ?? {}, clock);
  const app = new App(adapter, options.vaultName, options.coldStart === true);
  app.basesEnabled = options.bases !== false;
  if (options.configDir !== undefined) app.vault.configDir = options.configDir;
  const { vault, metadataCache, workspace } = app;

  async function settle(extraMs = 0): Promise<void> {
    const tick = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    for (let i = 0; i < 100; i++) {
      await tick(0);
      if (!metadataCache.isBusy) break;
    }
    if (extraMs > 0) {
      await tick(extraMs);
      await settle();
    }
  }

  async function ensureFolder(folder: string): Promise<void> {
    if (folder === "/" || vault.getFolderByPath(folder)) return;
    await ensureFolder(parentPath(folder));
    await vault.createFolder(folder);
  }

  function fileAt(path: string): TFile {
    const file = vault.getFileByPath(normalizePath(path));
    if (!file) throw new Error(`No file at "${path}".`);
    return file;
  }

  function findBlock(lang: string, source: string, sourcePath: string): MarkdownSectionInformation | null {
    const file = vault.getFileByPath(sourcePath);
    const cache = file ? metadataCache.getFileCache(file) : null;
    if (!file || !cache) return null;
    const text = adapter.read(file.path);
    const lines = text.split(/\r?\n/);
    for (const section of cache.sections ?? []) {
      if (section.type !== "code") continue;
      const { line: lineStart } = section.position.start;
      const { line: lineEnd } = section.position.end;
      const fence = lines[lineStart] ?? "";
      if (fence.replace(/^\s*(`{3,}|~{3,})/, "").trim().split(/\s/)[0] !== lang) continue;
      const body = lines.slice(lineStart + 1, lineEnd).join("\n");
      if (body.trimEnd() === source.trimEnd()) return { text, lineStart, lineEnd };
    }
    return null;
  }

  async function renderCodeBlock(lang: string, source: string, sourcePath: string): Promise<RenderedBlock> {
    const handler = app.codeBlockProcessors.get(lang);
    if (!handler) throw new Error(`No code block processor registered for "${lang}".`);
    // A note open in a leaf shows its blocks inside that leaf's view (so a hidden tab hides them too).
    const shownIn = workspace.leaves.map((leaf) => leaf.view).find((view) => view instanceof MarkdownView && view.file?.path === sourcePath);
    const parent = shownIn instanceof MarkdownView ? shownIn.contentEl : requireDom("renderCodeBlock").body;
    const el = parent.createDiv({ cls: `block-language-${lang}` });
    const children: MarkdownRenderChild[] = [];
    const file = vault.getFileByPath(sourcePath);
    const ctx: MarkdownPostProcessorContext = {
      docId: `fake-${sourcePath}`,
      sourcePath,
      frontmatter: file ? metadataCache.getFileCache(file)?.frontmatter : undefined,
      addChild(child) {
        children.push(child as MarkdownRenderChild);
        child.load();
      },
      getSectionInfo: () => findBlock(lang, source, sourcePath),
    };
    await handler(source, el, ctx);
    return {
      el,
      ctx,
      children,
      unload() {
        for (const child of children) child.unload();
        el.detach();
      },
    };
  }

  return {
    /** The app typed as obsidian.d.ts's App, to hand to plugin code and to read with the real API's types. */
    app: app as unknown as ObsidianApp & Pick<App, FakeInternals>,
    /** The same app typed as the fake, for fake-only registries (commands, viewRegistry, codeBlockProcessors …). */
    fake: app,
    vault,
    metadataCache,
    workspace,
    fileManager: app.fileManager,
    today: options.today,
    /** Everything shown with `new Notice(…)`, oldest first. */
    notices: fakeUi.notices,
    ui: fakeUi,
    settle,
    /** Cold start (option `coldStart`): the cache fills when the test says so. */
    coldStart: {
      get remaining(): number {
        return metadataCache.unparsedCount;
      },
      /** Parse the next `count` files (`changed` → `resolve` each), then settle. */
      async parse(count: number): Promise<void> {
        metadataCache.parseUnparsed(count);
        await settle();
      },
      /** Parse every file left, fire `resolved`, then settle (`extraMs` as in settle). */
      async finish(extraMs = 0): Promise<void> {
        metadataCache.parseUnparsed();
        await settle(extraMs);
      },
    },

    /** Construct the plugin, await onload, then start up as Obsidian does: create events, then layout ready. */
    // Any plugin class: one written against obsidian.d.ts (the real plugin) or against the fake.
    async loadPlugin<P extends object>(PluginClass: new (app: never, manifest: PluginManifest) => P, manifest?: Partial<PluginManifest>): Promise<P> {
      const full: PluginManifest = { id: "test-plugin", name: "Test plugin", author: "", version: "0.0.0", minAppVersion: "0.0.0", description: "", ...manifest };
      const instance = new PluginClass(app as never, full);
      const plugin = instance as unknown as Plugin;
      app.plugins.plugins[full.id] = plugin;
      const startingUp = !workspace.layoutReady;
      plugin.load();
      await plugin.loadResult;
      if (startingUp) {
        if (options.startupCreateEvents !== false) vault.announceStartupFiles();
        // No `resolved` here: Obsidian's cache is already current on a warm start, and the event comes with the
        // next change (tests/obsidian-fake/README.md, "Start-up").
        await workspace.makeLayoutReady();
      }
      await settle();
      return instance;
    },

    async unloadPlugin(instance: object): Promise<void> {
      const plugin = instance as Plugin;
      plugin.unload();
      delete app.plugins.plugins[plugin.manifest.id];
      await settle();
    },

    /** Create or overwrite a note as the user would in Obsidian (folders made as needed), then settle. */
    async writeNote(path: string, text: string): Promise<TFile> {
      const normal = normalizePath(path);
      const existing = vault.getFileByPath(normal);
      if (existing) await vault.modify(existing, text);
      else await ensureFolder(parentPath(normal));
      const file = existing ?? (await vault.create(normal, text));
      await settle();
      return file;
    },

    /** Rename through the file manager (links in other notes are updated, as with Obsidian's default), then settle. */
    async renameNote(from: string, to: string): Promise<TFile> {
      const file = fileAt(from);
      await ensureFolder(parentPath(normalizePath(to)));
      await app.fileManager.renameFile(file, normalizePath(to));
      await settle();
      return file;
    },

    async deleteNote(path: string): Promise<void> {
      await app.fileManager.trashFile(fileAt(path));
      await settle();
    },

    /** Run a command by its full id (`plugin-id:command`) or its own id; false when it is not available. */
    async runCommand(id: string): Promise<boolean> {
      const full = app.commands.commands[id] ? id : Object.keys(app.commands.commands).find((key) => key.endsWith(`:${id}`));
      const ran = full !== undefined && app.commands.executeCommandById(full);
      await settle();
      return ran;
    },

    renderCodeBlock,

    /** Render every code block of a note that has a registered processor, in order. */
    async renderNote(path: string): Promise<RenderedBlock[]> {
      const file = fileAt(path);
      const lines = adapter.read(file.path).split(/\r?\n/);
      const out: RenderedBlock[] = [];
      for (const section of metadataCache.getFileCache(file)?.sections ?? []) {
        if (section.type !== "code") continue;
        const lang = (lines[section.position.start.line] ?? "").replace(/^\s*(`{3,}|~{3,})/, "").trim().split(/\s/)[0] ?? "";
        if (!app.codeBlockProcessors.has(lang)) continue;
        const source = lines.slice(section.position.start.line + 1, section.position.end.line).join("\n");
        out.push(await renderCodeBlock(lang, source, file.path));
      }
      return out;
    },

    /** Open the plugin's settings tab (display() called, attached to the document) and return it. */
    openSettings(instance: object): PluginSettingTab {
      const plugin = instance as Plugin;
      const tab = plugin.settingTabs[0];
      if (!tab) throw new Error(`${plugin.manifest.id} added no settings tab.`);
      requireDom("openSettings").body.appendChild(tab.containerEl);
      tab.containerEl.empty();
      // 1.13: the tab is drawn from its definitions when it has any, and display() is not called.
      if (atLeast("1.13.0")) tab.update();
      if (tab.settingItems.length > 0) renderDefinitions(tab);
      else tab.display();
      return tab;
    },

    /**
     * Obsidian's settings search over every plugin tab's definitions (1.13): the settings whose name, description
     * or aliases contain the query, as "Tab name › Setting name". Tabs without definitions are not searchable.
     */
    searchSettings(query: string): string[] {
      const q = query.toLowerCase();
      const found: string[] = [];
      for (const tab of app.setting.pluginTabs) {
        for (const def of flattenDefinitions(tab.settingItems)) {
          const words = [def.name, typeof def.desc === "string" ? def.desc : "", ...(def.aliases ?? [])];
          if (words.some((w) => w.toLowerCase().includes(q))) found.push(def.name);
        }
      }
      return found;
    },

    /**
     * Another device (a sync service) changed the plugin's data.json: written behind Obsidian's back, then the
     * plugin's onExternalSettingsChange is called, as Obsidian does when it sees the file change (d.ts, 1.5.7).
     */
    async changeSettingsExternally(instance: object, data: unknown): Promise<void> {
      const plugin = instance as Plugin & { onExternalSettingsChange?: () => unknown };
      await vault.adapter.write(`${vault.configDir}/plugins/${plugin.manifest.id}/data.json`, JSON.stringify(data));
      await plugin.onExternalSettingsChange?.();
      await settle();
    },

    /** Run a plugin's CLI handler as `obsidian <command> key=value …` would. */
    async runCli(command: string, params: CliData = {}): Promise<string> {
      const registered = app.cliHandlers.get(command);
      if (!registered) throw new Error(`No CLI handler for ${command}.`);
      return registered.handler(params);
    },

    /** Open a registered Bases view over these notes (the base's query result), as a base file showing it would. */
    openBasesView(viewId: string, paths: string[]): { view: BasesView; el: HTMLElement; update(paths: string[]): void; close(): void } {
      const registration = app.basesViews.get(viewId);
      if (!registration) throw new Error(`No Bases view ${viewId}.`);
      const el = requireDom("openBasesView").body.createDiv({ cls: "bases-view" });
      const controller = new QueryController(app);
      const view = registration.factory(controller as never, el) as unknown as BasesView;
      const setData = (list: string[]) => {
        view.data = new BasesQueryResult(list.map((path) => new BasesEntry(fileAt(path))));
      };
      setData(paths);
      controller.addChild(view);
      controller.load();
      view.onDataUpdated();
      return {
        view,
        el,
        update(list) {
          setData(list);
          view.onDataUpdated();
        },
        close() {
          controller.unload();
          el.detach();
        },
      };
    },

    /** Open a note in the main area, making it the active file (fires file-open). */
    async openNote(path: string): Promise<void> {
      await workspace.getLeaf(false).openFile(fileAt(path));
      await settle();
    },
  };
}
