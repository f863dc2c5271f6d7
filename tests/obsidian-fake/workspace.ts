// Obsidian's Workspace, leaves and views: enough layout for a plugin to open, find and close its views.
import type { OpenViewState, PaneType, ViewState, ViewStateResult } from "obsidian";
import type { App } from "./app";
import { Component, Events } from "./events";
import { TFile, getLinkpath } from "./files";
import { requireDom, setIcon } from "./ui";

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

export abstract class View extends Component {
  app: App;
  icon = "";
  navigation = false;
  leaf: WorkspaceLeaf;
  containerEl: HTMLElement;
  scope: unknown = null;
  constructor(leaf: WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = leaf.app;
    this.containerEl = requireDom("A view").createElement("div");
    this.containerEl.addClass("workspace-leaf-content");
  }
  protected async onOpen(): Promise<void> {}
  protected async onClose(): Promise<void> {}
  /** Fake-only: Obsidian's internal open/close around onOpen/onClose. */
  async open(parentEl: HTMLElement): Promise<void> {
    parentEl.appendChild(this.containerEl);
    this.load();
    await this.onOpen();
  }
  async close(): Promise<void> {
    await this.onClose();
    this.unload();
    this.containerEl.detach();
  }
  abstract getViewType(): string;
  getState(): Record<string, unknown> {
    return {};
  }
  async setState(_state: unknown, _result: ViewStateResult): Promise<void> {
    void _state;
    void _result;
  }
  getEphemeralState(): Record<string, unknown> {
    return {};
  }
  setEphemeralState(_state: unknown): void {
    void _state;
  }
  getIcon(): string {
    return this.icon;
  }
  onResize(): void {}
  abstract getDisplayText(): string;
  onPaneMenu(_menu: unknown, _source: string): void {
    void _menu;
    void _source;
  }
}

export abstract class ItemView extends View {
  contentEl: HTMLElement;
  /** Fake-only: the header buttons added with addAction. */
  actions: { icon: string; title: string; el: HTMLElement }[] = [];
  private readonly actionsEl: HTMLElement;
  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    const header = this.containerEl.createDiv({ cls: "view-header" });
    this.actionsEl = header.createDiv({ cls: "view-actions" });
    this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
  }
  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.actionsEl.createEl("a", { cls: "view-action clickable-icon", attr: { "aria-label": title } });
    setIcon(el, icon);
    el.addEventListener("click", (evt) => void callback(evt));
    this.actions.push({ icon, title, el });
    return el;
  }
}

/** The view of an empty leaf (and of a view type no plugin provides any more). */
export class EmptyView extends ItemView {
  getViewType(): string {
    return "empty";
  }
  getDisplayText(): string {
    return "New tab";
  }
}

export abstract class FileView extends ItemView {
  allowNoFile = false;
  file: TFile | null = null;
  override navigation = true;
  getDisplayText(): string {
    return this.file?.basename ?? "No file";
  }
  async onLoadFile(_file: TFile): Promise<void> {
    void _file;
  }
  async onUnloadFile(_file: TFile): Promise<void> {
    void _file;
  }
  async onRename(_file: TFile): Promise<void> {
    void _file;
  }
  canAcceptExtension(extension: string): boolean {
    return extension === "md";
  }
}

/** A Markdown view without an editor: `file` and `data`; `editor` is a minimal stub over the text. */
export class MarkdownView extends FileView {
  data = "";
  private ephemeral: Record<string, unknown> = {};
  override getEphemeralState(): Record<string, unknown> {
    return this.ephemeral;
  }
  override setEphemeralState(state: unknown): void {
    this.ephemeral = typeof state === "object" && state !== null ? { ...(state as Record<string, unknown>) } : {};
  }
  editor = {
    getValue: (): string => this.data,
    setValue: (content: string): void => {
      this.data = content;
    },
    getSelection: (): string => "",
    getCursor: (): { line: number; ch: number } => ({ line: 0, ch: 0 }),
  };
  getViewType(): string {
    return "markdown";
  }
  getViewData(): string {
    return this.data;
  }
  setViewData(data: string): void {
    this.data = data;
  }
  clear(): void {
    this.data = "";
  }
  getMode(): "source" | "preview" {
    return "preview";
  }
  override async onLoadFile(file: TFile): Promise<void> {
    this.data = await this.app.vault.read(file);
  }
}

/**
 * Fake-only: a tab group (Obsidian's WorkspaceTabs). Only its selected tab is displayed; the others are
 * `display: none`, so `isShown()` is false inside them. Each side dock is one group; the main area starts
 * with one and gains another per split.
 */
export class TabGroup {
  readonly leaves: WorkspaceLeaf[] = [];
  selected: WorkspaceLeaf | null = null;

  add(leaf: WorkspaceLeaf): void {
    this.leaves.push(leaf);
    if (this.selected === null) this.select(leaf);
    else leaf.containerEl.hide();
  }

  select(leaf: WorkspaceLeaf): void {
    this.selected = leaf;
    for (const other of this.leaves) other.containerEl.toggle(other === leaf);
  }

  remove(leaf: WorkspaceLeaf): void {
    const index = this.leaves.indexOf(leaf);
    if (index >= 0) this.leaves.splice(index, 1);
    if (this.selected !== leaf) return;
    this.selected = null;
    const next = this.leaves[Math.min(index, this.leaves.length - 1)];
    if (next) this.select(next);
  }
}

export class WorkspaceLeaf extends Events {
  app: App;
  view: View;
  /** Fake-only: "main", "left" or "right". */
  side: "main" | "left" | "right";
  /** Fake-only: the tab group the leaf is a tab of. */
  readonly tabs: TabGroup;
  readonly containerEl: HTMLElement;
  constructor(app: App, side: "main" | "left" | "right", tabs: TabGroup) {
    super();
    this.app = app;
    this.side = side;
    this.tabs = tabs;
    this.containerEl = requireDom("A leaf").body.createDiv({ cls: `workspace-leaf mod-${side}` });
    this.view = new EmptyView(this);
    void this.view.open(this.containerEl);
    tabs.add(this);
  }
  get isDeferred(): boolean {
    return false;
  }
  async loadIfDeferred(): Promise<void> {}
  getViewState(): ViewState {
    return { type: this.view.getViewType(), state: this.view.getState() };
  }
  async setViewState(viewState: ViewState, eState?: unknown): Promise<void> {
    const creator = this.app.viewRegistry.get(viewState.type);
    const view = creator ? creator(this) : new EmptyView(this);
    await this.open(view);
    await view.setState(viewState.state ?? {}, { history: false });
    if (eState !== undefined) view.setEphemeralState(eState);
    if (viewState.active) this.app.workspace.setActiveLeaf(this);
    this.app.workspace.trigger("layout-change");
  }
  async open(view: View): Promise<View> {
    const old = this.view;
    if (old instanceof FileView && old.file) await old.onUnloadFile(old.file);
    await old.close();
    this.view = view;
    await view.open(this.containerEl);
    return view;
  }
  async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
    const view = this.view instanceof MarkdownView ? this.view : await this.open(new MarkdownView(this));
    if (view instanceof MarkdownView) {
      view.file = file;
      await view.onLoadFile(file);
      // Obsidian scrolls the note to `eState.line` (0-based); the fake keeps it for tests to read.
      view.setEphemeralState(openState?.eState ?? {});
    }
    if (openState?.active !== false) this.app.workspace.setActiveLeaf(this);
    this.app.workspace.trigger("file-open", file);
  }
  getEphemeralState(): unknown {
    return this.view.getEphemeralState();
  }
  setEphemeralState(state: unknown): void {
    this.view.setEphemeralState(state);
  }
  togglePinned(): void {}
  setPinned(_pinned: boolean): void {
    void _pinned;
  }
  setGroup(_group: string): void {
    void _group;
  }
  detach(): void {
    void this.view.close();
    this.containerEl.detach();
    this.tabs.remove(this);
    this.app.workspace.removeLeaf(this);
  }
  getIcon(): string {
    return this.view.getIcon();
  }
  getDisplayText(): string {
    return this.view.getDisplayText();
  }
  onResize(): void {
    this.view.onResize();
  }
}

export class Workspace extends Events {
  layoutReady = false;
  activeLeaf: WorkspaceLeaf | null = null;
  containerEl: HTMLElement | null = null;
  /** Fake-only: every leaf, in creation order. */
  leaves: WorkspaceLeaf[] = [];
  private readyCallbacks: (() => unknown)[] = [];
  /** Fake-only: every hover-link trigger, for assertions. */
  hoverLinks: unknown[] = [];
  /** Fake-only: the side docks' tab groups. */
  private readonly docks = { left: new TabGroup(), right: new TabGroup() };

  constructor(private readonly app: App) {
    super();
    this.on("hover-link", (info) => this.hoverLinks.push(info));
  }

  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) setTimeout(() => void callback(), 0);
    else this.readyCallbacks.push(callback);
  }

  /** Fake-only: what Obsidian does once the layout is restored. */
  async makeLayoutReady(): Promise<void> {
    this.layoutReady = true;
    const callbacks = this.readyCallbacks;
    this.readyCallbacks = [];
    for (const cb of callbacks) await cb();
    this.trigger("layout-ready");
  }

  /** `false`: the active (or first) main leaf; `true`/"tab": a new tab beside it; "split"/"window": a new group. */
  getLeaf(newLeaf?: PaneType | boolean | "split"): WorkspaceLeaf {
    const current = this.activeLeaf?.side === "main" ? this.activeLeaf : this.leaves.find((l) => l.side === "main");
    if (!newLeaf && current) return current;
    const tabs = newLeaf === "split" || newLeaf === "window" || !current ? new TabGroup() : current.tabs;
    return this.addLeaf("main", tabs);
  }
  /** A new tab in the right dock (not selected while another tab is). */
  getRightLeaf(_split: boolean): WorkspaceLeaf {
    void _split;
    return this.addLeaf("right", this.docks.right);
  }
  getLeftLeaf(_split: boolean): WorkspaceLeaf {
    void _split;
    return this.addLeaf("left", this.docks.left);
  }
  async ensureSideLeaf(type: string, side: "left" | "right", options?: { active?: boolean; reveal?: boolean; state?: Record<string, unknown> }): Promise<WorkspaceLeaf> {
    const existing = this.getLeavesOfType(type).find((l) => l.side === side);
    if (existing) return existing;
    const leaf = this.addLeaf(side, this.docks[side]);
    await leaf.setViewState({ type, active: options?.active ?? false, state: options?.state });
    return leaf;
  }
  getLeavesOfType(viewType: string): WorkspaceLeaf[] {
    return this.leaves.filter((leaf) => leaf.view.getViewType() === viewType);
  }
  detachLeavesOfType(viewType: string): void {
    for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
  }
  /** Selects the leaf's tab, so it is shown. */
  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    leaf.tabs.select(leaf);
  }
  iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of [...this.leaves]) callback(leaf);
  }
  iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of this.leaves.filter((l) => l.side === "main")) callback(leaf);
  }
  /** Makes the leaf active, selecting its tab (so it is shown), then fires active-leaf-change. */
  setActiveLeaf(leaf: WorkspaceLeaf): void {
    if (this.activeLeaf === leaf) return;
    leaf.tabs.select(leaf);
    this.activeLeaf = leaf;
    this.trigger("active-leaf-change", leaf);
  }
  getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }
  getActiveFile(): TFile | null {
    const view = this.activeLeaf?.view;
    if (view instanceof FileView) return view.file;
    const main = this.leaves.filter((l) => l.side === "main").map((l) => l.view).find((v) => v instanceof FileView);
    return main instanceof FileView ? main.file : null;
  }
  async openLinkText(linktext: string, sourcePath: string, newLeaf?: PaneType | boolean, openViewState?: OpenViewState): Promise<void> {
    const path = getLinkpath(linktext);
    let file = this.app.metadataCache.getFirstLinkpathDest(path, sourcePath);
    // Obsidian creates the note when the link does not resolve.
    file ??= await this.app.vault.create(path.endsWith(".md") ? path : `${path}.md`, "");
    await this.getLeaf(newLeaf).openFile(file, openViewState);
  }
  getLastOpenFiles(): string[] {
    return [];
  }
  requestSaveLayout = Object.assign(async (): Promise<void> => {}, { cancel: () => undefined, run: () => undefined });

  /** Fake-only: used by WorkspaceLeaf.detach. */
  removeLeaf(leaf: WorkspaceLeaf): void {
    const index = this.leaves.indexOf(leaf);
    if (index >= 0) this.leaves.splice(index, 1);
    if (this.activeLeaf === leaf) {
      this.activeLeaf = null;
      this.trigger("active-leaf-change", null);
    }
    this.trigger("layout-change");
  }

  private addLeaf(side: "main" | "left" | "right", tabs: TabGroup): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, side, tabs);
    this.leaves.push(leaf);
    return leaf;
  }
}
