// A Bases view "Keep in touch" (Obsidian 1.10 and later, SPEC §4): the base's entries that are contacts, with last
// contact, due, days overdue and open follow-ups, Log and Snooze buttons, most overdue first.
import { BasesView, requireApiVersion, type Plugin, type QueryController } from "obsidian";
import { renderKeepInTouch } from "../render/keep-in-touch";
import { showReading, type NetworkHost } from "./host";

export const KEEP_IN_TOUCH_VIEW = "network-goals-keep-in-touch";

/**
 * Registers the view where the running Obsidian has Bases. Returns false when it does not (older than 1.10)
 * or when Bases is turned off in this vault (registerBasesView says so).
 */
export function registerKeepInTouchView(plugin: Plugin, host: NetworkHost): boolean {
  if (requireApiVersion("1.10.0")) {
    // Declared here, not at the top: on an Obsidian without Bases `BasesView` is undefined, and a class that
    // extends it at load time would stop the whole plugin from loading.
    class KeepInTouchView extends BasesView {
      readonly type = KEEP_IN_TOUCH_VIEW;

      readonly #el: HTMLElement;

      constructor(controller: QueryController, el: HTMLElement) {
        super(controller);
        this.#el = el;
      }

      override onload(): void {
        // The base's rows come with onDataUpdated; the contacts' facts change with the index.
        host.onRefresh(this, () => this.#draw());
      }

      onDataUpdated(): void {
        this.#draw();
      }

      #draw(): void {
        if (showReading(host, this.#el)) return;
        const index = host.index();
        const paths = (this.data?.data ?? []).map((entry) => entry.file.path).filter((path) => index.contact(path) !== undefined);
        renderKeepInTouch(this.#el, host.keepInTouch(paths), host.rowActions(this), host.today());
      }
    }
    return plugin.registerBasesView(KEEP_IN_TOUCH_VIEW, {
      name: "Keep in touch",
      icon: "users",
      factory: (controller, containerEl) => new KeepInTouchView(controller, containerEl),
    });
  }
  return false;
}
