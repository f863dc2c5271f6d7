import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { parseNote } from "../../src/parse/note";
import { md, readNote } from "./notes";
import { asText } from "./yaml";

function kindOf(path: string, text: string, settings = DEFAULT_SETTINGS): string {
  const note = readNote(path, text, asText, settings);
  return note.contact ? "contact" : note.interaction ? "interaction" : "neither";
}

describe("classifying notes", () => {
  it.each([
    ["type: contact", "contact"],
    ["type: Person", "contact"],
    ["category: person", "contact"],
    ["type: [contact, vip]", "contact"],
    ['type: "[[Person]]"', "contact"],
    ["tags: [contact]", "contact"],
    ["tags: people", "contact"],
    ['tags: "#person"', "contact"],
    ["tags: [person/mentor]", "contact"],
    ["type: meeting", "interaction"],
    ["type: Interaction", "interaction"],
    ["type: [meeting, coffee]", "interaction"],
    ["tags: [meeting]", "interaction"],
    ["tags: interaction/call", "interaction"],
    ["tags: [personal]", "neither"],
    ["tags: [work/person]", "neither"],
    ["type: project", "neither"],
  ])("Notes/x.md with %s is a %s", (yaml, kind) => {
    expect(kindOf("Notes/2026-03-02 x.md", md(yaml))).toBe(kind);
  });

  it.each([
    ["People/Jane.md", "contact"],
    ["people/Work/Acme/Jane.md", "contact"],
    ["Meetings/2026-03-02 Coffee.md", "interaction"],
    ["Meetings/2026/03/2026-03-02 Coffee.md", "interaction"],
    ["Archive/People/Jane.md", "neither"],
    ["Peoples/Jane.md", "neither"],
    ["Jane.md", "neither"],
  ])("by folder: %s is a %s", (path, kind) => {
    expect(kindOf(path, "Just notes, no frontmatter.")).toBe(kind);
  });

  it("matches nested setting folders, deepest first", () => {
    const settings = { ...DEFAULT_SETTINGS, contactFolders: ["CRM/", "/People"], interactionFolders: ["CRM/Log", ""] };
    expect(kindOf("CRM/Jane.md", "", settings)).toBe("contact");
    expect(kindOf("crm/log/2026-03-02.md", "", settings)).toBe("interaction");
    expect(kindOf("Journal/2026-03-02.md", "", settings)).toBe("neither");
  });

  it("an explicit type wins over the folder, both ways", () => {
    expect(kindOf("People/2026-03-02 Coffee with Jane.md", md("type: meeting"))).toBe("interaction");
    expect(kindOf("Meetings/Jane.md", md("type: person"))).toBe("contact");
    expect(kindOf("People/Templates.md", md("type: template"))).toBe("neither");
  });

  it.each(["call", "1on1", "coffee", "[call, sync]"])("type: %s in an interaction folder keeps the note an interaction (SPEC §1.2)", (type) => {
    expect(kindOf("Meetings/2026-03-02 Sync.md", md(`type: ${type}`))).toBe("interaction");
    expect(kindOf("Meetings/2026-03-02 Sync.md", md(`type: ${type}\ntags: [person]`))).toBe("contact");
  });

  it("tags win over the folder and lose to the type", () => {
    expect(kindOf("People/2026-03-02 call.md", md("tags: [meeting]"))).toBe("interaction");
    expect(kindOf("Notes/x.md", md("type: person\ntags: [meeting]"))).toBe("contact");
  });

  it("when tags say both, the folder decides; when nothing decides, an interaction and a problem", () => {
    expect(kindOf("People/Jane.md", md("tags: [person, meeting]"))).toBe("contact");
    const note = readNote("Notes/2026-03-02 lunch.md", md("tags: [people, meeting]"));
    expect(note.interaction).toBeDefined();
    expect(note.problems.map((p) => [p.note, p.field])).toEqual([["Notes/2026-03-02 lunch.md", "tags"]]);
    expect(note.problems[0]?.message).toContain("both a contact and an interaction");
  });

  it("reads a note with broken YAML from its folder and body, with one yaml problem", () => {
    const note = readNote("Meetings/2026-03-02 Coffee.md", md("with: [[Jane]], [[Bob]]\nkind: coffee", "Met [[Jane Doe]]."));
    expect(note.problems.map((p) => p.field)).toEqual(["yaml"]);
    expect(note.interaction).toMatchObject({ date: "2026-03-02", attendeeRefs: ["Jane Doe"], attendeesFromBody: true, kind: "meeting" });
  });

  it("a frontmatter that is a list or a text is a yaml problem", () => {
    for (const frontmatter of [["a"], "text", 42]) {
      const note = parseNote({ path: "People/x.md", frontmatter, bodyLinks: [], goalBlocks: [] }, DEFAULT_SETTINGS, asText);
      expect(note.problems.map((p) => p.field)).toEqual(["yaml"]);
      expect(note.contact?.name).toBe("x");
    }
  });

  it("parseNote never throws, whatever the frontmatter and goal blocks", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything({ withDate: true }), fc.dictionary(fc.constantFrom("type", "tags", "with", "date", "cadence", "name", "level", "follow_up_done", "kind", "Status"), fc.anything({ withDate: true }))),
        fc.array(fc.record({ source: fc.string(), line: fc.nat() }), { maxLength: 3 }),
        fc.constantFrom("People/a.md", "Meetings/2026-01-02 b.md", "c.md"),
        (frontmatter, goalBlocks, path) => {
          const note = parseNote({ path, frontmatter, bodyLinks: ["Jane"], goalBlocks }, DEFAULT_SETTINGS, asText);
          expect(note.goals).toHaveLength(goalBlocks.length);
          expect(note.problems.every((p) => p.note === path && p.message.length > 0)).toBe(true);
          expect(note.problems.some((p) => p.field === "note")).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
