// The page side of `sidebarChromiumMs`: the sidebar renderer and Obsidian's DOM helpers, bundled for a browser,
// drawing a report handed over as JSON into Chromium's own DOM (the DOM Obsidian's Electron window has).
import type { RowActions } from "../src/render/actions";
import type { SidebarData } from "../src/render/sidebar";
import { createSidebarState, renderSidebar } from "../src/render/sidebar";
import { installDomHelpers, installLanguageHelpers } from "../tests/obsidian-fake/dom";

const noActions: RowActions = {
  openNote: () => undefined,
  hoverNote: () => undefined,
  markFollowUpDone: () => undefined,
  snoozeFollowUp: () => undefined,
  logContact: () => undefined,
  snoozeContact: () => undefined,
};

installLanguageHelpers();
installDomHelpers(window);

/** Draws the sidebar `warmup + runs` times into one container: the timed runs' milliseconds, and the rows drawn. */
function measureSidebar(data: SidebarData, names: Record<string, string>, warmup: number, runs: number): { samples: number[]; rows: number } {
  const container = document.body.createDiv();
  const state = createSidebarState();
  const name = (path: string): string => names[path] ?? path;
  const samples: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const start = performance.now();
    renderSidebar(container, data, noActions, state, name);
    // Reading a laid-out size makes the browser apply styles and lay out the rows, as a real draw would.
    void container.offsetHeight;
    if (i >= warmup) samples.push(performance.now() - start);
  }
  return { samples, rows: container.querySelectorAll("li").length };
}

(window as unknown as { measureSidebar: typeof measureSidebar }).measureSidebar = measureSidebar;
