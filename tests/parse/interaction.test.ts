import { describe, expect, it } from "vitest";
import { fileNameDate, normaliseKind, readFollowUpDone } from "../../src/parse/interaction";
import { BOTH } from "./yaml";
import { md, readNote } from "./notes";

describe("interaction notes", () => {
  describe.each(BOTH)("%s", (_name, parse) => {
    it("reads every field of a meeting note", () => {
      const note = readNote(
        "Meetings/Coffee with Jane.md",
        md(`type: meeting
date: 2026-03-02T08:30
with: [[Jane Doe]]
kind: Informational Interview
follow_up: 2026-03-09
follow_up_done: false
gave:
  - Intro to [[Bob Li]], our data lead
asked: Feedback on my portfolio, especially the case studies
learned:
  - Brand teams hire from agencies
  - Q3 opening`),
        parse,
      );
      expect(note.problems).toEqual([]);
      expect(note.interaction).toEqual({
        path: "Meetings/Coffee with Jane.md",
        date: "2026-03-02",
        attendeeRefs: ["[[Jane Doe]]"],
        unquotedRefs: ["[[Jane Doe]]"],
        attendeeField: "with",
        attendeesFromBody: false,
        kind: "informational-interview",
        followUp: "2026-03-09",
        followUpDone: false,
        gave: ["Intro to [[Bob Li]], our data lead"],
        asked: ["Feedback on my portfolio, especially the case studies"],
        learned: ["Brand teams hire from agencies", "Q3 opening"],
        links: ["[[Jane Doe]]", "[[Bob Li]]"],
        attendees: [],
      });
    });

    it("merges every attendee field, in order, once each", () => {
      const note = readNote(
        "Meetings/2026-03-02 Team lunch.md",
        md(`With: "[[Jane Doe]], [[Bob Li]]"
attendees:
  - [[Bob Li|Bob]]
  - Ada
participants: [[Cy]]
people: Dee, Eve
person: Fay
contacts: ["[[People/Gus.md]]"]`),
        parse,
      );
      expect(note.interaction?.attendeeRefs).toEqual([
        "[[Jane Doe]]", "[[Bob Li]]", "Ada", "[[Cy]]", "Dee", "Eve", "Fay", "[[People/Gus.md]]",
      ]);
      expect(note.interaction?.attendeesFromBody).toBe(false);
      expect(note.interaction?.date).toBe("2026-03-02");
    });

    it("takes attendees from body links when no attendee field is filled in", () => {
      const text = md("kind: call\nwith:", "Call with [[Jane Doe|Jane]] and [Bob](People/Bob%20Li.md) about [[Acme]].\n![[chart.png]]\n");
      const note = readNote("Meetings/2026-03-02 Call.md", text, parse);
      expect(note.interaction).toMatchObject({
        attendeeRefs: ["Jane Doe", "People/Bob Li.md", "Acme"],
        attendeesFromBody: true,
        kind: "call",
      });
    });

    it.each([
      ["date: 2026-03-02", "2026-03-02"],
      ["day: 2026-03-02", "2026-03-02"],
      ["start_date: 2026-03-02 14:00", "2026-03-02"],
      ["when: \"[[2026-03-02]]\"", "2026-03-02"],
      ["Date: 2026-03-02\nday: 2026-04-01", "2026-03-02"],
    ])("date from %s", (yaml, date) => {
      expect(readNote("Meetings/Coffee.md", md(yaml), parse).interaction?.date).toBe(date);
    });

    it("falls back to the file name's date", () => {
      expect(readNote("Meetings/2026-03-02 Coffee with Jane.md", md("kind: coffee"), parse).interaction?.date).toBe("2026-03-02");
      expect(readNote("Meetings/2026-03-02.md", "", parse).interaction?.date).toBe("2026-03-02");
    });

    it("an interaction without a date is a problem, and still counts", () => {
      const note = readNote("Meetings/Coffee with Jane.md", md("with: Jane"), parse);
      expect(note.interaction?.attendeeRefs).toEqual(["Jane"]);
      expect(note.interaction?.date).toBeUndefined();
      expect(note.problems.map((p) => p.field)).toEqual(["date"]);
    });

    it("a bad date is one problem, and the file name still dates the note", () => {
      const note = readNote("Meetings/2026-03-02 Coffee.md", md("when: next tuesday"), parse);
      expect(note.interaction?.date).toBe("2026-03-02");
      expect(note.problems).toEqual([
        { note: "Meetings/2026-03-02 Coffee.md", field: "when", message: "when 'next tuesday' is not a date such as 2026-03-02" },
      ]);
    });

    it.each([
      ["follow-up: 2026-03-09", "2026-03-09"],
      ["followup: 2026-03-09", "2026-03-09"],
      ["follow_up_by: 2026-03-09", "2026-03-09"],
    ])("follow-up from %s", (yaml, date) => {
      expect(readNote("Meetings/2026-03-02.md", md(yaml), parse).interaction?.followUp).toBe(date);
    });

    it.each([
      ["follow_up_done: true", true],
      ["follow_up_done: yes", true],
      ["followed_up: no", false],
      ["followed_up: 2026-03-05", "2026-03-05"],
      ["follow_up_done:", false],
      ["kind: coffee", false],
    ])("%s", (yaml, done) => {
      expect(readNote("Meetings/2026-03-02.md", md(yaml), parse).interaction?.followUpDone).toBe(done);
    });

    it("reads the aliases of gave, asked and learned, first alias winning", () => {
      const note = readNote(
        "Meetings/2026-03-02.md",
        md("offered: a reference\ngiven: the deck, and notes\nrequested: [an intro]\ntakeaways: hire from agencies"),
        parse,
      );
      expect(note.interaction).toMatchObject({
        gave: ["the deck, and notes"],
        asked: ["an intro"],
        learned: ["hire from agencies"],
      });
    });

    it("reports wrong types and keeps the rest", () => {
      const note = readNote(
        "Meetings/2026-03-02 x.md",
        md("with: [Jane, 7]\nkind: {a: b}\nfollow_up: someday\nfollow_up_done: maybe\ngave: [1, {x: y}]"),
        parse,
      );
      expect(note.interaction).toMatchObject({ attendeeRefs: ["Jane"], kind: "meeting", followUpDone: false, gave: ["1"] });
      expect(note.problems.map((p) => p.field)).toEqual(["with", "kind", "follow_up", "follow_up_done", "gave"]);
    });
  });
});

describe("normaliseKind", () => {
  it.each([
    ["Informational Interview", "informational-interview"],
    ["informational_interview", "informational-interview"],
    ["  COFFEE ", "coffee"],
    ["one  on   one", "one-on-one"],
  ])("%s", (text, kind) => {
    expect(normaliseKind(text)).toBe(kind);
  });
});

describe("fileNameDate", () => {
  it.each([
    ["2026-03-02 Coffee with Jane", "2026-03-02"],
    ["2026-03-02", "2026-03-02"],
    ["2026-03-02-call", "2026-03-02"],
    ["2026-02-30 Coffee", undefined],
    ["Coffee 2026-03-02", undefined],
    ["2026-03-021", undefined],
  ])("%s", (name, date) => {
    expect(fileNameDate(name)).toBe(date);
  });
});

describe("readFollowUpDone", () => {
  it("explains a value that is neither a flag nor a date", () => {
    expect(readFollowUpDone("maybe")).toEqual({ ok: false, error: "'maybe' is not true, false or the date it was done" });
  });
});
