// The "Network" sidebar: follow-ups, reconnect, goals, people to meet and problems, redrawn only when needed.
import { ItemView, type WorkspaceLeaf } from "obsidian";
import { createSidebarState, renderSidebar, type SidebarState } from "../render/sidebar";
import { readingMessage, type NetworkHost } from "./host";

export const VIEW_TYPE_NETWORK = "network-goals-sidebar";

export class NetworkSidebarView extends ItemView {
  /** What was last drawn. Nothing moved, nothing to redraw. */
  private drawn: { revision: number; today: string; reading: string | null } | null = null;
  /** Collapsed sections and "show more" limits survive redraws. */
  private readonly state: SidebarState = createSidebarState();

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: NetworkHost,
  ) {
    super(leaf);
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
    this.host.onRefresh(this, () => this.refresh());
    // A view hidden behind another tab is not redrawn; it catches up when it is shown again.
    this.registerEvent(this.app.workspace.on("layout-change", () => this.refresh()));
    this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.refresh()));
    this.draw();
  }

  override async onClose(): Promise<void> {
    this.contentEl.empty();
  }

  /** Redraws when shown, and only when the index or the day moved since the last drawing. */
  refresh(): void {
    if (!this.contentEl.isShown()) return;
    const { drawn, host } = this;
    if (drawn?.revision === host.revision() && drawn.today === host.today() && drawn.reading === readingMessage(host)) return;
    this.draw();
  }

  private draw(): void {
    const reading = readingMessage(this.host);
    this.drawn = { revision: this.host.revision(), today: this.host.today(), reading };
    if (reading !== null) {
      this.contentEl.empty();
      this.contentEl.createDiv({ cls: "ng-empty ng-reading", text: reading });
      return;
    }
    renderSidebar(this.contentEl, this.host.report(), this.host.rowActions(this), this.state, (path) =>
      this.host.nameOf(path),
    );
  }
}
