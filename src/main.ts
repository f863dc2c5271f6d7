// Network Goals: lifecycle only — settings, the index, the sidebar, code blocks, commands.
import { Events, Keymap, Plugin, requireApiVersion, type Component, type EventRef, type WorkspaceLeaf } from "obsidian";
import type { GoalCounter } from "./insights/goal-counter";
import { LiveReport } from "./insights/live-report";
import type { Report } from "./insights/report";
import type { Review } from "./insights/review";
import { personPage, type PersonPage } from "./insights/person-page";
import { localToday } from "./model/calendar";
import { DEFAULT_SETTINGS, readSettings, type Settings } from "./model/settings";
import type { LocalDate } from "./model/types";
import type { NetworkIndex } from "./index/network-index";
import type { RowActions } from "./render/actions";
import { basename } from "./render/format";
import { registerCliHandlers } from "./obsidian/cli-handlers";
import { registerKeepInTouchView } from "./obsidian/keep-in-touch-view";
import { keepInTouchRows, type KeepInTouchRow } from "./insights/reconnect";
import { dayNumber } from "./model/calendar";
import { registerCodeBlocks } from "./obsidian/codeblocks";
import { registerCommands, writeActions } from "./obsidian/commands";
import type { NetworkHost } from "./obsidian/host";
import { VaultIndexer, type ReadingProgress } from "./obsidian/indexer";
import { NetworkSettingTab } from "./obsidian/settings-tab";
import { NetworkSidebarView, VIEW_TYPE_NETWORK } from "./obsidian/view";

/** How often to look at the clock: "overdue" changes at midnight without any file event. */
const CLOCK_CHECK_MS = 60_000;

export default class NetworkGoalsPlugin extends Plugin implements NetworkHost {
  override settings: Settings = { ...DEFAULT_SETTINGS };
  #indexer!: VaultIndexer;
  /** Fires "refresh" when the index moved (debounced) or the day changed. */
  readonly #changes = new Events();
  /** The one revision views compare: moves with every "refresh". */
  #shown = 0;
  #day: LocalDate = localToday();
  /** The report of the current index, brought up to date by each change (a rebuilt index gets a new one). */
  #live: { index: NetworkIndex; report: LiveReport } | null = null;

  override async onload(): Promise<void> {
    this.settings = readSettings(await this.loadData()).settings;
    this.#indexer = this.addChild(new VaultIndexer(this.app, this.settings, () => this.#refreshViews()));
    this.registerView(VIEW_TYPE_NETWORK, (leaf) => new NetworkSidebarView(leaf, this));
    this.registerHoverLinkSource(VIEW_TYPE_NETWORK, { display: "Network Goals", defaultMod: true });
    registerCodeBlocks(this, this);
    registerCommands(this);
    this.addSettingTab(new NetworkSettingTab(this.app, this, this));
    this.addRibbonIcon("users", "Open network view", () => void this.openView());
    this.registerInterval(window.setInterval(() => this.#checkDay(), CLOCK_CHECK_MS));
    // Newer Obsidian only, each feature-detected (minAppVersion stays 1.5.7).
    registerCliHandlers(this, this);
    registerKeepInTouchView(this, this);
  }

  /** Settings changed on disk (a sync from another device): read them and every note again. */
  override async onExternalSettingsChange(): Promise<void> {
    const next = readSettings(await this.loadData()).settings;
    Object.assign(this.settings, next);
    await this.#indexer.rebuild(this.settings);
    this.#changes.trigger("refresh");
  }

  today(): LocalDate {
    return this.#day;
  }

  revision(): number {
    return this.#shown;
  }

  index(): NetworkIndex {
    return this.#indexer.index;
  }

  isIndexReady(): boolean {
    return this.#indexer.isReady;
  }

  readingProgress(): ReadingProgress | null {
    return this.#indexer.progress;
  }

  report(): Report {
    return this.#liveReport().report(this.#day, this.settings);
  }

  goalCounter(): GoalCounter {
    return this.#liveReport().counter(this.#day, this.settings);
  }

  #liveReport(): LiveReport {
    const index = this.index();
    if (this.#live?.index !== index) this.#live = { index, report: new LiveReport(index) };
    return this.#live.report;
  }

  review(period: string, top?: number): Review | { error: string } {
    return this.#liveReport().review(this.#day, this.settings, period, top);
  }

  personPage(path: string): PersonPage | null {
    return personPage(this.index(), path, this.#day, this.settings);
  }

  keepInTouch(paths: readonly string[]): KeepInTouchRow[] {
    const index = this.index();
    return keepInTouchRows(index.facts, paths, index.defaultCadence, dayNumber(this.#day));
  }

  nameOf(path: string): string {
    return this.index().contact(path)?.name ?? basename(path);
  }

  rowActions(component: Component): RowActions {
    return {
      ...writeActions(this),
      openNote: (path, event, line) =>
        void this.app.workspace.openLinkText(path, "", Keymap.isModEvent(event), line === undefined ? undefined : { eState: { line } }),
      hoverNote: (path, event, target) => {
        this.app.workspace.trigger("hover-link", {
          event,
          source: VIEW_TYPE_NETWORK,
          hoverParent: component,
          targetEl: target,
          linktext: path,
          sourcePath: "",
        });
      },
    };
  }

  onRefresh(component: Component, redraw: () => void): void {
    const ref: EventRef = this.#changes.on("refresh", redraw);
    component.register(() => this.#changes.offref(ref));
  }

  async openView(): Promise<void> {
    const { workspace } = this.app;
    let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE_NETWORK)[0] ?? null;
    if (!leaf) {
      leaf = workspace.getRightLeaf(false);
      if (!leaf) return;
      await leaf.setViewState({ type: VIEW_TYPE_NETWORK, active: true });
    }
    // revealLeaf is 1.7.2; before it, making the leaf active shows it.
    if (requireApiVersion("1.7.2")) await workspace.revealLeaf(leaf);
    else workspace.setActiveLeaf(leaf, { focus: true });
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
    // Folders and the default cadence change what every note is: read them all again.
    await this.#indexer.rebuild(this.settings);
  }

  #checkDay(): void {
    const today = localToday();
    if (today === this.#day) return;
    this.#day = today;
    this.#refreshViews();
  }

  /** What the views show may have moved (the index after its debounce, reading progress, the day). */
  #refreshViews(): void {
    this.#shown++;
    this.#changes.trigger("refresh");
  }
}
