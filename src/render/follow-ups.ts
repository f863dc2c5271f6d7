// Follow-up rows (SPEC §3.3): the sidebar section and the `network-followups` code block.
import type { FollowUpRow, FollowUpStatus } from "../insights/follow-ups";
import type { LocalDate } from "../model/types";
import type { RowActions } from "./actions";
import type { NameLookup } from "./dom";
import { contactLinks, emptyState, noteLink, rowButton } from "./dom";
import { basename, overdueInWords, plural, shortDay } from "./format";

export const FOLLOW_UPS_EMPTY = "No follow-ups due. Nice.";

const GROUP_TITLES: Record<FollowUpStatus, string> = {
  overdue: "Overdue",
  due: "Due today",
  upcoming: "Upcoming",
};

/** "11 days overdue", "due today", "in 3 days". */
export function followUpStatusText(row: Pick<FollowUpRow, "status" | "days">): string {
  switch (row.status) {
    case "overdue":
      return overdueInWords(row.days);
    case "due":
      return "due today";
    case "upcoming":
      return row.days === 1 ? "tomorrow" : `in ${plural(row.days, "day")}`;
  }
}

/** One follow-up: the meeting note, who it was with, when it is due, and Done / Snooze buttons. */
export function renderFollowUpRow(
  list: HTMLElement,
  row: FollowUpRow,
  actions: RowActions,
  names: NameLookup,
  today?: LocalDate,
): HTMLElement {
  const item = list.createEl("li", { cls: ["ng-row", "ng-follow-up", `ng-status-${row.status}`] });
  const main = item.createDiv({ cls: "ng-row-main" });
  const title = main.createDiv({ cls: "ng-row-title" });
  const noteName = basename(row.note);
  noteLink(title, row.note, noteName, actions);
  const meta = main.createDiv({ cls: "ng-row-meta" });
  meta.createSpan({ cls: `ng-when ng-when-${row.status}`, text: followUpStatusText(row) });
  meta.createSpan({ cls: "ng-date", text: ` · ${shortDay(row.due, today)}` });
  if (row.contacts.length > 0) {
    const people = meta.createSpan({ cls: "ng-with" });
    people.appendText(" · with ");
    contactLinks(people, row.contacts, names, actions);
  }
  const buttons = item.createDiv({ cls: "ng-row-buttons" });
  rowButton(buttons, "Done", `Mark the follow-up of ${noteName} done`, () => actions.markFollowUpDone(row.note));
  rowButton(buttons, "Snooze", `Snooze the follow-up of ${noteName}`, () => actions.snoozeFollowUp(row.note));
  return item;
}

/**
 * Rows grouped under "Overdue (n)", "Due today (n)", "Upcoming (n)". `counts` are the whole list's,
 * so a group heading tells the truth even when only part of the list is shown.
 */
export function renderFollowUpGroups(
  parent: HTMLElement,
  rows: readonly FollowUpRow[],
  counts: Record<FollowUpStatus, number>,
  actions: RowActions,
  names: NameLookup,
  today?: LocalDate,
): void {
  let list: HTMLElement | null = null;
  let current: FollowUpStatus | null = null;
  for (const row of rows) {
    if (row.status !== current || list === null) {
      current = row.status;
      const group = parent.createDiv({ cls: ["ng-group", `ng-group-${row.status}`] });
      const heading = group.createDiv({ cls: "ng-group-heading" });
      heading.createSpan({ text: GROUP_TITLES[row.status] });
      heading.createSpan({ cls: "ng-count", text: String(counts[row.status]) });
      list = group.createEl("ul", { cls: "ng-rows" });
    }
    renderFollowUpRow(list, row, actions, names, today);
  }
}

export function countByStatus(rows: readonly FollowUpRow[]): Record<FollowUpStatus, number> {
  const counts: Record<FollowUpStatus, number> = { overdue: 0, due: 0, upcoming: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** The `network-followups` code block: every row given (the caller filters and limits). */
export function renderFollowUps(
  el: HTMLElement,
  rows: readonly FollowUpRow[],
  actions: RowActions,
  names: NameLookup,
  today?: LocalDate,
): void {
  el.empty();
  const root = el.createDiv({ cls: "ng-block ng-follow-ups-block" });
  if (rows.length === 0) {
    emptyState(root, FOLLOW_UPS_EMPTY);
    return;
  }
  renderFollowUpGroups(root, rows, countByStatus(rows), actions, names, today);
}
