// A person's page (SPEC §3.7) over notes written the way users write them.
import { describe, expect, it } from "vitest";
import { load, CORE_SCHEMA } from "js-yaml";
import { NetworkIndex } from "../../src/index/network-index";
import { personPage, personToJson } from "../../src/insights/person-page";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { md, noteInput } from "../parse/notes";

const parseYaml = (text: string): unknown => load(text, { schema: CORE_SCHEMA });
const TODAY = "2026-05-20";

function vault(notes: Record<string, string>): NetworkIndex {
  const index = new NetworkIndex(DEFAULT_SETTINGS, parseYaml);
  index.upsertAll(Object.entries(notes).map(([path, text]) => noteInput(path, text, parseYaml)));
  return index;
}

const NOTES = {
  "People/Jane Doe.md": md(
    'name: Jane Doe\naliases: [JD]\ncompany: "[[Acme Corp]]"\nrole: Design Director\nlevel: above\ncadence: monthly\nbirthday: 1981-06-02\npurpose: Honest feedback on leadership\noffer: Research synthesis\nintroduced_by: "[[Bob Li]]"',
  ),
  "People/Bob Li.md": md("name: Bob Li\nkeep_in_touch: 2 weeks"),
  "People/Priya Raman.md": md('Name: Priya Raman\nIntroduced_by: "[[Jane Doe]]"'),
  "People/Ada.md": md("introduced_by: JD\nstatus: target"),
  "People/Elsewhere.md": md('introduced_by: "[[Bob Li]]"'),
  "Meetings/2026-01-14 Coffee with Jane.md": md("kind: coffee\nwith: [[Jane Doe]]\ngave: Shared my research-ops template\nlearned:\n  - Lead one rebrand end to end\n  - Ask for the stretch project"),
  "Meetings/2026-04-02 Call.md": md('with: "JD, [[Bob Li]]"\nkind: Call\nasked: [Intro to Priya, Portfolio review]\nfollow_up: 2026-05-18'),
  "Meetings/Walk with Jane.md": md("with: JD\nkind: coffee"),
  "Meetings/2026-06-01 Lunch.md": md('with: "[[Jane Doe]]"\nkind: lunch\nfollow_up: 2026-05-25'),
  "Meetings/2026-05-01 Bob only.md": md('with: "[[Bob Li]]"'),
};

describe("a person's page", () => {
  const index = vault(NOTES);
  const page = personPage(index, "People/Jane Doe.md", TODAY, DEFAULT_SETTINGS)!;

  it("has the contact's own fields", () => {
    expect(page).toMatchObject({
      name: "Jane Doe",
      status: "active",
      company: "Acme Corp",
      role: "Design Director",
      level: "senior",
      cadence: { amount: 1, unit: "month" },
      purpose: "Honest feedback on leadership",
      offer: "Research synthesis",
    });
  });

  it("says when they were last seen and when they are due, as the reconnect list would", () => {
    // Last seen 2 April (the undated walk does not count), monthly: due 2 May, 18 days ago.
    expect(page).toMatchObject({ tracked: true, lastContact: "2026-04-02", due: "2026-05-02", daysOverdue: 18, snoozedUntil: null });
  });

  it("lists every interaction with them newest first, undated last, and the scheduled ones apart", () => {
    expect(page.interactions.map((i) => [i.note, i.date, i.kind])).toEqual([
      ["Meetings/2026-04-02 Call.md", "2026-04-02", "call"],
      ["Meetings/2026-01-14 Coffee with Jane.md", "2026-01-14", "coffee"],
      ["Meetings/Walk with Jane.md", null, "coffee"],
    ]);
    expect(page.interactions[1]).toMatchObject({ gave: ["Shared my research-ops template"], learned: ["Lead one rebrand end to end", "Ask for the stretch project"] });
    expect(page.scheduled.map((i) => i.note)).toEqual(["Meetings/2026-06-01 Lunch.md"]);
    expect(page.giving).toEqual({ gave: 1, asked: 2 });
  });

  it("has their open follow-ups, a scheduled meeting's own included", () => {
    expect(page.followUps.map((f) => [f.note, f.status, f.days])).toEqual([
      ["Meetings/2026-04-02 Call.md", "overdue", 2],
      ["Meetings/2026-06-01 Lunch.md", "upcoming", 5],
    ]);
  });

  it("says who introduced them and whom they introduced (by any name they answer to)", () => {
    expect(page.introducedBy).toEqual({ contact: "People/Bob Li.md", name: "Bob Li" });
    expect(page.introduced).toEqual([
      { contact: "People/Ada.md", name: "Ada" },
      { contact: "People/Priya Raman.md", name: "Priya Raman" },
    ]);
  });

  it("has the next birthday", () => {
    expect(page.birthday).toEqual({ date: "2026-06-02", inDays: 13, turns: 45 });
  });

  it("says why a contact is not on the reconnect list", () => {
    expect(personPage(index, "People/Ada.md", TODAY, DEFAULT_SETTINGS)).toMatchObject({ tracked: false, untracked: "status", due: null, daysOverdue: null });
    expect(personPage(index, "People/Priya Raman.md", TODAY, DEFAULT_SETTINGS)).toMatchObject({ tracked: false, untracked: "no-history", lastContact: null });
    const none = vault({ "People/X.md": md("cadence: none\nlast_contact: 2026-01-01") });
    expect(personPage(none, "People/X.md", TODAY, DEFAULT_SETTINGS)).toMatchObject({ tracked: false, untracked: "no-cadence", lastContact: "2026-01-01" });
  });

  it("is not due yet when last seen recently, and is null for a note that is no contact", () => {
    const bob = personPage(index, "People/Bob Li.md", TODAY, DEFAULT_SETTINGS)!;
    expect(bob).toMatchObject({ lastContact: "2026-05-01", due: "2026-05-15", daysOverdue: 5 });
    expect(personPage(index, "Meetings/Walk with Jane.md", TODAY, DEFAULT_SETTINGS)).toBeNull();
  });

  it("follows edits: a new meeting, a renamed introducer", () => {
    const live = vault(NOTES);
    live.upsert(noteInput("Meetings/2026-05-19 Coffee.md", md("with: JD\ngave: [Book, Intro to Leo]"), parseYaml));
    const after = personPage(live, "People/Jane Doe.md", TODAY, DEFAULT_SETTINGS)!;
    expect(after).toMatchObject({ lastContact: "2026-05-19", due: "2026-06-19", daysOverdue: null, giving: { gave: 3, asked: 2 } });
    live.remove("People/Bob Li.md");
    expect(personPage(live, "People/Jane Doe.md", TODAY, DEFAULT_SETTINGS)!.introducedBy).toBeNull();
  });

  it("has the JSON keys of SPEC §5, in order", () => {
    const json = personToJson(page);
    expect(Object.keys(json)).toEqual([
      "today", "contact", "name", "status", "company", "role", "level", "cadence", "purpose", "offer", "tracked", "lastContact", "due",
      "daysOverdue", "snoozedUntil", "birthday", "introducedBy", "introduced", "followUps", "interactions", "scheduled", "giving",
    ]);
    expect(json.cadence).toBe("1 month");
    expect(Object.keys(json.interactions[0]!)).toEqual(["note", "date", "kind", "gave", "asked", "learned"]);
  });
});
