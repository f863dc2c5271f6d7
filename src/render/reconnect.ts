// Reconnect rows (SPEC §3.2) and people to meet: the sidebar sections and the `network-reconnect` block.
import type { PersonToMeet, ReconnectRow } from "../insights/reconnect";
import type { RowActions } from "./actions";
import type { NameLookup } from "./dom";
import { emptyState, noteLink, rowButton } from "./dom";
import { overdueInWords, shortDate } from "./format";

export const RECONNECT_EMPTY = "Nobody to reconnect with right now.";
export const PEOPLE_TO_MEET_EMPTY = "No one on your list to meet. Mark a contact with status: target to add them.";

/** "last seen 20 Jan · 30 days overdue", or "no contact logged". */
export function reconnectStatusText(row: Pick<ReconnectRow, "lastContact" | "daysOverdue">): string {
  if (row.lastContact === null || row.daysOverdue === null) return "no contact logged";
  return `last seen ${shortDate(row.lastContact)} · ${overdueInWords(row.daysOverdue)}`;
}

/** One contact to reconnect with: name, when last seen, and Log / Snooze buttons. */
export function renderReconnectRow(
  list: HTMLElement,
  row: ReconnectRow,
  actions: RowActions,
  names?: NameLookup,
): HTMLElement {
  const logged = row.daysOverdue !== null;
  const item = list.createEl("li", { cls: ["ng-row", "ng-reconnect", logged ? "ng-status-overdue" : "ng-status-unlogged"] });
  const main = item.createDiv({ cls: "ng-row-main" });
  const name = names ? names(row.contact) : row.name;
  noteLink(main.createDiv({ cls: "ng-row-title" }), row.contact, name, actions);
  main.createDiv({ cls: "ng-row-meta", text: reconnectStatusText(row) });
  const buttons = item.createDiv({ cls: "ng-row-buttons" });
  rowButton(buttons, "Log", `Log an interaction with ${name}`, () => actions.logContact(row.contact));
  rowButton(buttons, "Snooze", `Snooze reminders about ${name}`, () => actions.snoozeContact(row.contact));
  return item;
}

export function renderReconnectRows(
  parent: HTMLElement,
  rows: readonly ReconnectRow[],
  actions: RowActions,
  names?: NameLookup,
): void {
  const list = parent.createEl("ul", { cls: "ng-rows" });
  for (const row of rows) renderReconnectRow(list, row, actions, names);
}

/** One person to meet: a link to their note, and why they matter when the caller knows it. */
export function renderPersonToMeetRow(list: HTMLElement, person: PersonToMeet, actions: RowActions): HTMLElement {
  const item = list.createEl("li", { cls: ["ng-row", "ng-person"] });
  const main = item.createDiv({ cls: "ng-row-main" });
  noteLink(main.createDiv({ cls: "ng-row-title" }), person.contact, person.name, actions);
  const buttons = item.createDiv({ cls: "ng-row-buttons" });
  rowButton(buttons, "Log", `Log meeting ${person.name}`, () => actions.logContact(person.contact));
  return item;
}

export interface ReconnectBlockOptions {
  /** Said when no row is left, e.g. after the block's filters. */
  emptyText?: string;
}

/** The `network-reconnect` code block: the rows given, already filtered (see `filterReconnect`). */
export function renderReconnect(
  el: HTMLElement,
  rows: readonly ReconnectRow[],
  actions: RowActions,
  names?: NameLookup,
  options: ReconnectBlockOptions = {},
): void {
  el.empty();
  const root = el.createDiv({ cls: "ng-block ng-reconnect-block" });
  if (rows.length === 0) {
    emptyState(root, options.emptyText ?? RECONNECT_EMPTY);
    return;
  }
  renderReconnectRows(root, rows, actions, names);
}
