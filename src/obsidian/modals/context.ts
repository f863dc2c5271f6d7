// What the modals need from the plugin: passed in, so no modal imports main.ts.
import type { App } from "obsidian";
import type { NetworkIndex } from "../../index/network-index";
import type { LocalDate } from "../../model/types";
import type { Settings } from "../../model/settings";

export interface ModalContext {
  readonly app: App;
  readonly settings: Settings;
  index(): NetworkIndex;
  /** The local date now (injectable for tests). */
  today(): LocalDate;
}

/** Whether a folder (vault path, "" for the root) lies in one of the setting's folders, at any depth. */
export function inFolders(folder: string, folders: readonly string[]): boolean {
  const lower = folder.toLowerCase();
  return folders.some((raw) => {
    const f = raw.trim().replace(/\\/g, "/").replace(/^\.?\/+|\/+$/g, "").toLowerCase();
    return f !== "" && (lower === f || lower.startsWith(`${f}/`));
  });
}
