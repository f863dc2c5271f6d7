// People to meet over random vaults and random edits, against the plain reading of SPEC §3.6 (tests/oracle): who links
// to whom by every form a link takes (file name, path, display name, alias, a relative Markdown link, a link to no
// contact), targets that appear, are renamed or stop being targets, companies shared by many, after every edit, read
// as the JSON reads them (every row); and who links to any contact (NetworkIndex.linkingTo) against a walk over the notes.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { load, CORE_SCHEMA } from "js-yaml";
import { NetworkIndex } from "../../src/index/network-index";
import { LiveReport } from "../../src/insights/live-report";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { md, noteInput } from "../parse/notes";
import { report as oracleReport, resolveReference } from "../oracle/spec";

const parseYaml = (text: string): unknown => load(text, { schema: CORE_SCHEMA });
const TODAY = "2026-05-20";
const CONTACTS = 8;
const MEETINGS = 6;

const contactPath = (n: number): string => (n % 3 === 0 ? `People/Work/P${n}.md` : `People/P${n}.md`);

/** A link to contact `n` in one of the forms users write, from a note in `folder`; some name nobody. */
const link = fc.record({ n: fc.nat(CONTACTS + 1), form: fc.nat(6) }).map(({ n, form }) => (folder: string): string => {
  const path = contactPath(n);
  switch (form) {
    case 0:
      return `[[P${n}]]`;
    case 1:
      return `[[${path.slice(0, -3)}|someone]]`;
    case 2:
      return `[[Q${n}]]`; // a display name
    case 3:
      return `[[A${n % 3}]]`; // an alias, which two contacts may share
    case 4:
      return `[someone](${folder === "Meetings" ? "../" : folder === "People/Work" ? "../../" : "../"}${path.replace(/ /g, "%20")})`;
    case 5:
      return `[[p${n}#Work]]`; // another case, a heading
    default:
      return "[[Nowhere]]";
  }
});

const contactNote = fc.record({
  status: fc.constantFrom("active", "active", "target", "target", "dormant"),
  named: fc.boolean(),
  alias: fc.boolean(),
  company: fc.constantFrom(undefined, "Acme", "acme.md", "[[Globex]]"),
  lastContact: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
  introducedBy: fc.option(fc.nat(CONTACTS), { nil: undefined }),
  links: fc.array(link, { maxLength: 3 }),
});

const meetingNote = fc.record({
  with: fc.array(fc.nat(CONTACTS), { minLength: 1, maxLength: 3 }),
  // Past and scheduled (after today) meetings.
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.constantFrom("04", "05", "06"),
  links: fc.array(link, { maxLength: 3 }),
});

type ContactNote = typeof contactNote extends fc.Arbitrary<infer T> ? T : never;
type MeetingNote = typeof meetingNote extends fc.Arbitrary<infer T> ? T : never;

function contactText(n: number, c: ContactNote): string {
  const folder = contactPath(n).slice(0, contactPath(n).lastIndexOf("/"));
  const yaml = [`status: ${c.status}`];
  if (c.named) yaml.push(`name: Q${n}`);
  if (c.alias) yaml.push(`aliases: [A${n % 3}]`);
  if (c.company !== undefined) yaml.push(`company: "${c.company}"`);
  if (c.lastContact !== undefined) yaml.push(`last_contact: 2026-05-${String(c.lastContact).padStart(2, "0")}`);
  if (c.introducedBy !== undefined) yaml.push(`introduced_by: "[[P${c.introducedBy}]]"`);
  return md(yaml.join("\n"), c.links.map((l) => `Knows ${l(folder)}.`).join("\n"));
}

function meetingText(m: MeetingNote): string {
  return md(`date: 2026-${m.month}-${String(m.day).padStart(2, "0")}\nwith: "${m.with.map((n) => `[[P${n}]]`).join(", ")}"`, m.links.map((l) => `We talked about ${l("Meetings")}.`).join("\n"));
}

const edit = fc.oneof(
  fc.record({ kind: fc.constant("contact" as const), n: fc.nat(CONTACTS - 1), note: contactNote }),
  fc.record({ kind: fc.constant("meeting" as const), n: fc.nat(MEETINGS - 1), note: meetingNote }),
  fc.record({ kind: fc.constant("remove" as const), n: fc.nat(CONTACTS + MEETINGS - 1) }),
);

/** SPEC §3.6's "links to" read plainly: every note one of whose links resolves to the contact, but its own. */
function linkingTo(index: NetworkIndex, path: string): string[] {
  const notes = [...index.contacts(), ...index.interactions()].map((note) => note.path);
  return notes.filter((note) => note !== path && index.linksOf(note).some((l) => resolveReference(index, l, note) === path)).sort();
}

describe("people to meet over random vaults and edits", () => {
  it("equals the oracle after every edit, and so does who links to any contact", () => {
    fc.assert(
      fc.property(fc.array(contactNote, { minLength: CONTACTS, maxLength: CONTACTS }), fc.array(meetingNote, { minLength: MEETINGS, maxLength: MEETINGS }), fc.array(edit, { maxLength: 12 }), (contacts, meetings, edits) => {
        const index = new NetworkIndex(DEFAULT_SETTINGS, parseYaml);
        index.upsertAll([
          ...contacts.map((c, n) => noteInput(contactPath(n), contactText(n, c), parseYaml)),
          ...meetings.map((m, n) => noteInput(`Meetings/M${n}.md`, meetingText(m), parseYaml)),
        ]);
        const live = new LiveReport(index);
        const check = (step: string): void => {
          expect(live.report(TODAY, DEFAULT_SETTINGS).peopleToMeet, step).toEqual(oracleReport(index, TODAY, DEFAULT_SETTINGS).peopleToMeet);
        };
        check("loaded");
        edits.forEach((e, step) => {
          if (e.kind === "contact") index.upsert(noteInput(contactPath(e.n), contactText(e.n, e.note), parseYaml));
          else if (e.kind === "meeting") index.upsert(noteInput(`Meetings/M${e.n}.md`, meetingText(e.note), parseYaml));
          else index.remove(e.n < CONTACTS ? contactPath(e.n) : `Meetings/M${e.n - CONTACTS}.md`);
          check(`edit ${step}: ${e.kind} ${e.n}`);
        });
        // Any contact, not only targets (a question about keys the map does not hold builds it again), at the end so
        // that the edits above kept the map of targets' keys up to date note by note.
        for (let n = 0; n < CONTACTS; n++) expect(index.linkingTo(contactPath(n)).sort(), `linking to P${n}`).toEqual(index.contact(contactPath(n)) ? linkingTo(index, contactPath(n)) : []);
      }),
      { numRuns: 300 },
    );
  });
});
