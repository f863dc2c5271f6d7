// Collapsible sections and capped row lists: what keeps the sidebar readable and its DOM small.

/** Rows a section shows before "Show more", and how many each click adds. */
export const PAGE_SIZE = 20;
/** Rows the whole sidebar keeps in the DOM at most (five sections of one page each by default). */
export const MAX_ROWS = 100;

export interface SectionParts {
  section: HTMLElement;
  body: HTMLElement;
  toggle: HTMLButtonElement;
}

/**
 * A section with a heading button that collapses it. The button carries `aria-expanded`; the body
 * is not rendered at all when collapsed, so collapsed sections cost no rows.
 */
export function collapsibleSection(
  parent: HTMLElement,
  id: string,
  title: string,
  count: number | null,
  collapsed: boolean,
  onToggle: () => void,
): SectionParts {
  const section = parent.createDiv({ cls: "ng-section", attr: { "data-section": id } });
  section.toggleClass("is-collapsed", collapsed);
  const heading = section.createEl("h3", { cls: "ng-section-heading" });
  const bodyId = `ng-section-${id}`;
  const toggle = heading.createEl("button", {
    cls: "ng-section-toggle",
    attr: { type: "button", "aria-expanded": String(!collapsed), "aria-controls": bodyId, "data-ng-focus": `toggle-${id}` },
  });
  toggle.createSpan({ cls: "ng-chevron", attr: { "aria-hidden": "true" } });
  toggle.createSpan({ cls: "ng-section-title", text: title });
  if (count !== null) toggle.createSpan({ cls: "ng-count", text: String(count) });
  toggle.addEventListener("click", (event) => {
    event.preventDefault();
    onToggle();
  });
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
  onMore: () => void,
  onTop: () => void,
): void {
  const hidden = total - window.end;
  if (hidden <= 0 && window.start === 0) return;
  const footer = parent.createDiv({ cls: "ng-list-footer" });
  footer.createSpan({
    cls: "ng-list-range",
    text: `Showing ${window.start + 1}–${window.end} of ${total}`,
  });
  if (hidden > 0) {
    const step = Math.min(PAGE_SIZE, hidden);
    const more = footer.createEl("button", {
      cls: "ng-show-more",
      text: `Show ${step} more`,
      attr: { type: "button", "data-ng-focus": `more-${id}` },
    });
    more.addEventListener("click", (event) => {
      event.preventDefault();
      onMore();
    });
  }
  if (window.start > 0) {
    const top = footer.createEl("button", {
      cls: "ng-show-top",
      text: "Back to the top",
      attr: { type: "button", "data-ng-focus": `top-${id}` },
    });
    top.addEventListener("click", (event) => {
      event.preventDefault();
      onTop();
    });
  }
}
