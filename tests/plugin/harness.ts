// A small plugin wired the way main.ts wires commands, settings tab and indexer, loaded through the fake host.
import { Plugin, type App } from "obsidian";
import { createTestApp, type TestAppOptions } from "../obsidian-fake";
import type { NetworkIndex } from "../../src/index/network-index";
import { DEFAULT_SETTINGS, type Settings } from "../../src/model/settings";
import type { LocalDate } from "../../src/model/types";
import { registerCommands, type CommandHost } from "../../src/obsidian/commands";
import { VaultIndexer } from "../../src/obsidian/indexer";
import { NetworkSettingTab } from "../../src/obsidian/settings-tab";
import { LiveReport } from "../../src/insights/live-report";
import type { Review } from "../../src/insights/review";
import type { ReadingProgress } from "../../src/obsidian/indexer";

export const TODAY = "2026-05-20";

export class TestPlugin extends Plugin implements CommandHost {
  override settings: Settings = { ...DEFAULT_SETTINGS };
  indexer!: VaultIndexer;
  viewOpened = 0;
  saved: Settings[] = [];

  override onload(): void {
    this.indexer = this.addChild(new VaultIndexer(this.app, this.settings, () => undefined));
    registerCommands(this);
    this.addSettingTab(new NetworkSettingTab(this.app, this, this));
  }

  index(): NetworkIndex {
    return this.indexer.index;
  }

  today(): LocalDate {
    return TODAY;
  }

  isIndexReady(): boolean {
    return this.indexer.isReady;
  }

  readingProgress(): ReadingProgress | null {
    return this.indexer.progress;
  }

  review(period: string): Review | { error: string } {
    return new LiveReport(this.indexer.index).review(TODAY, this.settings, period);
  }

  openView(): void {
    this.viewOpened++;
  }

  async saveSettings(): Promise<void> {
    this.saved.push({ ...this.settings });
    await this.saveData(this.settings);
  }
}

export async function start(files: Record<string, string>, options: Pick<TestAppOptions, "apiVersion"> = {}) {
  const t = createTestApp({ files, today: TODAY, ...options });
  const plugin = await t.loadPlugin(TestPlugin, { id: "network-goals", name: "Network Goals" });
  await t.settle(150);
  const app = t.app as unknown as App;
  /** The note's text as stored. */
  const read = async (path: string): Promise<string> => {
    const file = app.vault.getFileByPath(path);
    if (!file) throw new Error(`no file ${path}`);
    return app.vault.read(file);
  };
  return { ...t, plugin, obsidianApp: app, read };
}
