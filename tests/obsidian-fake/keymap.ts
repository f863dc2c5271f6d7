// Keymap.isModEvent as Obsidian documents it: which kind of pane a click asks for.
import type { PaneType } from "obsidian";

export class Keymap {
  /** 'tab' with Cmd/Ctrl or a middle click, 'split' with Cmd/Ctrl+Alt, 'window' with Cmd/Ctrl+Alt+Shift; else false. */
  static isModEvent(evt?: MouseEvent | KeyboardEvent | null): PaneType | boolean {
    if (!evt) return false;
    const mod = evt.ctrlKey || evt.metaKey;
    if (mod && evt.altKey && evt.shiftKey) return "window";
    if (mod && evt.altKey) return "split";
    if (mod || ("button" in evt && evt.button === 1)) return "tab";
    return false;
  }
}
