import { describe, expect, it } from "vitest";
import { BOTH } from "./yaml";
import { md, readNote } from "./notes";

describe("contact notes", () => {
  describe.each(BOTH)("%s", (_name, parse) => {
    it("reads every field of a full contact note", () => {
      const note = readNote(
        "People/Jane Doe.md",
        md(`name: Jane Doe
aliases: [Janie, JD]
company: "[[Acme]]"
role: VP Marketing
level: above
tags: [person/mentor, marketing]
met: 2025-11-04
met_at: "[[Events/Brand Summit 2025]]"
introduced_by: "[[Bob Li]]"
cadence: 2 months
last_contact: 2026-01-20
snooze_until: 2026-06-01
purpose: Learn how she moved from agency to in-house, and ask about the Q3 role
offer: An intro to our data team
status: active
birthday: --04-17
email: jane@acme.com
phone: "+44 20 7946 0000"
linkedin: https://www.linkedin.com/in/janedoe`),
        parse,
      );
      expect(note.problems).toEqual([]);
      expect(note.interaction).toBeUndefined();
      expect(note.contact).toEqual({
        path: "People/Jane Doe.md",
        basename: "Jane Doe",
        name: "Jane Doe",
        aliases: ["Janie", "JD"],
        company: "Acme",
        role: "VP Marketing",
        level: "senior",
        tags: ["person/mentor", "marketing"],
        met: "2025-11-04",
        metAt: "Brand Summit 2025",
        introducedBy: "[[Bob Li]]",
        cadence: { amount: 2, unit: "month" },
        lastContactManual: "2026-01-20",
        snoozeUntil: "2026-06-01",
        purpose: "Learn how she moved from agency to in-house, and ask about the Q3 role",
        offer: "An intro to our data team",
        status: "active",
        birthday: { month: 4, day: 17 },
        email: "jane@acme.com",
        phone: "+44 20 7946 0000",
        linkedin: "https://www.linkedin.com/in/janedoe",
        // The frontmatter's [[links]], for who could introduce whom (SPEC §3.6); the note has no body links.
        links: ["[[Acme]]", "[[Events/Brand Summit 2025]]", "[[Bob Li]]"],
      });
    });

    it("reads the aliases other templates use", () => {
      const note = readNote(
        "CRM/bob.md",
        md(`type: person
Full_Name: Bob Li
alias: Bobby
organisation: Globex
job_title: Analyst
first_met: 2024-05-01
via: "[[Jane Doe]]"
keep_in_touch: quarterly
LAST CONTACT: 2026-02-01
prm-snooze-until: 2026-03-01
bday: 1990-07-09`),
        parse,
      );
      expect(note.problems).toEqual([]);
      expect(note.contact).toMatchObject({
        name: "Bob Li",
        aliases: ["Bobby"],
        company: "Globex",
        role: "Analyst",
        met: "2024-05-01",
        introducedBy: "[[Jane Doe]]",
        cadence: { amount: 3, unit: "month" },
        lastContactManual: "2026-02-01",
        snoozeUntil: "2026-03-01",
        birthday: { year: 1990, month: 7, day: 9 },
      });
    });

    it.each([
      ["fullName: Ada Lovelace", "Ada Lovelace"],
      ["name:\n  first: Ada\n  last: Lovelace", "Ada Lovelace"],
      ["name: {last: Lovelace}", "Lovelace"],
      ["title: Engineer", "ada"],
    ])("name from %j", (yaml, expected) => {
      expect(readNote("People/ada.md", md(yaml), parse).contact?.name).toBe(expected);
    });

    it.each([
      ["above", "senior"], ["Manager", "senior"], ["senior", "senior"],
      ["same", "peer"], ["colleague", "peer"], ["PEER", "peer"],
      ["below", "junior"], ["report", "junior"], ["junior", "junior"],
    ])("level %s is %s", (word, level) => {
      expect(readNote("People/x.md", md(`level: ${word}`), parse).contact?.level).toBe(level);
    });

    it.each([
      ["active", "active"], ["prospect", "target"], ["Target", "target"],
      ["inactive", "dormant"], ["dormant", "dormant"], ["archived", "archived"],
    ])("status %s is %s", (word, status) => {
      expect(readNote("People/x.md", md(`status: ${word}`), parse).contact?.status).toBe(status);
    });

    it.each([
      ["company: \"[[Companies/Acme Corp|Acme]]\"", "Acme Corp"],
      ["org: [[Acme]]", "Acme"],
      ["organization: AT&T Labs", "AT&T Labs"],
    ])("company from %s", (yaml, company) => {
      expect(readNote("People/x.md", md(yaml), parse).contact?.company).toBe(company);
    });

    it("keeps an explicit cadence of none apart from no cadence", () => {
      expect(readNote("People/x.md", md("cadence: none"), parse).contact?.cadence).toBeNull();
      expect(readNote("People/x.md", md("frequency: never"), parse).contact?.cadence).toBeNull();
      expect(readNote("People/x.md", md("role: CTO"), parse).contact?.cadence).toBeUndefined();
    });

    it("reports each unreadable field by the key as written, and keeps the rest", () => {
      const note = readNote(
        "People/Sam.md",
        md(`Name: 42
Cadence: sometimes
last_contact: 2026-02-30
met: soon
level: boss
status: friend
birthday: April
tags: [person, {a: 1}]
company: [Acme, Globex]
role: Designer`),
        parse,
      );
      expect(note.contact).toMatchObject({ name: "Sam", status: "active", role: "Designer", tags: ["person"] });
      expect(note.contact?.cadence).toBeUndefined();
      expect(note.contact?.company).toBeUndefined();
      expect(note.problems.map((p) => p.field)).toEqual([
        "Name", "tags", "status", "company", "level", "met", "Cadence", "last_contact", "birthday",
      ]);
      expect(note.problems.find((p) => p.field === "Cadence")).toEqual({
        note: "People/Sam.md",
        field: "Cadence",
        message: "Cadence 'sometimes' is not a duration such as 30d, 2w or monthly",
      });
      expect(note.problems.find((p) => p.field === "last_contact")?.message).toBe(
        "last_contact '2026-02-30' is not a real calendar date",
      );
    });

    it("uses the first of several introducers and says so", () => {
      const note = readNote("People/x.md", md('introduced_by: "[[Jane]], [[Bob]]"'), parse);
      expect(note.contact?.introducedBy).toBe("[[Jane]]");
      expect(note.problems).toHaveLength(1);
      expect(note.problems[0]?.field).toBe("introduced_by");
    });
  });
});
