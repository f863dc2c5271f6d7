// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { MAX_ROWS, PAGE_SIZE } from "../../src/render/sections";
import { createSidebarState, renderSidebar, SIDEBAR_SECTIONS } from "../../src/render/sidebar";
import { followUp, names, outline, reconnect, recordingActions, sidebarData } from "./fixtures";

function draw(data = sidebarData(), state = createSidebarState()) {
  const container = activeDocument.body.createDiv();
  const { actions, calls } = recordingActions();
  renderSidebar(container, data, actions, state, names);
  return { container, calls, state, actions };
}

function section(container: HTMLElement, id: string): HTMLElement {
  const el = container.querySelector<HTMLElement>(`[data-section="${id}"]`);
  if (!el) throw new Error(`no section ${id}`);
  return el;
}

describe("renderSidebar", () => {
  it("renders the sections in order, as an outline a reader can check", async () => {
    const { container } = draw();
    const titles = Array.from(container.querySelectorAll(".ng-section-title")).map((t) => t.textContent);
    expect(titles).toEqual(["Follow-ups", "Reconnect", "Goals", "People to meet", "Problems"]);
    await expect(outline(container)).toMatchFileSnapshot("__snapshots__/sidebar.outline.txt");
  });

  it("says in words what follow-ups and reconnect rows are about", () => {
    const { container } = draw();
    const followUps = section(container, "followUps");
    const metas = Array.from(followUps.querySelectorAll(".ng-row-main > div")).map((m) => m.textContent);
    expect(metas).toEqual([
      "11 days overdue · 9 May · with Jane Doe",
      "due today · 20 May · with Bob Li",
      "in 3 days · 23 May · with Jane Doe, Bob Li",
    ]);
    const groups = Array.from(followUps.querySelectorAll(".ng-group-heading")).map((g) => g.textContent);
    expect(groups).toEqual(["Overdue1", "Due today1", "Upcoming1"]);
    const reconnects = Array.from(section(container, "reconnect").querySelectorAll(".ng-row-main > div")).map((m) => m.textContent);
    expect(reconnects).toEqual(["no contact logged", "last seen 20 Jan · 30 days overdue"]);
  });

  it("renders a note name that looks like HTML as text", () => {
    const evil = "Meetings/<img src=x onerror=alert(1)>.md";
    const { container } = draw(
      sidebarData({
        followUps: [followUp({ note: evil, contacts: ["People/<b>bold</b>.md"] })],
        reconnect: [reconnect({ contact: "People/x.md", name: "<img src=x onerror=alert(1)>" })],
        problems: [{ note: evil, field: "<i>f</i>", message: "<script>alert(1)</script>" }],
      }),
    );
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("b")).toBeNull();
    expect(container.querySelector("i")).toBeNull();
    expect(container.querySelector("script")).toBeNull();
    expect(container.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("calls the row actions with the row's path", () => {
    const { container, calls } = draw();
    const rows = container.querySelectorAll<HTMLElement>(".ng-follow-up");
    const first = rows[0]!;
    first.querySelector<HTMLElement>(".ng-row-main > a")!.click();
    first.querySelector<HTMLElement>(".ng-row-main > a")!.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    first.querySelector<HTMLButtonElement>('button[aria-label^="Mark"]')!.click();
    first.querySelector<HTMLButtonElement>('button[aria-label^="Snooze"]')!.click();
    const jane = section(container, "reconnect").querySelectorAll<HTMLElement>(".ng-reconnect")[1]!;
    jane.querySelector<HTMLButtonElement>('button[aria-label^="Log"]')!.click();
    jane.querySelector<HTMLButtonElement>('button[aria-label^="Snooze"]')!.click();
    section(container, "followUps").querySelector<HTMLElement>(".ng-row-main > div > a")!.click();
    section(container, "goals").querySelector<HTMLElement>("a")!.click();
    section(container, "problems").querySelector<HTMLElement>("a")!.click();
    const note = "Meetings/2026-05-02 Coffee with Jane.md";
    expect(calls).toEqual([
      ["openNote", note],
      ["hoverNote", note],
      ["markFollowUpDone", note],
      ["snoozeFollowUp", note],
      ["logContact", "People/Jane Doe.md"],
      ["snoozeContact", "People/Jane Doe.md"],
      ["openNote", "People/Jane Doe.md"],
      ["openNote", "Journal/2026-01-05.md:3"],
      ["openNote", "People/Odd.md"],
    ]);
  });

  it("links look and work like Obsidian's internal links, and buttons are real buttons", () => {
    const { container } = draw();
    const link = container.querySelector("a.internal-link")!;
    // The path is in data-href, as in Obsidian's internal links; no href the browser could follow itself.
    expect(link.getAttribute("data-href")).toBe("Meetings/2026-05-02 Coffee with Jane.md");
    expect(link.hasAttribute("href")).toBe(false);
    const buttons = Array.from(container.querySelectorAll<HTMLElement>(".ng-row button"));
    // Follow-ups 3 × (Done, Snooze), reconnect 2 × (Log, Snooze), people to meet 1 × Log.
    expect(buttons.map((b) => b.textContent)).toEqual(["Done", "Snooze", "Done", "Snooze", "Done", "Snooze", "Log", "Snooze", "Log", "Snooze", "Log"]);
    for (const button of buttons) {
      expect(button.tagName).toBe("BUTTON");
      expect(button.getAttribute("aria-label")).toBeTruthy();
    }
    expect(container.querySelector(".ng-person button")!.getAttribute("aria-label")).toBe("Log meeting Ada Lovelace");
  });

  it("says so in words when a section is empty", () => {
    const { container } = draw(sidebarData({ followUps: [], reconnect: [], goals: [], peopleToMeet: [], problems: [] }));
    expect(section(container, "followUps").querySelector(".ng-empty")!.textContent).toBe("No follow-ups due. Nice.");
    expect(container.querySelectorAll(".ng-empty")).toHaveLength(5);
    expect(container.querySelectorAll(".ng-row")).toHaveLength(0);
  });

  it("keeps a collapsed section collapsed across a redraw", () => {
    const state = createSidebarState();
    const { container } = draw(sidebarData(), state);
    const toggle = section(container, "reconnect").querySelector<HTMLButtonElement>(".ng-section-toggle")!;
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    toggle.click();
    expect(state.collapsed.reconnect).toBe(true);
    const collapsed = section(container, "reconnect");
    expect(collapsed.classList.contains("is-collapsed")).toBe(true);
    expect(collapsed.querySelector(".ng-section-toggle")!.getAttribute("aria-expanded")).toBe("false");
    expect(collapsed.querySelectorAll(".ng-row")).toHaveLength(0);
    // The view redraws with new data and the same state: still collapsed, and focus stayed on the toggle.
    const { actions } = recordingActions();
    renderSidebar(container, sidebarData(), actions, state, names);
    expect(section(container, "reconnect").classList.contains("is-collapsed")).toBe(true);
    expect(section(container, "followUps").classList.contains("is-collapsed")).toBe(false);
  });

  it("opens every section at one page within the sidebar's row budget", () => {
    // A section added to the sidebar must not push a first draw past MAX_ROWS: lower PAGE_SIZE instead.
    expect(SIDEBAR_SECTIONS.length * PAGE_SIZE).toBeLessThanOrEqual(MAX_ROWS);
    const full = (n: number) => Array.from({ length: n }, (_, i) => `P${String(i).padStart(3, "0")}`);
    const data = sidebarData({
      reconnect: full(60).map((name) => reconnect({ contact: `People/${name}.md`, name })),
      followUps: full(60).map((name) => followUp({ note: `Meetings/${name}.md` })),
      problems: full(60).map((name) => ({ note: `${name}.md`, field: "date", message: "bad" })),
    });
    const { container } = draw(data, createSidebarState());
    for (const id of ["reconnect", "followUps", "problems"] as const) expect(section(container, id).querySelectorAll(".ng-row")).toHaveLength(PAGE_SIZE);
  });

  it("keeps at most 100 rows in the DOM and shows more on request", () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      reconnect({ contact: `People/P${String(i).padStart(3, "0")}.md`, name: `P${String(i).padStart(3, "0")}` }),
    );
    const manyFollowUps = Array.from({ length: 250 }, (_, i) => followUp({ note: `Meetings/M${String(i).padStart(3, "0")}.md` }));
    const problems = Array.from({ length: 250 }, (_, i) => ({ note: `N${i}.md`, field: "date", message: "bad" }));
    const state = createSidebarState();
    const { container } = draw(sidebarData({ reconnect: many, followUps: manyFollowUps, problems }), state);
    const rows = () => container.querySelectorAll(".ng-row").length;
    const reconnectRows = () => section(container, "reconnect").querySelectorAll(".ng-row");
    expect(rows()).toBeLessThanOrEqual(100);
    expect(reconnectRows()).toHaveLength(15);
    const more = () => section(container, "reconnect").querySelector<HTMLButtonElement>(".ng-show-more");
    expect(more()!.textContent).toBe("Show 15 more");
    expect(section(container, "reconnect").querySelector(".ng-list-range")!.textContent).toBe("Showing 1–15 of 250");
    more()!.click();
    expect(reconnectRows()).toHaveLength(30);
    expect(rows()).toBeLessThanOrEqual(100);
    // Far down the list (as if clicked many times): the window slides instead of growing.
    state.limits.reconnect = 220;
    const { actions } = recordingActions();
    renderSidebar(container, sidebarData({ reconnect: many, followUps: manyFollowUps, problems }), actions, state, names);
    for (let i = 0; i < 2; i++) {
      more()!.click();
      expect(rows()).toBeLessThanOrEqual(100);
    }
    // 260 asked for, 250 exist; the window slid so the last rows are reachable.
    expect(more()).toBeNull();
    const shown = reconnectRows();
    expect(shown[shown.length - 1]!.textContent).toContain("P249");
    expect(state.limits.reconnect).toBe(250);
    section(container, "reconnect").querySelector<HTMLButtonElement>(".ng-show-top")!.click();
    expect(reconnectRows()).toHaveLength(15);
    expect(reconnectRows()[0]!.textContent).toContain("P000");
  });

  it("grows a section up to the space the others leave", () => {
    const many = Array.from({ length: 90 }, (_, i) => reconnect({ contact: `People/P${i}.md`, name: `P${i}` }));
    const state = createSidebarState();
    state.limits.reconnect = 80;
    // followUps 3, goals 1, people 1, problems 1: reconnect may show 94 of its 80 wanted.
    const { container } = draw(sidebarData({ reconnect: many }), state);
    expect(section(container, "reconnect").querySelectorAll(".ng-row")).toHaveLength(80);
  });
});
