// Follow-up rows (SPEC §3.3): the sidebar section and the `network-followups` code block.
import type { FollowUpRow, FollowUpStatus } from "../insights/follow-ups";
import type { LocalDate } from "../model/types";
import type { RowActions } from "./actions";
import type { NameLookup } from "./dom";
import { blockRoot, child, contactLinks, emptyState, noteLink, rowButton } from "./dom";
import type { RowEvents } from "./events";
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

/**
 * One follow-up: the meeting note, when it is due and who it was with on one meta line, and Done /
 * Snooze buttons. Clicks reach `events` (one listener for the whole list). The "when" words are the
 * meta line's only span, coloured by the row's status class (styles.css).
 */
export function renderFollowUpRow(
  list: HTMLElement,
  row: FollowUpRow,
  events: RowEvents,
  names: NameLookup,
  today?: LocalDate,
): HTMLElement {
  const item = child(list, "li", `ng-row ng-follow-up ng-status-${row.status}`);
  const main = child(item, "div", "ng-row-main");
  const noteName = basename(row.note);
  noteLink(main, row.note, noteName);
  const meta = child(main, "div", ""); // the meta line: `.ng-row-main > div`
  child(meta, "span", "", followUpStatusText(row));
  meta.appendText(row.contacts.length > 0 ? ` · ${shortDay(row.due, today)} · with ` : ` · ${shortDay(row.due, today)}`);
  contactLinks(meta, row.contacts, names);
  const buttons = child(item, "div", ""); // the button group: styled as `.ng-row-main + div`
  const { actions } = events;
  rowButton(buttons, "Done", `Mark the follow-up of ${noteName} done`, events, () => actions.markFollowUpDone(row.note));
  rowButton(buttons, "Snooze", `Snooze the follow-up of ${noteName}`, events, () => actions.snoozeFollowUp(row.note));
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
  events: RowEvents,
  names: NameLookup,
  today?: LocalDate,
): void {
  let list: HTMLElement | null = null;
  let current: FollowUpStatus | null = null;
  for (const row of rows) {
    if (row.status !== current || list === null) {
      current = row.status;
      const heading = child(parent, "div", `ng-group-heading ng-group-${row.status}`);
      heading.appendText(GROUP_TITLES[row.status]);
      child(heading, "span", "ng-count", String(counts[row.status]));
      list = child(parent, "ul", "ng-rows");
    }
    renderFollowUpRow(list, row, events, names, today);
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
  const { root, events } = blockRoot(el, "ng-block ng-follow-ups-block", actions);
  if (rows.length === 0) emptyState(root, FOLLOW_UPS_EMPTY);
  else renderFollowUpGroups(root, rows, countByStatus(rows), events, names, today);
}
