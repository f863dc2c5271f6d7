// The window around the plugin, with Obsidian's class names so obsidian-theme.css can style it as the app looks:
// on a desktop the ribbon on the left, the main area's tab bar (the note's tab) over the note in reading view,
// the right sidebar's tab bar (the Network view's tab, with its icon) over the view, and the status bar; on a
// phone one pane at a time (the note under its mobile header, or the right sidebar as the drawer), the navigation
// bar at the bottom and no ribbon. Class names from Obsidian's DOM as themes style it (see README.md); the
// content of the frame (other ribbon icons, other sidebar tabs, the status bar's counts) is set dressing, except
// the plugin's own ribbon icon and view, which are the ones main.js registered.
import { drawIcons, icon } from "./icons";

export interface Frame {
  /** Where the note's reading view goes (`.markdown-preview-sizer`). */
  noteEl: HTMLElement;
  /** Where the sidebar leaf goes. */
  sidebarEl: HTMLElement;
}

export type Pane = "note" | "sidebar";

function tab(container: HTMLElement, iconId: string, title: string, active: boolean, closable: boolean): void {
  const header = container.createDiv({ cls: ["workspace-tab-header", "tappable", ...(active ? ["is-active", "mod-active"] : [])], attr: { "aria-label": title } });
  const inner = header.createDiv({ cls: "workspace-tab-header-inner" });
  icon(inner.createDiv({ cls: "workspace-tab-header-inner-icon" }), iconId);
  inner.createDiv({ cls: "workspace-tab-header-inner-title", text: title });
  if (closable) icon(inner.createDiv({ cls: "workspace-tab-header-inner-close-button", attr: { "aria-label": "Close" } }), "x");
}

function clickable(parent: HTMLElement, cls: string, iconId: string, label: string): HTMLElement {
  const el = parent.createDiv({ cls: [cls, "clickable-icon"], attr: { "aria-label": label } });
  icon(el, iconId);
  return el;
}

/** Builds the frame into `.app-container`; `ribbonIcons` are the plugin's (addRibbonIcon), `status` the status bar's items. */
export function buildFrame(app: HTMLElement, notePath: string, ribbonIcons: HTMLElement[], status: string[], phone: boolean): Frame {
  const workspace = app.createDiv({ cls: "horizontal-main-container" }).createDiv({ cls: "workspace" });

  // The ribbon, as with the left sidebar collapsed: its toggle at the top, core plugins' actions, then the plugin's.
  const ribbon = workspace.createDiv({ cls: ["workspace-ribbon", "side-dock-ribbon", "mod-left", "is-collapsed"] });
  clickable(ribbon, "sidebar-toggle-button", "panel-left", "Expand");
  const actions = ribbon.createDiv({ cls: "side-dock-actions" });
  for (const [id, label] of [["git-fork", "Open graph view"], ["layout-dashboard", "Create new canvas"], ["calendar-days", "Open today's daily note"], ["terminal", "Open command palette"]] as const) {
    clickable(actions, "side-dock-ribbon-action", id, label);
  }
  for (const el of ribbonIcons) {
    el.addClass("clickable-icon");
    actions.appendChild(el);
  }
  clickable(ribbon.createDiv({ cls: "side-dock-settings" }), "side-dock-ribbon-action", "circle-help", "Help");

  // The main area: one tab group with the note's tab, then the leaf (view header over reading view).
  const name = notePath.replace(/^.*\//, "").replace(/\.md$/, "");
  const folder = notePath.includes("/") ? notePath.replace(/\/[^/]*$/, "") : "";
  const root = workspace.createDiv({ cls: ["workspace-split", "mod-vertical", "mod-root"] });
  const mainTabs = root.createDiv({ cls: ["workspace-tabs", "mod-top", "mod-active"] });
  const mainHeader = mainTabs.createDiv({ cls: "workspace-tab-header-container" });
  tab(mainHeader.createDiv({ cls: "workspace-tab-header-container-inner" }), "file-text", name, true, true);
  clickable(mainHeader, "workspace-tab-header-new-tab", "plus", "New tab");
  mainHeader.createDiv({ cls: "workspace-tab-header-spacer" });
  clickable(mainHeader, "workspace-tab-header-tab-list", "chevron-down", "Tab list");
  const leaf = mainTabs.createDiv({ cls: "workspace-tab-container" }).createDiv({ cls: ["workspace-leaf", "mod-active"] });
  const content = leaf.createDiv({ cls: "workspace-leaf-content", attr: { "data-type": "markdown", "data-mode": "preview" } });
  const viewHeader = content.createDiv({ cls: "view-header" });
  const left = viewHeader.createDiv({ cls: "view-header-left" });
  if (phone) clickable(left, "view-header-sidebar-toggle", "menu", "Open sidebar");
  else {
    const nav = left.createDiv({ cls: "view-header-nav-buttons" });
    clickable(nav, "view-header-nav-button", "arrow-left", "Navigate back");
    clickable(nav, "view-header-nav-button", "arrow-right", "Navigate forward");
  }
  const titles = viewHeader.createDiv({ cls: "view-header-title-container" });
  if (folder !== "" && !phone) titles.createSpan({ cls: "view-header-title-parent", text: `${folder} / ` });
  titles.createDiv({ cls: "view-header-title", text: name });
  const viewActions = viewHeader.createDiv({ cls: "view-actions" });
  clickable(viewActions, "view-action", "book-open", "Current view: reading");
  clickable(viewActions, "view-action", "more-vertical", "More options");
  const noteEl = content
    .createDiv({ cls: "view-content" })
    .createDiv({ cls: "markdown-reading-view" })
    .createDiv({ cls: ["markdown-preview-view", "markdown-rendered", "is-readable-line-width"] })
    .createDiv({ cls: "markdown-preview-sizer" });

  // The right sidebar: its tab bar (icons only, as sidebars show them), the Network view's tab selected.
  const right = workspace.createDiv({ cls: ["workspace-split", "mod-horizontal", "mod-sidedock", "mod-right-split"] });
  const sideTabs = right.createDiv({ cls: ["workspace-tabs", "mod-top"] });
  const sideHeader = sideTabs.createDiv({ cls: "workspace-tab-header-container" });
  const sideInner = sideHeader.createDiv({ cls: "workspace-tab-header-container-inner" });
  tab(sideInner, "link", "Backlinks", false, false);
  tab(sideInner, "list", "Outline", false, false);
  tab(sideInner, "users", "Network", true, false);
  sideHeader.createDiv({ cls: "workspace-tab-header-spacer" });
  clickable(sideHeader, "sidebar-toggle-button", "panel-right", "Collapse");
  const sidebarEl = sideTabs.createDiv({ cls: "workspace-tab-container" });

  const bar = app.createDiv({ cls: "status-bar" });
  for (const item of status) bar.createDiv({ cls: "status-bar-item", text: item });
  if (phone) {
    const navbar = app.createDiv({ cls: "mobile-navbar" }).createDiv({ cls: "mobile-navbar-actions" });
    for (const [id, label] of [["arrow-left", "Back"], ["arrow-right", "Forward"], ["plus", "New tab"], ["square", "Tabs"], ["menu", "Menu"]] as const) {
      clickable(navbar, "mobile-navbar-action", id, label);
    }
  }
  drawIcons(app);
  return { noteEl, sidebarEl };
}

/**
 * What a screenshot shows. `frame: true` is the window as the user sees it (status bar, phone navigation bar);
 * `false` crops to one pane, without the bars that float over it. On a phone one pane shows at a time.
 */
export function show(pane: Pane, frame: boolean): void {
  document.body.setAttribute("data-ng-pane", pane);
  document.body.toggleClass("ng-crop", !frame);
}
