// The "Keep in touch" Bases view (SPEC §4): the base's contacts with last contact, due, days overdue and open
// follow-ups, Log and Snooze buttons, most overdue first. Plain data in, DOM out.
import type { KeepInTouchRow } from "../insights/reconnect";
import type { LocalDate } from "../model/types";
import type { RowActions } from "./actions";
import { blockRoot, child, contactButtons, emptyState, noteLink } from "./dom";
import { overdueInWords, plural, relativeDays, shortDay } from "./format";

export const KEEP_IN_TOUCH_EMPTY = "No contacts in this base. Its notes become contacts with type: person, a #person tag or a contact folder.";

/** "12 days overdue", "due in 5 days", "not tracked", "no contact logged". */
export function dueText(row: KeepInTouchRow): string {
  if (row.cadence === null) return "not tracked";
  if (row.daysOverdue === null) return "no contact logged";
  return row.daysOverdue >= 0 ? overdueInWords(row.daysOverdue) : `due ${relativeDays(-row.daysOverdue)}`;
}

export function renderKeepInTouch(parent: HTMLElement, rows: readonly KeepInTouchRow[], actions: RowActions, today: LocalDate): void {
  const { root, events } = blockRoot(parent, "ng-view ng-keep-in-touch", actions);
  if (rows.length === 0) {
    emptyState(root, KEEP_IN_TOUCH_EMPTY);
    return;
  }
  const table = child(root, "table", "ng-table");
  const head = child(child(table, "thead", ""), "tr", "");
  for (const title of ["Name", "Last contact", "Due", "Open follow-ups", ""]) child(head, "th", "", title);
  const body = child(table, "tbody", "");
  for (const row of rows) {
    const status = row.cadence === null ? "untracked" : row.daysOverdue === null ? "unlogged" : row.daysOverdue >= 0 ? "overdue" : "upcoming";
    const tr = child(body, "tr", `ng-row ng-status-${status}`);
    noteLink(child(tr, "td", ""), row.contact, row.name);
    child(tr, "td", "", row.lastContact === null ? "—" : shortDay(row.lastContact, today));
    const due = child(tr, "td", "", dueText(row));
    if (row.due !== null) due.setAttr("title", row.due);
    if (row.snoozedUntil !== null) child(due, "div", "ng-muted", `snoozed until ${shortDay(row.snoozedUntil, today)}`);
    child(tr, "td", "", row.openFollowUps === 0 ? "—" : plural(row.openFollowUps, "open follow-up"));
    const buttons = child(tr, "td", "ng-row-buttons");
    contactButtons(buttons, row.contact, row.name, events);
  }
}
