// Small DOM building blocks every section shares: note links, row buttons, badges, progress bars.
// Every attribute and element costs (in happy-dom an attribute is a whole node), so each writes only
// what styling, accessibility or behaviour needs; clicks and hovers are delegated (see events.ts).
import type { RowActions } from "./actions";
import type { RowEvents } from "./events";
import { delegateRowEvents } from "./events";

/** Looks up the display name for a note path; the renderers never guess names from the index. */
export type NameLookup = (path: string) => string;

/**
 * `parent.createEl(tag)` with its classes written as one `className` and its text as one `textContent`
 * (never parsed as HTML). Rows are built from these: createEl's `cls` goes through `classList`, which
 * reads and re-splits the class attribute for every element. An empty `cls` writes no attribute.
 */
export function child<K extends keyof HTMLElementTagNameMap>(
  parent: HTMLElement,
  tag: K,
  cls: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = parent.createEl(tag);
  if (cls !== "") el.className = cls;
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * A link to a note, styled like Obsidian's own internal links. The note's path is in `data-href`, never in
 * `href`: a note named `javascript:alert(1).md` must not become a link the browser itself could follow, so
 * only the root's delegated listeners open it, through the workspace (see `delegateRowEvents`), as Obsidian's
 * internal links carry their target in `data-href`. `tabindex` and the link role keep it in the tab order
 * (Enter follows it). The name is set as text.
 */
export function noteLink(parent: HTMLElement, path: string, name: string): HTMLAnchorElement {
  const link = child(parent, "a", "internal-link ng-link", name);
  link.setAttribute("data-href", path);
  link.setAttribute("tabindex", "0");
  link.setAttribute("role", "link");
  return link;
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
 * aria-label that says which row it acts on. No class: styles.css styles it by where it is (in the
 * group after a row's `.ng-row-main`, or a row's own single button).
 */
export function rowButton(parent: HTMLElement, text: string, label: string, events: RowEvents, onClick: () => void): HTMLButtonElement {
  const button = child(parent, "button", "", text);
  button.setAttribute("aria-label", label);
  events.onClick(button, onClick);
  return button;
}

export type BadgeTone = "good" | "warn" | "bad" | "muted";

export function badge(parent: HTMLElement, text: string, tone: BadgeTone, extraCls?: string): HTMLElement {
  const cls = extraCls === undefined ? `ng-badge ng-badge-${tone}` : `ng-badge ng-badge-${tone} ${extraCls}`;
  return child(parent, "span", cls, text);
}

/**
 * A progress bar: the native <progress> (role progressbar, its value and maximum known to screen
 * readers), with "3 of 5" as its spoken value. Styled in styles.css; no inline style.
 */
export function progressBar(parent: HTMLElement, count: number, target: number, tone: BadgeTone): HTMLProgressElement {
  const max = Math.max(target, 1);
  const bar = child(parent, "progress", `ng-progress ng-progress-${tone}`);
  bar.setAttribute("max", String(max));
  bar.setAttribute("value", String(Math.min(Math.max(count, 0), max)));
  bar.setAttribute("aria-valuetext", `${count} of ${target}`);
  return bar;
}

/** A contact's Log and Snooze buttons (Snooze only with `snooze`), named for the person they act on. */
export function contactButtons(parent: HTMLElement, contact: string, name: string, events: RowEvents, snooze = true): void {
  rowButton(parent, "Log", `Log an interaction with ${name}`, events, () => events.actions.logContact(contact));
  if (snooze) rowButton(parent, "Snooze", `Snooze reminders about ${name}`, events, () => events.actions.snoozeContact(contact));
}

/** A block's drawing: `el` emptied, then one root classed `cls` whose links and buttons reach `actions`. */
export function blockRoot(el: HTMLElement, cls: string, actions: RowActions): { root: HTMLElement; events: RowEvents } {
  el.empty();
  const root = child(el, "div", cls);
  return { root, events: delegateRowEvents(root, actions) };
}

/** An empty state said in words, not a blank space. */
export function emptyState(parent: HTMLElement, text: string): HTMLElement {
  return child(parent, "div", "ng-empty", text);
}
