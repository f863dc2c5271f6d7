// Collapsible sections and capped row lists: what keeps the sidebar readable and its DOM small.
import { child } from "./dom";
import type { RowEvents } from "./events";

/**
 * Rows a section shows before "Show more", and how many each click adds: small enough that every section of
 * the sidebar (six) open at one page each stays within MAX_ROWS.
 */
export const PAGE_SIZE = 15;
/** Rows the whole sidebar keeps in the DOM at most. */
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
  const section = child(parent, "div", collapsed ? "ng-section is-collapsed" : "ng-section");
  section.setAttribute("data-section", id);
  const heading = child(section, "h3", "ng-section-heading");
  const bodyId = `ng-section-${id}`;
  const toggle = child(heading, "button", "ng-section-toggle");
  toggle.setAttribute("aria-expanded", String(!collapsed));
  toggle.setAttribute("aria-controls", bodyId);
  child(toggle, "span", "ng-section-title", title);
  if (count !== null) child(toggle, "span", "ng-count", String(count));
  events.onClick(toggle, onToggle);
  focus.set(`toggle-${id}`, toggle);
  const body = child(section, "div", "ng-section-body");
  body.id = bodyId;
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
  const footer = child(parent, "div", "ng-list-footer");
  child(footer, "span", "ng-list-range", `Showing ${window.start + 1}–${window.end} of ${total}`);
  if (hidden > 0) {
    const more = child(footer, "button", "ng-show-more", `Show ${Math.min(PAGE_SIZE, hidden)} more`);
    events.onClick(more, onMore);
    focus.set(`more-${id}`, more);
  }
  if (window.start > 0) {
    const top = child(footer, "button", "ng-show-top", "Back to the top");
    events.onClick(top, onTop);
    focus.set(`top-${id}`, top);
  }
}
