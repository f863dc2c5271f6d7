// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { Contact } from "../../src/model/types";
import { renderFollowUps } from "../../src/render/follow-ups";
import { filterFollowUps, filterReconnect } from "../../src/insights/list-filters";
import { readListOptions } from "../../src/parse/list-options";
import { renderReconnect } from "../../src/render/reconnect";
import { followUp, names, reconnect, recordingActions, sidebarData } from "./fixtures";

// A tiny YAML reader for options blocks: `key: value` lines, `[a, b]` lists, numbers; throws on a tab.
function parseYaml(text: string): unknown {
  if (text.includes("\t")) throw new Error("bad indentation\nat line 1");
  if (text.trim() === "just text") return "just text";
  const out: Record<string, unknown> = {};
  for (const line of text.split("\n")) {
    const m = /^(\w+):\s*(.*)$/.exec(line.trim());
    if (!m) continue;
    const raw = m[2]!.trim();
    const value = (v: string): unknown => (/^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v);
    out[m[1]!] = raw.startsWith("[") ? raw.slice(1, -1).split(",").map((v) => value(v.trim())) : value(raw);
  }
  return out;
}

function contact(path: string, partial: Partial<Contact> = {}): Contact {
  return { path, basename: path, name: path, aliases: [], tags: [], status: "active", ...partial };
}

const contacts = new Map<string, Contact>([
  ["People/Jane Doe.md", contact("People/Jane Doe.md", { tags: ["marketing/brand"], level: "senior", company: "[[Acme]]" })],
  ["People/Bob Li.md", contact("People/Bob Li.md", { tags: ["engineering"], level: "peer", company: "Globex" })],
  ["People/Carol.md", contact("People/Carol.md", { tags: ["marketing"] })],
]);
const lookup = (path: string) => contacts.get(path);

describe("readListOptions", () => {
  it("reads every option and its spellings", () => {
    const result = readListOptions("limit: 5\ntag: [#Marketing, sales]\nlevel: manager\ncompany: Acme, Globex\ndays: 14", parseYaml);
    expect(result).toEqual({
      ok: true,
      options: { limit: 5, tag: ["marketing", "sales"], level: ["senior"], company: ["Acme", "Globex"], days: 14 },
    });
    expect(readListOptions("", parseYaml)).toEqual({ ok: true, options: { tag: [], level: [], company: [] } });
  });

  it("returns problems in words and never throws", () => {
    const bad = readListOptions("limit: -2\nlevel: boss\ncolour: red\ndays: 1.5", parseYaml);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems).toEqual([
      "limit -2 is not a whole number of 1 or more",
      "level 'boss' is not senior, peer or junior (also above/manager, same/colleague, below/report)",
      "'colour' is not an option; the options are limit, tag, level, company, days",
      "days 1.5 is not a whole number of 0 or more",
    ]);
    expect(readListOptions("\tlimit: 1", parseYaml)).toEqual({
      ok: false,
      problems: ["The options are not valid YAML: bad indentation"],
    });
    expect(readListOptions("just text", parseYaml)).toEqual({
      ok: false,
      problems: ['The options should be lines such as "limit: 10", not \'just text\''],
    });
  });
});

describe("filterReconnect and filterFollowUps", () => {
  const rows = [
    reconnect({ contact: "People/Carol.md", name: "Carol", lastContact: null, due: null, daysOverdue: null }),
    reconnect({ contact: "People/Jane Doe.md", name: "Jane Doe", daysOverdue: 30 }),
    reconnect({ contact: "People/Bob Li.md", name: "Bob Li", daysOverdue: 5 }),
  ];
  const none = { tag: [], level: [], company: [] };

  it("filters by tag (nested tags count), level, company, days and limit, keeping the order", () => {
    const who = (list: { contact: string }[]) => list.map((r) => r.contact);
    expect(who(filterReconnect(rows, lookup, { ...none, tag: ["marketing"] }))).toEqual(["People/Carol.md", "People/Jane Doe.md"]);
    expect(who(filterReconnect(rows, lookup, { ...none, level: ["peer"] }))).toEqual(["People/Bob Li.md"]);
    expect(who(filterReconnect(rows, lookup, { ...none, company: ["acme"] }))).toEqual(["People/Jane Doe.md"]);
    expect(who(filterReconnect(rows, lookup, { ...none, days: 10 }))).toEqual(["People/Carol.md", "People/Jane Doe.md"]);
    expect(who(filterReconnect(rows, lookup, { ...none, limit: 2 }))).toEqual(["People/Carol.md", "People/Jane Doe.md"]);
  });

  it("keeps a follow-up when any attendee passes, and upcoming ones within days", () => {
    const list = sidebarData().followUps;
    const notes = (l: { note: string }[]) => l.map((r) => r.note);
    expect(notes(filterFollowUps(list, lookup, { ...none, level: ["peer"] }))).toEqual([
      "Meetings/2026-05-18 Call with Bob.md",
      "Meetings/2026-05-19 Lunch.md",
    ]);
    expect(notes(filterFollowUps(list, lookup, { ...none, days: 2 }))).toHaveLength(2);
  });
});

describe("list blocks", () => {
  it("renders the follow-ups block with groups and working buttons", () => {
    const el = activeDocument.body.createDiv();
    const { actions, calls } = recordingActions();
    renderFollowUps(el, sidebarData().followUps, actions, names);
    expect(Array.from(el.querySelectorAll(".ng-group-heading")).map((h) => h.textContent)).toEqual([
      "Overdue1",
      "Due today1",
      "Upcoming1",
    ]);
    el.querySelectorAll<HTMLButtonElement>(".ng-row button")[2]!.click();
    expect(calls).toEqual([["markFollowUpDone", "Meetings/2026-05-18 Call with Bob.md"]]);
    renderFollowUps(el, [], actions, names);
    expect(el.textContent).toBe("No follow-ups due. Nice.");
  });

  it("renders the reconnect block, its empty state and a name as text", () => {
    const el = activeDocument.body.createDiv();
    const { actions, calls } = recordingActions();
    renderReconnect(el, [reconnect({ contact: "People/x.md", name: "<img src=x onerror=alert(1)>" })], actions);
    expect(el.querySelector("img")).toBeNull();
    expect(el.querySelector(".ng-row .ng-link")!.textContent).toBe("<img src=x onerror=alert(1)>");
    el.querySelector<HTMLButtonElement>('button[aria-label^="Log"]')!.click();
    expect(calls).toEqual([["logContact", "People/x.md"]]);
    renderReconnect(el, [], actions, undefined, { emptyText: "Nobody tagged marketing is overdue." });
    expect(el.textContent).toBe("Nobody tagged marketing is overdue.");
  });

  it("gives the year of a date in another year", () => {
    const el = activeDocument.body.createDiv();
    const { actions } = recordingActions();
    renderReconnect(el, [reconnect({ contact: "People/x.md", name: "X", lastContact: "2025-11-02", daysOverdue: 110 })], actions, undefined, {
      today: "2026-05-20",
    });
    expect(el.querySelector(".ng-row-main > div")!.textContent).toBe("last seen 2 Nov 2025 · 110 days overdue");
  });

  it("upcoming tomorrow reads as tomorrow", () => {
    const el = activeDocument.body.createDiv();
    const { actions } = recordingActions();
    renderFollowUps(el, [followUp({ note: "M.md", status: "upcoming", days: 1, due: "2026-05-21" })], actions, names);
    expect(el.querySelector(".ng-row-main > div > span")!.textContent).toBe("tomorrow");
  });
});
