// Collapsible sections and capped row lists: what keeps the sidebar readable and its DOM small.
import type { RowEvents } from "./events";

/** Rows a section shows before "Show more", and how many each click adds. */
export const PAGE_SIZE = 20;
/** Rows the whole sidebar keeps in the DOM at most (five sections of one page each by default). */
export const MAX_ROWS = 100;

/** The buttons a redraw may give focus back to, by key (`toggle-goals`, `more-goals`, `top-goals`). */
export type FocusTargets = Map<string, HTMLElement>;

export interface SectionParts {
  section: HTMLElement;
  body: HTMLElement;
  toggle: HTMLButtonElement;
}

/**
 * A section with a heading button that collapses it. The button carries `aria-expanded`; the body
 * is not rendered at all when collapsed, so collapsed sections cost no rows. The chevron is the
 * button's `::before`.
 */
export function collapsibleSection(
  parent: HTMLElement,
  id: string,
  title: string,
  count: number | null,
  collapsed: boolean,
  events: RowEvents,
  focus: FocusTargets,
  onToggle: () => void,
): SectionParts {
  const section = parent.createDiv({ cls: collapsed ? "ng-section is-collapsed" : "ng-section", attr: { "data-section": id } });
  const heading = section.createEl("h3", { cls: "ng-section-heading" });
  const bodyId = `ng-section-${id}`;
  const toggle = heading.createEl("button", {
    cls: "ng-section-toggle",
    attr: { "aria-expanded": String(!collapsed), "aria-controls": bodyId },
  });
  toggle.createSpan({ cls: "ng-section-title", text: title });
  if (count !== null) toggle.createSpan({ cls: "ng-count", text: String(count) });
  events.onClick(toggle, onToggle);
  focus.set(`toggle-${id}`, toggle);
  const body = section.createDiv({ cls: "ng-section-body", attr: { id: bodyId } });
  if (collapsed) body.hidden = true;
  return { section, body, toggle };
}

export interface RowWindow {
  /** Index of the first row shown. */
  start: number;
  /** One past the last row shown. */
  end: number;
}

/**
 * Which rows a list shows: the first `limit`, but never more than `max` at once. Past `max`, the
 * window slides down, so every row can be reached while the DOM stays small.
 */
export function rowWindow(total: number, limit: number, max: number): RowWindow {
  const end = Math.min(total, Math.max(limit, 0));
  const size = Math.min(end, Math.max(max, 1));
  return { start: end - size, end };
}

/**
 * The footer under a capped list: "Showing 21–60 of 350", "Show 20 more", and "Back to the top"
 * once the window has slid.
 */
export function listFooter(
  parent: HTMLElement,
  id: string,
  window: RowWindow,
  total: number,
  events: RowEvents,
  focus: FocusTargets,
  onMore: () => void,
  onTop: () => void,
): void {
  const hidden = total - window.end;
  if (hidden <= 0 && window.start === 0) return;
  const footer = parent.createDiv({ cls: "ng-list-footer" });
  footer.createSpan({ cls: "ng-list-range", text: `Showing ${window.start + 1}–${window.end} of ${total}` });
  if (hidden > 0) {
    const more = footer.createEl("button", { cls: "ng-show-more", text: `Show ${Math.min(PAGE_SIZE, hidden)} more` });
    events.onClick(more, onMore);
    focus.set(`more-${id}`, more);
  }
  if (window.start > 0) {
    const top = footer.createEl("button", { cls: "ng-show-top", text: "Back to the top" });
    events.onClick(top, onTop);
    focus.set(`top-${id}`, top);
  }
}
