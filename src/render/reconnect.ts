// Reconnect rows (SPEC §3.2): the sidebar section and the `network-reconnect` block.
import type { ReconnectRow } from "../insights/reconnect";
import type { LocalDate } from "../model/types";
import type { RowActions } from "./actions";
import type { NameLookup } from "./dom";
import { blockRoot, child, contactButtons, emptyState, noteLink } from "./dom";
import type { RowEvents } from "./events";
import { overdueInWords, shortDay } from "./format";

export const RECONNECT_EMPTY = "Nobody to reconnect with right now.";

/** "last seen 20 Jan · 30 days overdue" (with the year when it is not today's), or "no contact logged". */
export function reconnectStatusText(row: Pick<ReconnectRow, "lastContact" | "daysOverdue">, today?: LocalDate): string {
  if (row.lastContact === null || row.daysOverdue === null) return "no contact logged";
  return `last seen ${shortDay(row.lastContact, today)} · ${overdueInWords(row.daysOverdue)}`;
}

/** One contact to reconnect with: name, when last seen, and Log / Snooze buttons. */
export function renderReconnectRow(
  list: HTMLElement,
  row: ReconnectRow,
  events: RowEvents,
  names?: NameLookup,
  today?: LocalDate,
): HTMLElement {
  const logged = row.daysOverdue !== null;
  const item = child(list, "li", logged ? "ng-row ng-reconnect ng-status-overdue" : "ng-row ng-reconnect ng-status-unlogged");
  const main = child(item, "div", "ng-row-main");
  const name = names ? names(row.contact) : row.name;
  noteLink(main, row.contact, name);
  child(main, "div", "", reconnectStatusText(row, today)); // the meta line: `.ng-row-main > div`
  const buttons = child(item, "div", ""); // the button group: styled as `.ng-row-main + div`
  contactButtons(buttons, row.contact, name, events);
  return item;
}

export function renderReconnectRows(
  parent: HTMLElement,
  rows: readonly ReconnectRow[],
  events: RowEvents,
  names?: NameLookup,
  today?: LocalDate,
): void {
  const list = child(parent, "ul", "ng-rows");
  for (const row of rows) renderReconnectRow(list, row, events, names, today);
}

export interface ReconnectBlockOptions {
  /** Said when no row is left, e.g. after the block's filters. */
  emptyText?: string;
  /** Today: dates in another year then carry their year. */
  today?: LocalDate;
}

/** The `network-reconnect` code block: the rows given, already filtered (see `filterReconnect`). */
export function renderReconnect(
  el: HTMLElement,
  rows: readonly ReconnectRow[],
  actions: RowActions,
  names?: NameLookup,
  options: ReconnectBlockOptions = {},
): void {
  const { root, events } = blockRoot(el, "ng-block ng-reconnect-block", actions);
  if (rows.length === 0) emptyState(root, options.emptyText ?? RECONNECT_EMPTY);
  else renderReconnectRows(root, rows, events, names, options.today);
}
