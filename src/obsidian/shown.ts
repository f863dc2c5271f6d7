// Drawing only what is on screen: the sidebar and every code block redraw when the host revision moved and
// they are shown, and catch up when they come into view (Dataview's refreshable view, obsidian-tasks' #1186).
import type { Component } from "obsidian";
import { showReading, type NetworkHost } from "./host";

/** A surface that draws from the host into `el`: the sidebar, or one code block. */
export class ShownDrawing {
  /** The host revision (and stamp) last drawn; null before the first drawing. */
  #drawn: string | null = null;

  /** `stamp`: what else the drawing shows that the revision does not follow (the sidebar: the active note). */
  readonly #host: NetworkHost;
  readonly #el: HTMLElement;
  readonly #drawReady: () => void;
  readonly #stamp: () => string;

  constructor(host: NetworkHost, el: HTMLElement, drawReady: () => void, stamp: () => string = () => "") {
    this.#host = host;
    this.#el = el;
    this.#drawReady = drawReady;
    this.#stamp = stamp;
  }

  /**
   * Draws now, and from then on redraws when the revision moves while `el` is shown. Obsidian shows and hides
   * a surface without telling it: a tab is selected, a sidebar expanded, a section of a long note scrolled
   * back in. `onNodeInserted` fires whenever `el` starts being rendered again (see tests/obsidian-fake/README.md),
   * and the sidebar's leaf changes come with `layout-change` and `active-leaf-change`.
   */
  start(component: Component): void {
    const refresh = (): void => this.refresh();
    this.#host.onRefresh(component, refresh);
    component.register(this.#el.onNodeInserted(refresh));
    const { workspace } = this.#host.app;
    component.registerEvent(workspace.on("layout-change", refresh));
    component.registerEvent(workspace.on("active-leaf-change", refresh));
    this.#draw();
  }

  /** Redraws when shown and the revision moved since the last drawing; otherwise does nothing. */
  refresh(): void {
    if (this.#drawn === this.#current() || !this.#el.isShown()) return;
    this.#draw();
  }

  #current(): string {
    return `${this.#host.revision()}|${this.#stamp()}`;
  }

  #draw(): void {
    this.#drawn = this.#current();
    if (!showReading(this.#host, this.#el)) this.#drawReady();
  }
}
