// Birthdays coming up (SPEC §3.8): the sidebar section and the `network-birthdays` block.
import type { BirthdayRow } from "../insights/birthdays";
import type { LocalDate } from "../model/types";
import type { RowActions } from "./actions";
import { blockRoot, child, emptyState, noteLink } from "./dom";
import { relativeDays, shortDay } from "./format";

export const BIRTHDAYS_EMPTY = "No birthdays coming up.";

/** "26 Nov · in 4 days · turns 41", or "today" when it is today. */
export function birthdayText(row: Pick<BirthdayRow, "date" | "inDays" | "turns">, today?: LocalDate): string {
  const parts = [shortDay(row.date, today), relativeDays(row.inDays)];
  if (row.turns !== null) parts.push(`turns ${row.turns}`);
  return parts.join(" · ");
}

/** One birthday: the contact's link and when (the row has no buttons, so the <li> is its main part). */
export function renderBirthdayRow(list: HTMLElement, row: BirthdayRow, today?: LocalDate): HTMLElement {
  const item = child(list, "li", row.inDays === 0 ? "ng-row ng-row-main ng-birthday ng-birthday-today" : "ng-row ng-row-main ng-birthday");
  noteLink(item, row.contact, row.name);
  child(item, "div", "", birthdayText(row, today));
  return item;
}

export function renderBirthdayRows(parent: HTMLElement, rows: readonly BirthdayRow[], today?: LocalDate): void {
  const list = child(parent, "ul", "ng-rows");
  for (const row of rows) renderBirthdayRow(list, row, today);
}

/** The `network-birthdays` block: the rows given (already within its window). */
export function renderBirthdays(el: HTMLElement, rows: readonly BirthdayRow[], actions: RowActions, today: LocalDate, emptyText = BIRTHDAYS_EMPTY): void {
  const { root } = blockRoot(el, "ng-block ng-birthdays-block", actions);
  if (rows.length === 0) emptyState(root, emptyText);
  else renderBirthdayRows(root, rows, today);
}
