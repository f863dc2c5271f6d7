// Small DOM building blocks every section shares: note links, row buttons, badges, progress bars.
// Every attribute and element costs (in happy-dom an attribute is a whole node), so each writes only
// what styling, accessibility or behaviour needs; clicks and hovers are delegated (see events.ts).
import type { RowEvents } from "./events";

/** Looks up the display name for a note path; the renderers never guess names from the index. */
export type NameLookup = (path: string) => string;

/**
 * A link to a note, styled like Obsidian's own internal links. It has an `href`, so it is in the tab
 * order and Enter follows it; the root's delegated listeners open it and ask for the page preview
 * (see `delegateRowEvents`). The name is set as text, never parsed as HTML.
 */
export function noteLink(parent: HTMLElement, path: string, name: string): HTMLAnchorElement {
  return parent.createEl("a", { cls: "internal-link ng-link", text: name, href: path, attr: { "data-href": path } });
}

/** Several contact links separated by commas: "Jane Doe, Bob Li". */
export function contactLinks(parent: HTMLElement, paths: readonly string[], names: NameLookup): void {
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i]!;
    if (i > 0) parent.appendText(", ");
    noteLink(parent, path, names(path));
  }
}

/**
 * A small row button: a real <button>, so it is focusable and answers Enter and Space, with an
 * aria-label that says which row it acts on.
 */
export function rowButton(parent: HTMLElement, text: string, label: string, events: RowEvents, onClick: () => void): HTMLButtonElement {
  const button = parent.createEl("button", { cls: "ng-row-button", text, attr: { "aria-label": label } });
  events.onClick(button, onClick);
  return button;
}

export type BadgeTone = "good" | "warn" | "bad" | "muted";

export function badge(parent: HTMLElement, text: string, tone: BadgeTone, extraCls?: string): HTMLElement {
  const cls = extraCls === undefined ? `ng-badge ng-badge-${tone}` : `ng-badge ng-badge-${tone} ${extraCls}`;
  return parent.createSpan({ cls, text });
}

/**
 * A progress bar: the native <progress> (role progressbar, its value and maximum known to screen
 * readers), with "3 of 5" as its spoken value. Styled in styles.css; no inline style.
 */
export function progressBar(parent: HTMLElement, count: number, target: number, tone: BadgeTone): HTMLProgressElement {
  const max = Math.max(target, 1);
  return parent.createEl("progress", {
    cls: `ng-progress ng-progress-${tone}`,
    attr: { max, value: Math.min(Math.max(count, 0), max), "aria-valuetext": `${count} of ${target}` },
  });
}

/** An empty state said in words, not a blank space. */
export function emptyState(parent: HTMLElement, text: string): HTMLElement {
  return parent.createDiv({ cls: "ng-empty", text });
}
