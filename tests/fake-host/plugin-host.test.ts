// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import {
  Component,
  Events,
  FuzzySuggestModal,
  ItemView,
  MarkdownRenderChild,
  Menu,
  Notice,
  Plugin,
  PluginSettingTab,
  Setting,
  TFile,
  createTestApp,
  debounce,
  normalizePath,
  type WorkspaceLeaf,
} from "../obsidian-fake";

const VIEW = "fake-test-view";

class CountView extends ItemView {
  opened = 0;
  closed = 0;
  getViewType(): string {
    return VIEW;
  }
  getDisplayText(): string {
    return "Count";
  }
  override async onOpen(): Promise<void> {
    this.opened++;
    this.contentEl.createEl("p", { text: `notes: ${this.app.vault.getMarkdownFiles().length}` });
  }
  override async onClose(): Promise<void> {
    this.closed++;
  }
}

class Counter extends MarkdownRenderChild {
  unloaded = false;
  override onunload(): void {
    this.unloaded = true;
  }
}

class PickNote extends FuzzySuggestModal<TFile> {
  chosen: TFile | null = null;
  getItems(): TFile[] {
    return this.app.vault.getMarkdownFiles();
  }
  getItemText(item: TFile): string {
    return item.basename;
  }
  onChooseItem(item: TFile): void {
    this.chosen = item;
  }
}

class Tab extends PluginSettingTab {
  constructor(
    app: TestPlugin["app"],
    readonly owner: TestPlugin,
  ) {
    super(app, owner);
  }
  override display(): void {
    new Setting(this.containerEl).setName("Default cadence").addText((text) =>
      text.setValue(this.owner.settings.cadence).onChange(async (value) => {
        this.owner.settings.cadence = value;
        await this.owner.saveData(this.owner.settings);
      }),
    );
    new Setting(this.containerEl).setName("Show problems").addToggle((toggle) =>
      toggle.setValue(true).onChange((value) => {
        this.owner.toggled = value;
      }),
    );
  }
}

class TestPlugin extends Plugin {
  events: string[] = [];
  override settings = { cadence: "90d" };
  toggled: boolean | null = null;
  override async onload(): Promise<void> {
    this.events.push("onload");
    this.settings = Object.assign({}, { cadence: "90d" }, (await this.loadData()) as object | null);
    this.registerView(VIEW, (leaf: WorkspaceLeaf) => new CountView(leaf));
    this.addCommand({ id: "open", name: "Open", callback: () => void this.open() });
    this.addCommand({ id: "never", name: "Never", checkCallback: () => false });
    this.addSettingTab(new Tab(this.app, this));
    this.registerMarkdownCodeBlockProcessor("count", (source, el, ctx) => {
      el.createSpan({ text: `${source.trim()} in ${ctx.sourcePath}` });
      ctx.addChild(new Counter(el));
    });
    this.registerEvent(this.app.vault.on("create", () => this.events.push("vault:create")));
    this.registerEvent(this.app.metadataCache.on("resolved", () => this.events.push("resolved")));
    this.app.workspace.onLayoutReady(() => this.events.push("layout-ready"));
  }
  async open(): Promise<void> {
    const leaf = this.app.workspace.getRightLeaf(false);
    await leaf?.setViewState({ type: VIEW, active: true });
  }
}

const MANIFEST = { id: "test-plugin", name: "Test plugin" };

describe("loading a plugin", () => {
  it("starts like Obsidian on a warm start: onload, start-up creates, layout ready, and no resolved until a change", async () => {
    const t = createTestApp({ files: { "a.md": "", "People/b.md": "" } });
    const plugin = await t.loadPlugin(TestPlugin, MANIFEST);
    expect(plugin.events).toEqual(["onload", "vault:create", "vault:create", "vault:create", "layout-ready"]);
    // A plugin that waits for `resolved` before it shows anything waits until the user edits a note.
    await t.writeNote("a.md", "edited\n");
    expect(plugin.events.slice(5)).toContain("resolved");
  });

  it("keeps settings in .obsidian/plugins/<id>/data.json", async () => {
    const t = createTestApp({ files: { ".obsidian/plugins/test-plugin/data.json": '{"cadence":"30d"}' } });
    const plugin = await t.loadPlugin(TestPlugin, MANIFEST);
    expect(plugin.settings.cadence).toBe("30d");
    const tab = t.openSettings(plugin);
    const input = tab.containerEl.querySelector("input") as HTMLInputElement;
    expect(input.value).toBe("30d");
    input.value = "2w";
    input.dispatchEvent(new Event("input"));
    await t.settle();
    expect(JSON.parse(await t.vault.adapter.read(".obsidian/plugins/test-plugin/data.json"))).toEqual({ cadence: "2w" });
    (tab.containerEl.querySelector(".checkbox-container") as HTMLElement).click();
    expect(plugin.toggled).toBe(false);
  });

  it("runs commands by id and opens views through the registered factory", async () => {
    const t = createTestApp({ files: { "a.md": "" } });
    await t.loadPlugin(TestPlugin, MANIFEST);
    expect(await t.runCommand("never")).toBe(false);
    expect(await t.runCommand("test-plugin:open")).toBe(true);
    const leaves = t.workspace.getLeavesOfType(VIEW);
    expect(leaves).toHaveLength(1);
    const view = leaves[0]?.view;
    expect(view).toBeInstanceOf(CountView);
    expect((view as CountView).opened).toBe(1);
    expect((view as CountView).containerEl.children[1]).toBe((view as CountView).contentEl);
    expect((view as CountView).contentEl.textContent).toBe("notes: 1");
    expect(t.workspace.activeLeaf).toBe(leaves[0]);
    t.workspace.detachLeavesOfType(VIEW);
    expect(t.workspace.getLeavesOfType(VIEW)).toHaveLength(0);
    expect((view as CountView).closed).toBe(1);
  });

  it("renders code blocks with a context that knows its section, and unloads their children", async () => {
    const t = createTestApp({ files: { "Journal/2026-03-02.md": "# Day\n\n```count\nthree\n```\n" } });
    await t.loadPlugin(TestPlugin, MANIFEST);
    const [block] = await t.renderNote("Journal/2026-03-02.md");
    expect(block?.el.textContent).toBe("three in Journal/2026-03-02.md");
    expect(block?.ctx.getSectionInfo(block.el)).toMatchObject({ lineStart: 2, lineEnd: 4 });
    const child = block?.children[0] as Counter;
    block?.unload();
    expect(child.unloaded).toBe(true);
  });

  it("cleans up everything it registered on unload", async () => {
    const t = createTestApp({ files: { "a.md": "" } });
    const plugin = await t.loadPlugin(TestPlugin, MANIFEST);
    await t.runCommand("open");
    const view = t.workspace.getLeavesOfType(VIEW)[0]?.view as CountView;
    const before = t.vault.listenerCount("create");
    await t.unloadPlugin(plugin);
    expect(t.vault.listenerCount("create")).toBe(before - 1);
    expect(Object.keys(t.app.commands.commands)).toEqual([]);
    expect(t.app.codeBlockProcessors.size).toBe(0);
    expect(view.closed).toBe(1);
  });
});

describe("Component and Events", () => {
  it("unloads children, registered events, intervals and callbacks", () => {
    const events = new Events();
    const parent = new Component();
    const child = new Component();
    const log: string[] = [];
    child.onunload = () => log.push("child");
    parent.onunload = () => log.push("parent");
    parent.load();
    parent.addChild(child);
    expect(child._loaded).toBe(true);
    parent.registerEvent(events.on("x", () => log.push("x")));
    parent.register(() => log.push("registered"));
    let ticks = 0;
    parent.registerInterval(window.setInterval(() => ticks++, 1));
    const el = document.createElement("div");
    parent.registerDomEvent(el, "click", () => log.push("click"));
    events.trigger("x");
    el.click();
    parent.unload();
    events.trigger("x");
    el.click();
    expect(log).toEqual(["x", "click", "child", "registered", "parent"]);
    expect(events.listenerCount("x")).toBe(0);
    expect(child._loaded).toBe(false);
  });

  it("offref removes one listener; a throwing listener does not stop the others", () => {
    const events = new Events();
    const log: string[] = [];
    const ref = events.on("e", () => log.push("a"));
    events.on("e", () => {
      throw new Error("listener failed");
    });
    events.on("e", (v) => log.push(`b${String(v)}`));
    const err = console.error;
    console.error = () => undefined;
    events.trigger("e", 1);
    events.offref(ref);
    events.trigger("e", 2);
    console.error = err;
    expect(log).toEqual(["a", "b1", "b2"]);
  });
});

describe("UI pieces", () => {
  it("records notices, chooses from fuzzy modals, clicks menu items", async () => {
    const t = createTestApp({ files: { "People/Jane Doe.md": "", "People/Bob Li.md": "" } });
    new Notice("Saved");
    expect(t.notices.map((n) => n.message)).toEqual(["Saved"]);
    const modal = new PickNote(t.fake);
    modal.open();
    expect(t.ui.openModals).toContain(modal);
    const found = await modal.setQuery("jdoe");
    expect(found.map((m) => m.item.basename)).toEqual(["Jane Doe"]);
    modal.chooseSuggestion(0);
    expect(modal.chosen?.path).toBe("People/Jane Doe.md");
    expect(t.ui.openModals).toHaveLength(0);
    let clicked = "";
    const menu = new Menu().addItem((item) => item.setTitle("Snooze").setIcon("clock").onClick(() => (clicked = "snooze")));
    menu.showAtMouseEvent(new MouseEvent("contextmenu"));
    expect(t.ui.menus[0]?.items.map((i) => i.title)).toEqual(["Snooze"]);
    menu.clickItem("Snooze");
    expect(clicked).toBe("snooze");
  });

  it("debounce runs once after the wait, and cancel/run work", async () => {
    const calls: number[] = [];
    const d = debounce((n: number) => calls.push(n), 20, true);
    d(1);
    d(2);
    await new Promise((r) => setTimeout(r, 40));
    expect(calls).toEqual([2]);
    d(3);
    d.cancel();
    d(4);
    d.run();
    expect(calls).toEqual([2, 4]);
  });

  it("normalizePath follows Obsidian's rules", () => {
    expect(normalizePath("//People\\\\Jane Doe.md/")).toBe("People/Jane Doe.md");
    expect(normalizePath("")).toBe("/");
    expect(normalizePath("Cafe\u0301\u00A0notes.md")).toBe("Caf\u00e9 notes.md");
  });
});
