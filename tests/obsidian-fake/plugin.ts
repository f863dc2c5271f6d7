// Obsidian's Plugin and what it registers: commands, views, code block processors, settings tabs, data.json.
import type {
  BasesViewRegistration,
  CliFlags,
  CliHandler,
  Command,
  MarkdownPostProcessor,
  MarkdownSectionInformation,
  PluginManifest,
  SettingDefinitionItem,
} from "obsidian";
import type { App } from "./app";
import { Component } from "./events";
import { requireDom, setIcon, setTooltip } from "./ui";
import type { ViewCreator } from "./workspace";
import { EmptyView } from "./workspace";
import { atLeast } from "./version";

/** obsidian.d.ts's MarkdownPostProcessorContext, with the fake's Component. */
export interface MarkdownPostProcessorContext {
  docId: string;
  sourcePath: string;
  frontmatter: Record<string, unknown> | null | undefined;
  addChild(child: Component): void;
  getSectionInfo(el: HTMLElement): MarkdownSectionInformation | null;
}

export type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void;

export abstract class SettingTab {
  app: App;
  containerEl: HTMLElement;
  /** d.ts (1.13): the definitions as getSettingDefinitions() last gave them; filled by update(). */
  settingItems: SettingDefinitionItem[] = [];
  constructor(app: App) {
    this.app = app;
    this.containerEl = requireDom("A settings tab").createElement("div");
    this.containerEl.addClass("vertical-tab-content");
  }
  /** d.ts (1.13): "Override to provide setting definitions"; the default has none. */
  getSettingDefinitions(): SettingDefinitionItem[] {
    return [];
  }
  /** d.ts: "Stores the result of getSettingDefinitions() for rendering and search indexing." */
  update(): void {
    this.settingItems = this.getSettingDefinitions();
  }
  getControlValue(key: string): unknown {
    void key;
    return undefined;
  }
  setControlValue(key: string, value: unknown): void | Promise<void> {
    void key;
    void value;
  }
  // d.ts: display() is "Not called when getSettingDefinitions returns a non-empty array".
  display(): void {}
  hide(): void {
    this.containerEl.empty();
  }
}

export abstract class PluginSettingTab extends SettingTab {
  /** Fake-only. */
  plugin: Plugin;
  constructor(app: App, plugin: Plugin) {
    super(app);
    this.plugin = plugin;
  }
  /** d.ts: "Reads from `this.plugin.settings`." */
  override getControlValue(key: string): unknown {
    return (this.plugin.settings as Record<string, unknown> | undefined)?.[key];
  }
  /** d.ts: "Mutates and persists `this.plugin.settings`." */
  override async setControlValue(key: string, value: unknown): Promise<void> {
    (this.plugin.settings as Record<string, unknown>)[key] = value;
    await this.plugin.saveData(this.plugin.settings);
  }
}

export abstract class Plugin extends Component {
  app: App;
  manifest: PluginManifest;
  /** Fake-only: what the plugin added, for assertions. */
  ribbonIcons: { icon: string; title: string; el: HTMLElement }[] = [];
  statusBarItems: HTMLElement[] = [];
  settingTabs: PluginSettingTab[] = [];
  /** d.ts (1.13): "Plugin settings. Assign loaded data here in `onload`." */
  settings?: unknown;

  constructor(app: App, manifest: PluginManifest) {
    super();
    this.app = app;
    this.manifest = manifest;
  }

  // Same signature as obsidian.d.ts: a plugin's onload may be async, and the host awaits it.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- matches obsidian.d.ts, where Plugin.onload may return a Promise
  override onload(): Promise<void> | void {}

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = requireDom("addRibbonIcon").createElement("div");
    el.addClass("side-dock-ribbon-action");
    setIcon(el, icon);
    setTooltip(el, title);
    el.addEventListener("click", (evt) => void callback(evt));
    this.ribbonIcons.push({ icon, title, el });
    this.register(() => el.detach());
    return el;
  }

  addStatusBarItem(): HTMLElement {
    const el = requireDom("addStatusBarItem").body.createDiv({ cls: "status-bar-item" });
    this.statusBarItems.push(el);
    this.register(() => el.detach());
    return el;
  }

  addCommand(command: Command): Command {
    const full: Command = { ...command, id: `${this.manifest.id}:${command.id}`, name: `${this.manifest.name}: ${command.name}` };
    this.app.commands.commands[full.id] = full;
    this.register(() => this.removeCommand(command.id));
    return full;
  }

  removeCommand(commandId: string): void {
    delete this.app.commands.commands[`${this.manifest.id}:${commandId}`];
  }

  /**
   * d.ts (1.10): registers a Bases view; "@returns false if bases are not enabled in this vault". Fake: the
   * registration is kept in `app.basesViews` (a test opens it with `t.openBasesView`), removed on unload.
   */
  registerBasesView(viewId: string, registration: BasesViewRegistration): boolean {
    if (!atLeast("1.10.0")) throw new TypeError("this.registerBasesView is not a function");
    if (!this.app.basesEnabled) return false;
    this.app.basesViews.set(viewId, registration);
    this.register(() => this.app.basesViews.delete(viewId));
    return true;
  }

  /**
   * d.ts (1.12.2): "Command IDs must be globally unique. Attempting to register a command that is already
   * registered will throw an Error." Fake: kept in `app.cliHandlers` (a test runs one with `t.runCli`).
   */
  registerCliHandler(command: string, description: string, flags: CliFlags | null, handler: CliHandler): void {
    if (!atLeast("1.12.2")) throw new TypeError("this.registerCliHandler is not a function");
    if (this.app.cliHandlers.has(command)) throw new Error(`CLI command ${command} is already registered`);
    this.app.cliHandlers.set(command, { description, flags, handler });
    this.register(() => this.app.cliHandlers.delete(command));
  }

  addSettingTab(settingTab: PluginSettingTab): void {
    // d.ts (1.13): update() "Called by addSettingTab()", for search indexing.
    if (atLeast("1.13.0")) settingTab.update();
    this.settingTabs.push(settingTab);
    this.app.setting.pluginTabs.push(settingTab);
    this.register(() => this.app.setting.pluginTabs.splice(this.app.setting.pluginTabs.indexOf(settingTab), 1));
  }

  registerView(type: string, viewCreator: ViewCreator): void {
    this.app.viewRegistry.set(type, viewCreator);
    this.register(() => {
      this.app.viewRegistry.delete(type);
      // The leaves stay (Obsidian keeps them for when the plugin comes back); their views are closed.
      for (const leaf of this.app.workspace.getLeavesOfType(type)) void leaf.open(new EmptyView(leaf));
    });
  }

  registerHoverLinkSource(id: string, info: { display: string; defaultMod: boolean }): void {
    this.app.hoverLinkSources[id] = info;
    this.register(() => delete this.app.hoverLinkSources[id]);
  }

  registerExtensions(_extensions: string[], _viewType: string): void {
    void _extensions;
    void _viewType;
  }

  registerMarkdownPostProcessor(postProcessor: MarkdownPostProcessor): MarkdownPostProcessor {
    this.app.postProcessors.push(postProcessor);
    this.register(() => this.app.postProcessors.splice(this.app.postProcessors.indexOf(postProcessor), 1));
    return postProcessor;
  }

  registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler): MarkdownPostProcessor {
    if (this.app.codeBlockProcessors.has(language)) throw new Error(`A code block processor for "${language}" is already registered.`);
    this.app.codeBlockProcessors.set(language, handler);
    this.register(() => this.app.codeBlockProcessors.delete(language));
    const processor: MarkdownPostProcessor = () => undefined;
    return processor;
  }

  registerEditorExtension(_extension: unknown): void {
    void _extension;
  }

  registerObsidianProtocolHandler(_action: string, _handler: unknown): void {
    void _action;
    void _handler;
  }

  registerEditorSuggest(_editorSuggest: unknown): void {
    void _editorSuggest;
  }

  private get dataPath(): string {
    return `${this.app.vault.configDir}/plugins/${this.manifest.id}/data.json`;
  }

  async loadData(): Promise<unknown> {
    if (!(await this.app.vault.adapter.exists(this.dataPath))) return null;
    return JSON.parse(await this.app.vault.adapter.read(this.dataPath)) as unknown;
  }

  async saveData(data: unknown): Promise<void> {
    await this.app.vault.adapter.write(this.dataPath, JSON.stringify(data, null, 2));
  }

  onUserEnable(): void {}
}
