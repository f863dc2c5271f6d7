// The `network-review` block (SPEC §3.5): what a week, month, quarter or year added up to.
import type { ReconnectRow } from "../insights/reconnect";
import type { Review, ReviewGoalPeriod, ReviewPerson } from "../insights/review";
import { changeInWords } from "../insights/review";
import { METRICS } from "../model/metrics";
import type { RowActions } from "./actions";
import { renderBarChart } from "./chart";
import { emptyState, noteLink } from "./dom";
import { delegateRowEvents } from "./events";
import { basename, overdueInWords, plural, shortDay, shortMonth, windowInWords } from "./format";

/** Long lists (a bulk import adds hundreds of contacts) show this many, then say how many more. */
export const REVIEW_LIST_LIMIT = 25;


export const LEVEL_LABELS: Record<keyof Review["byLevel"], string> = {
  senior: "Senior",
  peer: "Peer",
  junior: "Junior",
  unknown: "Level not set",
};

function part(root: HTMLElement, title: string): HTMLElement {
  const section = root.createDiv({ cls: "ng-review-part" });
  section.createEl("h4", { cls: "ng-review-heading", text: title });
  return section;
}

/** A table: a label and numbers per row. */
function countTable(parent: HTMLElement, rows: readonly (readonly [label: string, ...counts: (number | string)[]])[], header: readonly string[]): void {
  const table = parent.createEl("table", { cls: "ng-review-table" });
  const head = table.createEl("thead").createEl("tr");
  header.forEach((text, i) => head.createEl("th", { cls: i > 0 ? "ng-num" : "", text }));
  const body = table.createEl("tbody");
  for (const [label, ...counts] of rows) {
    const tr = body.createEl("tr");
    tr.createEl("td", { text: label });
    for (const count of counts) tr.createEl("td", { cls: "ng-num", text: String(count) });
  }
}

/** A list of at most REVIEW_LIST_LIMIT items, then "and 12 more"; `empty` when there are none. */
function cappedList<T>(parent: HTMLElement, items: readonly T[], render: (li: HTMLElement, item: T) => void, empty = "None."): void {
  if (items.length === 0) {
    emptyState(parent, empty);
    return;
  }
  const list = parent.createEl("ul", { cls: "ng-review-list" });
  for (const item of items.slice(0, REVIEW_LIST_LIMIT)) render(list.createEl("li"), item);
  moreThanShown(parent, items.length);
}

/** "and 12 more" under a list or table of `count` cut at REVIEW_LIST_LIMIT. */
function moreThanShown(parent: HTMLElement, count: number): void {
  if (count > REVIEW_LIST_LIMIT) parent.createDiv({ cls: "ng-review-more", text: `and ${count - REVIEW_LIST_LIMIT} more` });
}

/** A note by its name: a link that opens it, or, without `actions`, the name as text. */
function person(li: HTMLElement, who: ReviewPerson, actions: RowActions | undefined): void {
  if (actions) noteLink(li, who.contact, who.name);
  else li.createSpan({ text: who.name });
}

/** The notes behind a number, as links (or names), capped. */
function notes(parent: HTMLElement, title: string, paths: readonly string[], actions: RowActions | undefined): void {
  if (paths.length === 0) return;
  parent.createDiv({ cls: "ng-review-subheading", text: title });
  cappedList(parent, paths, (li, path) => person(li, { contact: path, name: basename(path) }, actions));
}

function goalLine(li: HTMLElement, goal: ReviewGoalPeriod, review: Review, actions: RowActions | undefined): void {
  person(li, { contact: goal.note, name: goal.title }, actions);
  li.appendText(` · ${goal.count} of ${goal.target} (${windowInWords(goal, review.today)})`);
}

function drifted(li: HTMLElement, row: ReconnectRow, review: Review, actions: RowActions | undefined): void {
  person(li, row, actions);
  if (row.lastContact !== null && row.daysOverdue !== null) {
    li.appendText(` · last seen ${shortDay(row.lastContact, review.today)} · ${overdueInWords(row.daysOverdue)}`);
  }
}

/**
 * Renders a review into the block's element (emptied first). With `actions`, people and goals are
 * links that open their notes; without, plain text.
 */
export function renderReview(el: HTMLElement, review: Review, actions?: RowActions): void {
  el.empty();
  const root = el.createDiv({ cls: "ng-block ng-review" });
  if (actions) delegateRowEvents(root, actions);
  const header = root.createDiv({ cls: "ng-review-header" });
  header.createDiv({ cls: "ng-review-title", text: `Review: ${review.label}` });
  const range = windowInWords(review.window, review.today);
  header.createDiv({
    cls: "ng-review-range",
    text: review.partial ? `${range} · so far, up to ${shortDay(review.today, review.today)}` : range,
  });

  const numbers = part(root, "In numbers");
  numbers.createDiv({ cls: "ng-review-range", text: `Before: ${windowInWords(review.previous, review.today)}` });
  const metrics = METRICS.map((m) => {
    const n = review.metrics[m.name];
    return [m.label, n.count, n.previous, changeInWords(n)] as const;
  });
  countTable(numbers, metrics, ["What", "Count", "Before", "Change"]);

  // A bar a week, the month named under its first week (the first bar's from the window's first day, as its week may
  // start before it); the week today is in is counted so far.
  const month = (i: number): string => shortMonth(i === 0 ? review.window.start : review.perWeek[i]!.start);
  const weeks = review.perWeek.map((w, i) => ({
    label: `Week of ${shortDay(w.start, review.today)}`,
    value: w.count,
    axis: i === 0 || month(i) !== month(i - 1) ? month(i) : undefined,
    note: review.partial && i === review.perWeek.length - 1 ? "so far" : undefined,
  }));
  const perWeek = part(root, "Interactions per week");
  if (weeks.length === 0) emptyState(perWeek, "This period has not started.");
  else renderBarChart(perWeek, weeks, "Interactions per week", null, weeks.length > 26 ? 10 : 20);

  cappedList(
    part(root, `New contacts (${review.newContacts.length})`),
    review.newContacts,
    (li, c) => {
      person(li, c, actions);
      li.appendText(` · ${shortDay(c.date, review.today)}`);
      if (c.metAt !== null) li.appendText(` · met at ${c.metAt}`);
      const by = c.introducedBy;
      if (by === null) return;
      li.appendText(" · introduced by ");
      if (by.contact === null) li.appendText(by.name);
      else person(li, { contact: by.contact, name: by.name }, actions);
    },
    "No new contacts.",
  );

  cappedList(
    part(root, "Seen most"),
    review.seenMost,
    (li, p) => {
      person(li, p, actions);
      li.appendText(` · ${plural(p.count, "interaction")}`);
    },
    "No one seen in this period.",
  );

  const kinds = part(root, "Interactions by kind");
  if (review.byKind.length === 0) emptyState(kinds, "No interactions in this period.");
  else countTable(kinds, review.byKind.map((k): [string, number] => [k.kind, k.count]), ["Kind", "Count"]);

  const balance = part(root, "Given and asked");
  balance.createDiv({
    cls: "ng-review-balance",
    text: `Gave ${review.giving.gave} · asked for ${review.giving.asked}`,
  });
  notes(balance, "From", review.giving.notes, actions);

  const followUps = part(root, "Follow-ups");
  followUps.createDiv({
    cls: "ng-review-follow-ups",
    text: `${review.followUps.done} done · ${review.followUps.missed} missed`,
  });
  notes(followUps, "Missed", review.followUps.missedNotes, actions);

  const goals = part(root, "Goals");
  if (review.goals.hit.length === 0 && review.goals.missed.length === 0) {
    emptyState(goals, "No goal periods ended in this period.");
  } else {
    for (const [title, periods] of [["Hit", review.goals.hit], ["Missed", review.goals.missed]] as const) {
      goals.createDiv({ cls: "ng-review-subheading", text: `${title} (${periods.length})` });
      cappedList(goals, periods, (li, g) => goalLine(li, g, review, actions));
    }
  }

  // The level mix as bars, a word under each and the count over it.
  const levels = (Object.keys(LEVEL_LABELS) as (keyof Review["byLevel"])[]).map((l) => ({
    label: LEVEL_LABELS[l],
    value: review.byLevel[l],
    axis: l === "unknown" ? "Not set" : LEVEL_LABELS[l],
    cls: l === "unknown" ? "ng-chart-muted" : undefined,
  }));
  renderBarChart(part(root, "People met by level"), levels, "People met by level", null, 40);

  const companies = part(root, "People met by company");
  if (review.byCompany.length === 0) emptyState(companies, "No one met in this period.");
  else {
    const rows = review.byCompany.map((c): [string, number] => [c.company ?? "No company", c.count]);
    countTable(companies, rows.slice(0, REVIEW_LIST_LIMIT), ["Company", "People"]);
    moreThanShown(companies, rows.length);
  }
  for (const warning of review.warnings) companies.createDiv({ cls: "ng-review-warning", text: warning });

  const drift = part(root, `Drifted past their cadence (${review.drifted.length})`);
  cappedList(drift, review.drifted, (li, row) => drifted(li, row, review, actions), "No one drifted. Well kept.");
}
