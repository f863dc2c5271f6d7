// @vitest-environment happy-dom
// What the fake offers of Obsidian 1.10–1.13, as obsidian.d.ts documents it, and that it offers none of it when
// it pretends to be older (so feature detection is tested, not assumed).
import { describe, expect, it } from "vitest";
import { BasesView, Plugin, PluginSettingTab, createTestApp, requireApiVersion, type QueryController } from "../obsidian-fake";

class Probe extends Plugin {
  override settings = { name: "x" };
}

class Tab extends PluginSettingTab {
  override getSettingDefinitions() {
    return [{ type: "group" as const, heading: "General", items: [{ name: "Name", desc: "What to call it", control: { type: "text" as const, key: "name" } }] }];
  }
}

describe("the fake's newer API", () => {
  it("requireApiVersion answers for the version the test app pretends to be", () => {
    createTestApp({ apiVersion: "1.10.0" });
    expect([requireApiVersion("1.5.7"), requireApiVersion("1.10.0"), requireApiVersion("1.12.2")]).toEqual([true, true, false]);
    createTestApp();
    expect(requireApiVersion("1.13.1")).toBe(true);
  });

  it("registerCliHandler refuses a command registered twice and forgets it on unload", async () => {
    const t = createTestApp();
    const plugin = await t.loadPlugin(Probe);
    plugin.registerCliHandler("probe", "Says hi", null, () => "hi");
    expect(() => plugin.registerCliHandler("probe", "Again", null, () => "")).toThrow("already registered");
    expect(await t.runCli("probe")).toBe("hi");
    await t.unloadPlugin(plugin);
    expect(t.fake.cliHandlers.size).toBe(0);
  });

  it("registerBasesView returns false when Bases is off; a view gets its entries and onDataUpdated", async () => {
    const off = createTestApp({ bases: false });
    const offPlugin = await off.loadPlugin(Probe);
    expect(offPlugin.registerBasesView("v", { name: "V", icon: "x", factory: () => null as never })).toBe(false);
    await off.unloadPlugin(offPlugin);

    const t = createTestApp({ files: { "a.md": "", "b.md": "" } });
    const plugin = await t.loadPlugin(Probe);
    const seen: string[][] = [];
    class View extends BasesView {
      type = "v";
      constructor(controller: QueryController) {
        super(controller);
      }
      onDataUpdated(): void {
        seen.push(this.data.data.map((entry) => entry.file.path));
      }
    }
    expect(plugin.registerBasesView("v", { name: "V", icon: "x", factory: (controller) => new View(controller as never) as never })).toBe(true);
    const base = t.openBasesView("v", ["a.md"]);
    base.update(["b.md", "a.md"]);
    expect(seen).toEqual([["a.md"], ["b.md", "a.md"]]);
    base.close();
    await t.unloadPlugin(plugin);
  });

  it("1.13: a tab with definitions is indexed for search when added and drawn from them, not by display()", async () => {
    const t = createTestApp();
    const plugin = await t.loadPlugin(Probe);
    plugin.addSettingTab(new Tab(t.app as never, plugin));
    expect(t.searchSettings("call it")).toEqual(["Name"]);
    const tab = t.openSettings(plugin);
    const input = tab.containerEl.querySelector("input");
    expect(input?.value).toBe("x");
    await t.unloadPlugin(plugin);
  });

  it("before 1.10 there is no registerBasesView or registerCliHandler to call", async () => {
    const t = createTestApp({ apiVersion: "1.5.7" });
    const plugin = await t.loadPlugin(Probe);
    expect(() => plugin.registerCliHandler("probe", "", null, () => "")).toThrow(TypeError);
    expect(() => plugin.registerBasesView("v", { name: "V", icon: "x", factory: () => null as never })).toThrow(TypeError);
    await t.unloadPlugin(plugin);
  });
});
