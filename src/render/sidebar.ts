// The "Network" sidebar: follow-ups, reconnect, birthdays, goals, people to meet, problems, each collapsible and capped.
import type { BirthdayRow } from "../insights/birthdays";
import type { PersonPage } from "../insights/person-page";
import { renderPersonPage } from "./person";
import type { FollowUpRow } from "../insights/follow-ups";
import type { GoalProgress } from "../insights/goal-progress";
import type { ReconnectRow } from "../insights/reconnect";
import type { PersonToMeetRow } from "../insights/people-to-meet";
import type { LocalDate, Problem } from "../model/types";
import type { RowActions } from "./actions";
import type { NameLookup } from "./dom";
import { child, emptyState, noteLink, progressBar } from "./dom";
import { basename } from "./format";
import { BIRTHDAYS_EMPTY, renderBirthdayRows } from "./birthdays";
import { countByStatus, FOLLOW_UPS_EMPTY, renderFollowUpGroups } from "./follow-ups";
import { goalStatusBadge, STATUS_TONES } from "./goal-parts";
import { paceWorthSaying } from "./goal";
import { RECONNECT_EMPTY, renderReconnectRows } from "./reconnect";
import { PEOPLE_TO_MEET_EMPTY, renderPersonToMeetRow } from "./people-to-meet";
import type { RowEvents } from "./events";
import { delegateRowEvents } from "./events";
import type { FocusTargets } from "./sections";
import { collapsibleSection, listFooter, MAX_ROWS, PAGE_SIZE, rowWindow } from "./sections";

/** The parts of the report the sidebar shows (a `Report` has them all). */
export interface SidebarData {
  today: LocalDate;
  followUps: readonly FollowUpRow[];
  reconnect: readonly ReconnectRow[];
  /** Shown as a section only when there is one (SPEC §4). */
  birthdays: readonly BirthdayRow[];
  /** The page of the contact being read, shown at the top (SPEC §4); absent or null: none. */
  person?: PersonPage | null;
  goals: readonly GoalProgress[];
  peopleToMeet: readonly PersonToMeetRow[];
  problems: readonly Problem[];
}

/** What a section draws a page of rows with. */
interface Page<Row> {
  /** The rows shown, a window of `all`. */
  rows: readonly Row[];
  all: readonly Row[];
  data: SidebarData;
  events: RowEvents;
  names: NameLookup;
}

/** One section of the sidebar: its rows in the report, its title, its words when empty, and how it draws a page. */
interface Section<Row> {
  readonly title: string;
  readonly empty: string;
  /** A section that is left out while it has no rows, rather than saying `empty`. */
  readonly onlyWithRows?: true;
  rows(data: SidebarData): readonly Row[];
  render(body: HTMLElement, page: Page<Row>): void;
}

/** A section of any row type, for the table: each entry is checked against its own row type here. */
function section<Row>(definition: Section<Row>): Section<unknown> {
  return definition;
}

function rowList<Row>(renderRow: (list: HTMLElement, row: Row, events: RowEvents) => void): Section<Row>["render"] {
  return (body, { rows, events }) => {
    const list = child(body, "ul", "ng-rows");
    for (const row of rows) renderRow(list, row, events);
  };
}

/** The sections, in the order they are shown: a new section is one entry here (and its rows in the report). */
const SECTIONS = {
  followUps: section<FollowUpRow>({
    title: "Follow-ups",
    empty: FOLLOW_UPS_EMPTY,
    rows: (data) => data.followUps,
    render: (body, { rows, all, data, events, names }) =>
      renderFollowUpGroups(body, rows, countByStatus(all), events, names, data.today),
  }),
  reconnect: section<ReconnectRow>({
    title: "Reconnect",
    empty: RECONNECT_EMPTY,
    rows: (data) => data.reconnect,
    render: (body, { rows, data, events }) => renderReconnectRows(body, rows, events, undefined, data.today),
  }),
  birthdays: section<BirthdayRow>({
    title: "Birthdays",
    empty: BIRTHDAYS_EMPTY,
    // Birthdays are a section only while some are coming up.
    onlyWithRows: true,
    rows: (data) => data.birthdays,
    render: (body, { rows, data }) => renderBirthdayRows(body, rows, data.today),
  }),
  goals: section<GoalProgress>({
    title: "Goals",
    empty: "No goals yet. Add a network-goal code block to any note.",
    rows: (data) => data.goals,
    render: rowList((list, goal) => renderGoalRow(list, goal)),
  }),
  peopleToMeet: section<PersonToMeetRow>({
    title: "People to meet",
    empty: PEOPLE_TO_MEET_EMPTY,
    rows: (data) => data.peopleToMeet,
    render: rowList(renderPersonToMeetRow),
  }),
  problems: section<Problem>({
    title: "Problems",
    empty: "No problems in your notes.",
    rows: (data) => data.problems,
    render: rowList((list, problem) => renderProblemRow(list, problem)),
  }),
};

export type SidebarSectionId = keyof typeof SECTIONS;
export const SIDEBAR_SECTIONS = Object.keys(SECTIONS) as SidebarSectionId[];

/** What the reader chose, kept by the view across redraws: collapsed sections and how far each list goes. */
export interface SidebarState {
  collapsed: Partial<Record<SidebarSectionId, boolean>>;
  limits: Partial<Record<SidebarSectionId, number>>;
}

export function createSidebarState(): SidebarState {
  return { collapsed: {}, limits: {} };
}

/**
 * How many rows each open section may show at once: its share of MAX_ROWS after the other open
 * sections' rows, and never less than one page.
 */
function sectionMaxima(data: SidebarData, state: SidebarState): Record<SidebarSectionId, number> {
  const wanted = {} as Record<SidebarSectionId, number>;
  for (const id of SIDEBAR_SECTIONS) {
    wanted[id] = state.collapsed[id] ? 0 : Math.min(SECTIONS[id].rows(data).length, state.limits[id] ?? PAGE_SIZE);
  }
  const total = SIDEBAR_SECTIONS.reduce((sum, id) => sum + wanted[id], 0);
  const maxima = {} as Record<SidebarSectionId, number>;
  for (const id of SIDEBAR_SECTIONS) maxima[id] = Math.max(PAGE_SIZE, MAX_ROWS - (total - wanted[id]));
  return maxima;
}

// Goal and problem rows have no buttons, so the <li> is the row's main part itself: it holds the title
// line and the meta line (its only div), as a block, with no wrapper.

function renderGoalRow(list: HTMLElement, goal: GoalProgress): void {
  const item = child(list, "li", `ng-row ng-row-main ng-goal-row ng-goal-${goal.status}`);
  // The goal's block, not the top of its note: a journal note may hold several goals and a month of entries.
  noteLink(item, goal.note, goal.title).dataset.line = String(goal.line);
  // A space, not a margin: when the badge wraps under a long title it starts the line.
  item.appendText(" ");
  goalStatusBadge(item, goal.status);
  if (goal.count !== null && goal.target !== null) {
    progressBar(item, goal.count, goal.target, STATUS_TONES[goal.status]);
    const pace = paceWorthSaying(goal.status) ? ` · ${goal.paceText}` : "";
    child(item, "div", "", `${goal.count} of ${goal.target}${pace}`);
  } else {
    child(item, "div", "", goal.paceText);
  }
}

/** A problem: the note, the field in question (the row's only span), and what is wrong with it. */
function renderProblemRow(list: HTMLElement, problem: Problem): void {
  const item = child(list, "li", "ng-row ng-row-main ng-problem");
  noteLink(item, problem.note, basename(problem.note));
  if (problem.field !== "") child(item, "span", "", ` · ${problem.field}`);
  child(item, "div", "", problem.message);
}

/**
 * Draws the whole sidebar into `container` (emptied first), and returns the buttons a redraw may focus.
 * Collapse and "Show more" change `state` and redraw in place; focus returns to the button that
 * was pressed (or its section's toggle when that button is gone).
 */
export function renderSidebar(
  container: HTMLElement,
  data: SidebarData,
  actions: RowActions,
  state: SidebarState,
  names: NameLookup = basename,
): FocusTargets {
  container.empty();
  const root = child(container, "div", "ng-sidebar");
  const events = delegateRowEvents(root, actions);
  const focus: FocusTargets = new Map();
  const redraw = (focusKey: string, fallbackKey: string): void => {
    const drawn = renderSidebar(container, data, actions, state, names);
    (drawn.get(focusKey) ?? drawn.get(fallbackKey))?.focus();
  };
  if (data.person) renderPersonPage(root, data.person, events, names);
  const maxima = sectionMaxima(data, state);
  for (const id of SIDEBAR_SECTIONS) {
    const section = SECTIONS[id];
    const rows = section.rows(data);
    if (section.onlyWithRows && rows.length === 0) continue;
    const collapsed = state.collapsed[id] === true;
    const { body } = collapsibleSection(root, id, section.title, rows.length, collapsed, events, focus, () => {
      state.collapsed[id] = !collapsed;
      redraw(`toggle-${id}`, `toggle-${id}`);
    });
    if (collapsed) continue;
    if (rows.length === 0) {
      emptyState(body, section.empty);
      continue;
    }
    const limit = state.limits[id] ?? PAGE_SIZE;
    const window = rowWindow(rows.length, limit, maxima[id]);
    section.render(body, { rows: rows.slice(window.start, window.end), all: rows, data, events, names });
    listFooter(
      body,
      id,
      window,
      rows.length,
      events,
      focus,
      () => {
        state.limits[id] = Math.min(rows.length, limit + PAGE_SIZE);
        redraw(`more-${id}`, `toggle-${id}`);
      },
      () => {
        state.limits[id] = PAGE_SIZE;
        redraw(`toggle-${id}`, `toggle-${id}`);
      },
    );
  }
  return focus;
}
