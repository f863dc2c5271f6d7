// The "Network" sidebar: the active contact's page, follow-ups, reconnect, birthdays, goals, people to meet and
// problems, redrawn only when needed.
import { ItemView, type WorkspaceLeaf } from "obsidian";
import { createSidebarState, renderSidebar, type SidebarState } from "../render/sidebar";
import type { NetworkHost } from "./host";
import { ShownDrawing } from "./shown";

export const VIEW_TYPE_NETWORK = "network-goals-sidebar";

export class NetworkSidebarView extends ItemView {
  /** Collapsed sections and "show more" limits survive redraws. */
  readonly #state: SidebarState = createSidebarState();
  readonly #drawing: ShownDrawing;

  readonly #host: NetworkHost;

  constructor(leaf: WorkspaceLeaf, host: NetworkHost) {
    super(leaf);
    this.#host = host;
    this.#drawing = new ShownDrawing(
      host,
      this.contentEl,
      () => {
        const active = this.#activeNote();
        const person = active === null ? null : this.#host.personPage(active);
        renderSidebar(this.contentEl, { ...this.#host.report(), person }, this.#host.rowActions(this), this.#state, (path) => this.#host.nameOf(path));
      },
      () => this.#activeNote() ?? "",
    );
  }

  override getViewType(): string {
    return VIEW_TYPE_NETWORK;
  }

  override getDisplayText(): string {
    return "Network";
  }

  override getIcon(): string {
    return "users";
  }

  override async onOpen(): Promise<void> {
    this.contentEl.addClass("ng-view");
    // A view hidden behind another tab is not redrawn; it catches up when it is shown again.
    this.#drawing.start(this);
    // The person's page follows the note being read: Obsidian fires file-open when a leaf shows another file.
    this.registerEvent(this.app.workspace.on("file-open", () => this.refresh()));
  }

  /**
   * The note the user is reading: Obsidian's getActiveFile is the active file view's file, or the most recently
   * active one when the focus is elsewhere (this sidebar, say), so clicking in the sidebar keeps the page.
   */
  #activeNote(): string | null {
    return this.app.workspace.getActiveFile()?.path ?? null;
  }

  override async onClose(): Promise<void> {
    this.contentEl.empty();
  }

  /** Redraws when shown, and only when the host revision moved since the last drawing. */
  refresh(): void {
    this.#drawing.refresh();
  }
}
