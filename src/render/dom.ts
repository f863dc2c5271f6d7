// Small DOM building blocks every section shares: note links, row buttons, badges, progress bars.
import type { RowActions } from "./actions";

/** Looks up the display name for a note path; the renderers never guess names from the index. */
export type NameLookup = (path: string) => string;

/**
 * A link to a note, styled and behaving like Obsidian's own internal links: click opens it,
 * hovering asks for the page preview. The name is set as text, never parsed as HTML.
 */
export function noteLink(parent: HTMLElement, path: string, name: string, actions: RowActions): HTMLAnchorElement {
  const link = parent.createEl("a", {
    cls: "internal-link ng-link",
    text: name,
    href: path,
    attr: { "data-href": path, tabindex: 0 },
  });
  link.addEventListener("click", (event) => {
    event.preventDefault();
    actions.openNote(path, event);
  });
  link.addEventListener("mouseover", (event) => actions.hoverNote(path, event, link));
  return link;
}

/** Several contact links separated by commas: "Jane Doe, Bob Li". */
export function contactLinks(
  parent: HTMLElement,
  paths: readonly string[],
  names: NameLookup,
  actions: RowActions,
): void {
  paths.forEach((path, i) => {
    if (i > 0) parent.appendText(", ");
    noteLink(parent, path, names(path), actions);
  });
}

/** A small row button: a real <button>, so it is focusable and answers Enter and Space. */
export function rowButton(
  parent: HTMLElement,
  text: string,
  label: string,
  onClick: () => void,
): HTMLButtonElement {
  const button = parent.createEl("button", { cls: "ng-row-button", text, attr: { type: "button", "aria-label": label } });
  button.addEventListener("click", (event) => {
    event.preventDefault();
    event.stopPropagation();
    onClick();
  });
  return button;
}

export type BadgeTone = "good" | "warn" | "bad" | "muted";

export function badge(parent: HTMLElement, text: string, tone: BadgeTone, extraCls?: string): HTMLElement {
  const cls = ["ng-badge", `ng-badge-${tone}`];
  if (extraCls !== undefined) cls.push(extraCls);
  return parent.createSpan({ cls, text });
}

/**
 * A progress bar: a div whose fill width comes from a CSS custom property (allowed, unlike inline
 * styles), with the ARIA progressbar role so screen readers hear "3 of 5".
 */
export function progressBar(parent: HTMLElement, count: number, target: number, tone: BadgeTone): HTMLElement {
  const max = Math.max(target, 1);
  const ratio = Math.min(Math.max(count, 0) / max, 1);
  const bar = parent.createDiv({
    cls: ["ng-progress", `ng-progress-${tone}`],
    attr: {
      role: "progressbar",
      "aria-valuemin": 0,
      "aria-valuemax": max,
      "aria-valuenow": Math.min(Math.max(count, 0), max),
      "aria-valuetext": `${count} of ${target}`,
    },
  });
  bar.style.setProperty("--ng-progress", `${Math.round(ratio * 100)}%`);
  bar.createDiv({ cls: "ng-progress-fill" });
  return bar;
}

/** An empty state said in words, not a blank space. */
export function emptyState(parent: HTMLElement, text: string): HTMLElement {
  return parent.createDiv({ cls: "ng-empty", text });
}
