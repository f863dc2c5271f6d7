// People to meet (SPEC §3.6): each target with its purpose and who could introduce you; the sidebar section and
// the `network-people` block.
import type { PersonToMeetRow } from "../insights/people-to-meet";
import { introducerWords } from "../insights/people-to-meet";
import type { RowActions } from "./actions";
import { blockRoot, child, emptyState, noteLink, rowButton } from "./dom";
import type { RowEvents } from "./events";
import { basename } from "./format";

export const PEOPLE_TO_MEET_EMPTY = "No one on your list to meet. Mark a contact with status: target to add them.";

/** Introducers a row names at once; the rest are counted, so a company of fifty does not fill the sidebar. */
export const INTRODUCERS_SHOWN = 3;

/**
 * One person to meet: their link, their purpose, and who could introduce you, each with why ("Bob Li (came up in
 * 2026-08-12 Coffee)"), and a Log button (the row's own: one button needs no group).
 */
export function renderPersonToMeetRow(list: HTMLElement, person: PersonToMeetRow, events: RowEvents): HTMLElement {
  const item = child(list, "li", "ng-row ng-person");
  const main = child(item, "div", "ng-row-main");
  noteLink(main, person.contact, person.name);
  if (person.purpose !== null) child(main, "div", "ng-person-purpose", person.purpose);
  const shown = person.introducers.slice(0, INTRODUCERS_SHOWN);
  if (shown.length > 0) {
    const via = child(main, "div", "ng-introducers");
    // The words between two links are one text node (each node costs, in happy-dom as much as an element).
    let text = "Could introduce you: ";
    const link = (path: string, name: string): void => {
      via.appendText(text);
      text = "";
      noteLink(via, path, name);
    };
    shown.forEach((introducer, i) => {
      if (i > 0) text += "; ";
      link(introducer.contact, introducer.name);
      text += ` (${introducerWords(introducer)}`;
      if (introducer.reason === "mentioned" && introducer.via !== null) {
        text += " ";
        link(introducer.via, basename(introducer.via));
      }
      text += ")";
    });
    const more = person.introducers.length - shown.length;
    if (more > 0) text += `; and ${more} more`;
    via.appendText(text);
  } else {
    child(main, "div", "ng-introducers", "Nobody you know could introduce you yet.");
  }
  rowButton(item, "Log", `Log meeting ${person.name}`, events, () => events.actions.logContact(person.contact));
  return item;
}

/** The `network-people` block: the rows given, already filtered. */
export function renderPeopleToMeet(el: HTMLElement, rows: readonly PersonToMeetRow[], actions: RowActions, emptyText = PEOPLE_TO_MEET_EMPTY): void {
  const { root, events } = blockRoot(el, "ng-block ng-people-block", actions);
  if (rows.length === 0) {
    emptyState(root, emptyText);
    return;
  }
  const list = child(root, "ul", "ng-rows");
  for (const row of rows) renderPersonToMeetRow(list, row, events);
}
