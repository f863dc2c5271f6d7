import { describe, expect, it } from "vitest";
import { load, CORE_SCHEMA } from "js-yaml";
import { NetworkIndex } from "../../src/index/network-index";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import type { Contact, Interaction, ParsedNote } from "../../src/model/types";

const parseYaml = (text: string): unknown => load(text, { schema: CORE_SCHEMA });

function contact(path: string, extra: Partial<Contact> = {}): ParsedNote {
  const basename = path.replace(/^.*\//, "").replace(/\.md$/, "");
  return {
    path,
    contact: { path, basename, name: basename, aliases: [], tags: [], status: "active", ...extra },
    goals: [],
    problems: [],
  };
}

function meeting(path: string, refs: string[], extra: Partial<Interaction> = {}): ParsedNote {
  return {
    path,
    interaction: {
      path,
      date: "2026-05-01",
      attendeeRefs: refs,
      attendeesFromBody: false,
      kind: "meeting",
      followUpDone: false,
      gave: [],
      asked: [],
      learned: [],
      ...extra,
    },
    goals: [],
    problems: [],
  };
}

function newIndex(): NetworkIndex {
  return new NetworkIndex(DEFAULT_SETTINGS, parseYaml);
}

describe("NetworkIndex: resolving attendees", () => {
  it("resolves by path, file name, display name and alias, ignoring case and .md", () => {
    const index = newIndex();
    index.put(contact("People/Jane Doe.md", { name: "Jane A. Doe", aliases: ["JD"] }));
    index.put(meeting("Meetings/a.md", ["People/Jane Doe", "jane doe", "Jane A. Doe", "jd", "Jane Doe.md"]));
    expect(index.interaction("Meetings/a.md")?.attendees).toEqual(["People/Jane Doe.md"]);
    expect(index.problems()).toEqual([]);
  });

  it("matches a partial folder path the way Obsidian links do", () => {
    const index = newIndex();
    index.put(contact("Network/People/Jane Doe.md"));
    index.put(meeting("Meetings/a.md", ["People/Jane Doe"]));
    expect(index.interaction("Meetings/a.md")?.attendees).toEqual(["Network/People/Jane Doe.md"]);
  });

  it("prefers a file name over another contact's display name", () => {
    const index = newIndex();
    index.put(contact("People/Alex.md"));
    index.put(contact("People/Alex Kim.md", { name: "Alex" }));
    index.put(meeting("Meetings/a.md", ["Alex"]));
    expect(index.interaction("Meetings/a.md")?.attendees).toEqual(["People/Alex.md"]);
  });

  it("reports an ambiguous name as a problem instead of guessing", () => {
    const index = newIndex();
    index.put(contact("People/Alex Kim.md", { aliases: ["Alex"] }));
    index.put(contact("People/Alex Chen.md", { aliases: ["Alex"] }));
    index.put(meeting("Meetings/a.md", ["Alex"], { attendeeField: "attendees" }));
    expect(index.interaction("Meetings/a.md")?.attendees).toEqual([]);
    const [problem] = index.problems();
    expect(problem?.note).toBe("Meetings/a.md");
    expect(problem?.field).toBe("attendees");
    expect(problem?.message).toContain("People/Alex Chen.md, People/Alex Kim.md");
  });

  it("lists goals by note path whatever order the notes come and go in", () => {
    const index = newIndex();
    const journal = (path: string, blocks: number) => ({
      path,
      frontmatter: {},
      bodyLinks: [],
      goalBlocks: Array.from({ length: blocks }, (_, i) => ({ source: `metric: interactions\ntarget: ${i + 1}\nperiod: month`, line: i * 10 })),
    });
    for (const path of ["Journal/b.md", "Journal/a.md", "Journal/c.md", "Archive/z.md"]) index.upsert(journal(path, 2));
    index.upsert(journal("Journal/a.md", 1));
    index.remove("Journal/c.md");
    index.upsert(journal("Archive/z.md", 0));
    expect(index.goals().map((g) => `${g.note}#${g.index}`)).toEqual(["Journal/a.md#0", "Journal/b.md#0", "Journal/b.md#1"]);
  });

  it("keeps the problem list when a note is read again with the problems it had", () => {
    const index = newIndex();
    const note = (when: string, extra = "") => ({ path: "Meetings/a.md", frontmatter: { date: when, with: "Nobody", gave: extra }, bodyLinks: [], goalBlocks: [] });
    index.upsert(note("someday"));
    const before = index.problems();
    expect(before.map((p) => p.field)).toEqual(["date", "with"]);
    // An edit that changes no problem (a new gave text): the very same list.
    index.upsert(note("someday", "an intro"));
    expect(index.problems()).toBe(before);
    index.upsert(note("2026-05-01", "an intro"));
    expect(index.problems().map((p) => p.field)).toEqual(["with"]);
  });

  it("names the attendee field as the note wrote it in an unknown-contact problem", () => {
    const index = newIndex();
    index.upsert({ path: "Meetings/a.md", frontmatter: { date: "2026-05-01", Attendees: ["[[Nobody]]"] }, bodyLinks: [], goalBlocks: [] });
    index.upsert({ path: "Meetings/b.md", frontmatter: { date: "2026-05-01", participants: "Nobody Else" }, bodyLinks: [], goalBlocks: [] });
    expect(index.problems().map((p) => [p.note, p.field])).toEqual([
      ["Meetings/a.md", "Attendees"],
      ["Meetings/b.md", "participants"],
    ]);
  });

  it("reports unknown contacts, but not body links that are not contacts", () => {
    const index = newIndex();
    index.put(meeting("Meetings/a.md", ["Nobody"]));
    index.put(meeting("Meetings/b.md", ["Some Project"], { attendeesFromBody: true }));
    expect(index.problems().map((p) => [p.note, p.message.startsWith("unknown contact 'Nobody'")])).toEqual([
      ["Meetings/a.md", true],
    ]);
  });

  it("re-resolves earlier meetings when the contact they name is added, renamed or deleted", () => {
    const index = newIndex();
    index.put(meeting("Meetings/a.md", ["Jane Doe"]));
    expect(index.problems()).toHaveLength(1);
    index.put(contact("People/Jane Doe.md"));
    expect(index.interaction("Meetings/a.md")?.attendees).toEqual(["People/Jane Doe.md"]);
    expect(index.problems()).toHaveLength(0);

    index.rename("People/Jane Doe.md", { path: "People/Jane Smith.md", frontmatter: { aliases: ["Jane Doe"] }, bodyLinks: [], goalBlocks: [] });
    expect(index.interaction("Meetings/a.md")?.attendees).toEqual(["People/Jane Smith.md"]);

    index.remove("People/Jane Smith.md");
    expect(index.interaction("Meetings/a.md")?.attendees).toEqual([]);
    expect(index.problems()).toHaveLength(1);
  });

  it("reports an introducer who is not a contact", () => {
    const index = newIndex();
    index.put(contact("People/Bob.md", { introducedBy: "Carol" }));
    expect(index.problems()).toEqual([
      expect.objectContaining({ note: "People/Bob.md", field: "introduced_by" }),
    ]);
    index.put(contact("People/Carol.md"));
    expect(index.problems()).toEqual([]);
  });
});

describe("NetworkIndex: one note at a time", () => {
  it("bumps the revision on every change and keeps lists in note-path order", () => {
    const index = newIndex();
    const start = index.revision;
    index.put(meeting("Meetings/b.md", ["X"]));
    index.put(meeting("Meetings/a.md", ["Y"]));
    expect(index.revision).toBe(start + 2);
    expect(index.problems().map((p) => p.note)).toEqual(["Meetings/a.md", "Meetings/b.md"]);
    index.remove("Meetings/a.md");
    expect(index.revision).toBe(start + 3);
    expect([...index.interactions()].map((i) => i.path)).toEqual(["Meetings/b.md"]);
    index.remove("Meetings/none.md");
    expect(index.revision).toBe(start + 3);
  });

  it("replacing a note replaces everything it contributed", () => {
    const index = newIndex();
    index.put(contact("People/Ann.md"));
    index.put(meeting("People/Ann.md", ["Ann"]));
    expect([...index.contacts()]).toHaveLength(0);
    expect([...index.interactions()]).toHaveLength(1);
  });

  it("reads notes through the parser with its settings", () => {
    const index = newIndex();
    index.upsert({ path: "People/Jane Doe.md", frontmatter: { company: "Acme" }, bodyLinks: [], goalBlocks: [] });
    index.upsert({ path: "Meetings/2026-03-02 Coffee.md", frontmatter: { with: [["Jane Doe"]] }, bodyLinks: [], goalBlocks: [] });
    expect(index.contact("People/Jane Doe.md")?.company).toBe("Acme");
    expect(index.interaction("Meetings/2026-03-02 Coffee.md")).toMatchObject({
      date: "2026-03-02",
      attendees: ["People/Jane Doe.md"],
    });
  });

  it("reports a default cadence setting that is not a duration, and falls back to 90 days", () => {
    const index = new NetworkIndex({ ...DEFAULT_SETTINGS, defaultCadence: "sometimes" }, parseYaml);
    expect(index.defaultCadence).toEqual({ amount: 90, unit: "day" });
    expect(index.problems()[0]?.field).toBe("defaultCadence");
  });
});

describe("NetworkIndex: loading a vault at once", () => {
  it("resolves meetings read before their contacts, once, at the end", () => {
    const bulk = newIndex();
    const inputs = [
      { path: "Meetings/2026-03-02 Coffee.md", frontmatter: { with: ["[[Jane Doe]]", "Bob"] }, bodyLinks: [], goalBlocks: [] },
      { path: "People/Jane Doe.md", frontmatter: {}, bodyLinks: [], goalBlocks: [] },
      { path: "People/Bob Li.md", frontmatter: { aliases: ["Bob"], introduced_by: "[[Jane Doe]]" }, bodyLinks: [], goalBlocks: [] },
    ];
    bulk.upsertAll(inputs);
    const oneByOne = newIndex();
    for (const input of inputs) oneByOne.upsert(input);
    expect(bulk.interaction("Meetings/2026-03-02 Coffee.md")?.attendees).toEqual(["People/Jane Doe.md", "People/Bob Li.md"]);
    expect(bulk.interaction("Meetings/2026-03-02 Coffee.md")).toEqual(oneByOne.interaction("Meetings/2026-03-02 Coffee.md"));
    expect(bulk.problems()).toEqual([]);
  });

  it("answers to edits after a bulk load as it does after single ones", () => {
    const index = newIndex();
    index.upsertAll([
      { path: "Meetings/2026-03-02 a.md", frontmatter: { with: "Carol" }, bodyLinks: [], goalBlocks: [] },
      { path: "People/Jane.md", frontmatter: {}, bodyLinks: [], goalBlocks: [] },
    ]);
    expect(index.problems().map((p) => p.note)).toEqual(["Meetings/2026-03-02 a.md"]);
    index.upsert({ path: "People/Carol.md", frontmatter: {}, bodyLinks: [], goalBlocks: [] });
    expect(index.interaction("Meetings/2026-03-02 a.md")?.attendees).toEqual(["People/Carol.md"]);
    expect(index.problems()).toEqual([]);
  });

  // Who refers to what is not kept during a bulk load; the first edit or question after one reads it from every note.
  it("re-resolves the right notes after a second bulk load and a note read twice in one, as one note at a time does", () => {
    const bulk = newIndex();
    const oneByOne = newIndex();
    const both = (apply: (index: NetworkIndex) => void): void => [bulk, oneByOne].forEach(apply);
    const load = (notes: ParsedNote[]): void => {
      bulk.beginBulk();
      for (const note of notes) bulk.put(structuredClone(note));
      bulk.endBulk();
      for (const note of notes) oneByOne.put(structuredClone(note));
    };
    load([
      meeting("Meetings/a.md", ["Carol", "[[Jane]]"]),
      meeting("Meetings/b.md", ["Dee"]),
      contact("People/Jane.md"),
      contact("People/Bob.md", { introducedBy: "Carol" }),
    ]);
    expect(bulk.introducedBy("People/Jane.md")).toEqual([]);
    both((index) => index.put(contact("People/Carol.md")));
    expect(bulk.introducedBy("People/Carol.md")).toEqual(["People/Bob.md"]);
    // A second load over the same index, the meeting read twice (a `changed` event while the slices are read).
    load([meeting("Meetings/b.md", ["Carol"]), contact("People/Dee.md"), meeting("Meetings/b.md", ["Dee", "Jane"]), meeting("Meetings/c.md", ["Eve"])]);
    // A second Dee makes the name ambiguous; Eve arrives for the meeting that named her; Jane goes.
    both((index) => index.put(contact("Work/Dee.md")));
    both((index) => index.put(contact("People/Eve.md")));
    both((index) => index.remove("People/Jane.md"));
    for (const path of ["Meetings/a.md", "Meetings/b.md", "Meetings/c.md"]) {
      expect(bulk.interaction(path)?.attendees, path).toEqual(oneByOne.interaction(path)?.attendees);
    }
    expect(bulk.interaction("Meetings/a.md")?.attendees).toEqual(["People/Carol.md"]);
    expect(bulk.interaction("Meetings/b.md")?.attendees).toEqual([]);
    expect(bulk.interaction("Meetings/c.md")?.attendees).toEqual(["People/Eve.md"]);
    expect(bulk.problems()).toEqual(oneByOne.problems());
    expect(bulk.problems().map((p) => `${p.note} ${p.message.slice(0, 20)}`)).toEqual([
      "Meetings/a.md unknown contact '[[J",
      "Meetings/b.md 'Dee' matches severa",
      "Meetings/b.md unknown contact 'Jan",
    ]);
  });
});
