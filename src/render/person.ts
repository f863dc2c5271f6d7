// A person's page (SPEC §3.7): at the top of the sidebar when the active note is a contact, and the
// `network-person` block. Every text from the note is set as text.
import type { PersonInteraction, PersonPage } from "../insights/person-page";
import { cadenceInWords, personLine, untrackedInWords } from "../insights/person-page";
import type { RowActions } from "./actions";
import type { NameLookup } from "./dom";
import { badge, blockRoot, child, contactButtons, emptyState, noteLink } from "./dom";
import type { RowEvents } from "./events";
import { basename, overdueInWords, plural, relativeDays, shortDay } from "./format";
import { renderFollowUpRow } from "./follow-ups";

/** Interactions listed at once; the rest are counted ("and 12 earlier"), so a long history stays a short page. */
export const PERSON_INTERACTIONS_SHOWN = 10;

/** "Last contact 18 Nov · due 18 Dec", "… · 3 days overdue", or why the reconnect list leaves them out. */
export function personDueText(page: PersonPage): string {
  const last = page.lastContact === null ? "No contact logged" : `Last contact ${shortDay(page.lastContact, page.today)}`;
  if (!page.tracked || page.trackedCadence === null) return `${last} · not on the reconnect list: ${untrackedInWords(page)}`;
  const every = `every ${cadenceInWords(page.trackedCadence)}`;
  if (page.due === null) return `${last} · ${every}`;
  const due = page.daysOverdue === null ? `due ${shortDay(page.due, page.today)}` : overdueInWords(page.daysOverdue);
  return `${last} · ${every} · ${due}`;
}

function fact(list: HTMLElement, label: string, text?: string): HTMLElement {
  const item = child(list, "li", "ng-person-fact");
  child(item, "span", "ng-person-label", `${label} `);
  if (text !== undefined) item.appendText(text);
  return item;
}

function renderInteraction(list: HTMLElement, interaction: PersonInteraction, page: PersonPage): void {
  const item = child(list, "li", "ng-row ng-row-main ng-person-interaction");
  noteLink(item, interaction.note, basename(interaction.note));
  const when = interaction.date === null ? "no date" : shortDay(interaction.date, page.today);
  child(item, "div", "", `${when} · ${interaction.kind}`);
  for (const [label, items] of [["Gave", interaction.gave], ["Asked", interaction.asked], ["Learned", interaction.learned]] as const) {
    for (const text of items) {
      const line = child(item, "div", `ng-person-item ng-person-${label.toLowerCase()}`);
      child(line, "span", "ng-person-label", `${label}: `);
      line.appendText(text);
    }
  }
}

function interactionList(parent: HTMLElement, title: string, rows: readonly PersonInteraction[], page: PersonPage, more: (hidden: number) => string): void {
  if (rows.length === 0) return;
  child(parent, "div", "ng-group-heading", title);
  const list = child(parent, "ul", "ng-rows");
  const shown = Math.min(rows.length, PERSON_INTERACTIONS_SHOWN);
  for (let i = 0; i < shown; i++) renderInteraction(list, rows[i] as PersonInteraction, page);
  if (rows.length > shown) child(parent, "div", "ng-list-footer", more(rows.length - shown));
}

/** Draws the page into `parent`; buttons and links report to `events`. */
export function renderPersonPage(parent: HTMLElement, page: PersonPage, events: RowEvents, names: NameLookup): HTMLElement {
  const root = child(parent, "div", "ng-person-page");
  root.setAttribute("data-contact", page.contact);
  const header = child(root, "div", "ng-person-header");
  const title = child(header, "h3", "ng-person-name");
  noteLink(title, page.contact, page.name);
  if (page.status !== "active") badge(header, page.status, page.status === "target" ? "good" : "muted");
  const buttons = child(header, "div", "ng-person-actions");
  contactButtons(buttons, page.contact, page.name, events, page.tracked);
  const line = personLine(page);
  if (line !== "") child(root, "div", "ng-person-line", line);

  const facts = child(root, "ul", "ng-person-facts");
  child(facts, "li", "ng-person-fact ng-person-due", personDueText(page));
  if (page.snoozedUntil !== null) fact(facts, "Snoozed until", shortDay(page.snoozedUntil, page.today));
  if (page.birthday !== null) {
    const turns = page.birthday.turns === null ? "" : ` · turns ${page.birthday.turns}`;
    fact(facts, "Birthday", `${shortDay(page.birthday.date, page.today)} · ${relativeDays(page.birthday.inDays)}${turns}`);
  }
  if (page.purpose !== null) fact(facts, "Purpose", page.purpose);
  if (page.offer !== null) fact(facts, "I can offer", page.offer);
  if (page.introducedBy !== null) noteLink(fact(facts, "Introduced by"), page.introducedBy.contact, page.introducedBy.name);
  if (page.introduced.length > 0) {
    const item = fact(facts, "Introduced");
    page.introduced.forEach((p, i) => {
      if (i > 0) item.appendText(", ");
      noteLink(item, p.contact, p.name);
    });
  }
  const { gave, asked } = page.giving;
  if (gave + asked > 0) fact(facts, "Giving", `gave ${gave}, asked ${asked}`);

  if (page.followUps.length > 0) {
    child(root, "div", "ng-group-heading", "Follow-ups");
    const list = child(root, "ul", "ng-rows");
    for (const row of page.followUps) renderFollowUpRow(list, row, events, names, page.today);
  }
  interactionList(root, "Coming up", page.scheduled, page, (n) => `and ${plural(n, "more")}`);
  if (page.interactions.length === 0) emptyState(root, `No interactions with ${page.name} logged yet.`);
  interactionList(root, `Interactions (${page.interactions.length})`, page.interactions, page, (n) => `and ${plural(n, "earlier one")}`);
  return root;
}

/** The `network-person` block: the page, or what is missing. */
export function renderPersonBlock(el: HTMLElement, page: PersonPage | null, actions: RowActions, names: NameLookup, missing: string): void {
  const { root, events } = blockRoot(el, "ng-block ng-person-block", actions);
  if (page === null) emptyState(root, missing);
  else renderPersonPage(root, page, events, names);
}
