import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compileFilters } from "../../src/parse/filters";
import { PeopleColumns } from "../../src/index/people";
import { FilterVerdicts } from "../../src/index/verdicts";
import type { Contact, GoalFilters, Level } from "../../src/model/types";

const LEVELS: Level[] = ["senior", "peer", "junior"];
const TAGS = ["design", "Design", "design/lead", "designer", "sales", "sales/emea", "eng"];
const COMPANIES = ["Acme", "acme", "Acme Corp", "Globex", "[[Initech]]"];

const contactArb = fc.record({
  level: fc.option(fc.constantFrom(...LEVELS), { nil: undefined }),
  company: fc.option(fc.constantFrom(...COMPANIES), { nil: undefined }),
  tags: fc.array(fc.constantFrom(...TAGS), { maxLength: 3 }),
  // A person id may name no contact (an attendee whose note is not a contact).
  absent: fc.boolean(),
});

const filtersArb: fc.Arbitrary<GoalFilters> = fc.record({
  kind: fc.constant([]),
  tag: fc.array(fc.constantFrom("design", "sales", "#eng", "desig"), { maxLength: 2 }),
  level: fc.array(fc.constantFrom(...LEVELS), { maxLength: 2 }),
  company: fc.array(fc.constantFrom("acme", "Globex", "Initech"), { maxLength: 2 }),
});

function contactOf(i: number, fields: { level?: Level; company?: string; tags: string[] }): Contact {
  return { path: `People/p${i}.md`, basename: `p${i}`, name: `p${i}`, aliases: [], status: "active", ...fields };
}

describe("FilterVerdicts", () => {
  it("tests every person at once as the compiled filter tests one contact, and keeps up as contacts change", () => {
    fc.assert(
      fc.property(
        fc.array(contactArb, { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(fc.nat(30), contactArb), { maxLength: 10 }),
        filtersArb,
        (people, changes, goalFilters) => {
          const filters = compileFilters(goalFilters);
          const columns = new PeopleColumns();
          const contacts: (Contact | undefined)[] = people.map((p, i) => (p.absent ? undefined : contactOf(i, p)));
          contacts.forEach((contact, id) => columns.set(id, contact));
          let count = contacts.length;
          const verdicts = new FilterVerdicts(columns, () => count);
          const expected = () => contacts.map((contact) => (filters.contact === null ? true : filters.contact(contact)));
          const actual = () => {
            const pass = verdicts.of(filters);
            return contacts.map((_, id) => (pass === null ? true : pass[id] === 1));
          };
          expect(actual()).toEqual(expected());
          // Kept by a goal, then changed contact by contact (ids past the end are new people).
          verdicts.use(filters);
          for (const [id, p] of changes) {
            const contact = p.absent ? undefined : contactOf(id, p);
            while (contacts.length <= id) contacts.push(undefined);
            contacts[id] = contact;
            count = contacts.length;
            columns.set(id, contact);
            verdicts.contactChanged(id);
          }
          expect(actual()).toEqual(expected());
        },
      ),
      { numRuns: 300 },
    );
  });
});
