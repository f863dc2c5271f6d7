// The import planner: which note each person goes to and why, and that importing what it planned leaves
// nothing to do the second time (a property over random files and vaults, through the real parser and index).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { noteInputFromText, parseYaml } from "../../src/cli/vault-reader";
import { NetworkIndex } from "../../src/index/network-index";
import { referenceKey } from "../../src/index/resolver";
import { fillEmptyFields } from "../../src/io/import-apply";
import { existingContacts, linkedinKey, planImport, type ImportPlan } from "../../src/io/import-plan";
import type { ImportedPerson } from "../../src/io/imported";
import { DEFAULT_SETTINGS } from "../../src/model/settings";

type Vault = Record<string, string>;

function plan(vault: Vault, people: ImportedPerson[], template?: string): ImportPlan {
  const index = new NetworkIndex(DEFAULT_SETTINGS, parseYaml);
  const inputs = Object.entries(vault).map(([path, text]) => noteInputFromText(path, text));
  index.upsertAll(inputs);
  const fm = new Map(inputs.map((i) => [i.path, i.frontmatter]));
  const taken = new Set(Object.keys(vault).map((p) => p.toLowerCase()));
  return planImport({ people, problems: [] }, existingContacts(index.contacts(), (p) => fm.get(p)), {
    folder: "People",
    settings: DEFAULT_SETTINGS,
    nameKey: referenceKey,
    taken: (p) => taken.has(p.toLowerCase()),
    ...(template === undefined ? {} : { template: { text: template, date: "2026-05-20", parseYaml } }),
  });
}

function apply(vault: Vault, p: ImportPlan): Vault {
  const out = { ...vault };
  for (const note of p.created) out[note.path] = note.text;
  for (const update of p.updated) out[update.path] = fillEmptyFields(out[update.path] as string, update.fills, parseYaml).text;
  return out;
}

const person = (line: number, name: string, more: Partial<ImportedPerson> = {}): ImportedPerson => ({ line, source: "linkedin", name, emails: [], phones: [], ...more });

describe("planImport", () => {
  const vault: Vault = {
    "People/Jane Doe.md": "---\nname: Jane Doe\nlinkedin: https://www.linkedin.com/in/janedoe\n---\n",
    "People/Robert Li.md": "---\naliases: [Bob Li]\nemail: bob@globex.example\n---\n",
    "People/Ann Lee.md": "---\nemail: ann@x.example\n---\n",
    "Work/Ann Lee.md": "---\ntype: contact\n---\n",
    "Meetings/Jane Doe.md": "---\ntype: meeting\ndate: 2026-01-01\n---\n",
  };

  it("matches by LinkedIn URL, then e-mail, then name or alias, and fills only what is empty", () => {
    const p = plan(vault, [
      person(2, "J. Doe", { linkedin: "https://uk.linkedin.com/in/JaneDoe/?trk=x", company: "Acme" }),
      person(3, "Robert L.", { emails: ["BOB@globex.example"], role: "Engineer" }),
      person(4, "Bob Li", { company: "Globex" }),
    ]);
    expect(p.updated.map((u) => [u.path, u.fills])).toEqual([
      ["People/Jane Doe.md", [{ field: "company", values: ["Acme"] }]],
      ["People/Robert Li.md", [{ field: "role", values: ["Engineer"] }, { field: "company", values: ["Globex"] }]],
    ]);
    expect(p.created).toEqual([]);
  });

  it("adds every e-mail and phone a note lacks after its own, on the key's line, and no other", () => {
    const notes: Vault = {
      "People/Robert Li.md": "---\naliases: [Bob Li]\nemail: bob@globex.example # work\nphones: ['+44 7700 900123']\n---\nBody.\n",
      "People/Ann Lee.md": "---\nname: Ann Lee\n---\n",
    };
    const rows = [
      person(2, "Bob Li", { emails: ["BOB@globex.example", "bob@home.example"], phones: ["+447700900123", "+1 555 0100"] }),
      person(3, "Robert Li", { emails: ["rli@uni.example", "bob@home.example"] }),
      person(4, "Ann Lee", { emails: ["ann@x.example", "ann@y.example"], phones: ["555, 0100"] }),
    ];
    const p = plan(notes, rows);
    expect(p.updated.map((u) => [u.path, u.fills])).toEqual([
      ["People/Robert Li.md", [{ field: "email", values: ["bob@home.example", "rli@uni.example"] }, { field: "phone", values: ["+1 555 0100"] }]],
      ["People/Ann Lee.md", [{ field: "email", values: ["ann@x.example", "ann@y.example"] }, { field: "phone", values: ["555, 0100"] }]],
    ]);
    const after = apply(notes, p);
    expect(after).toEqual({
      "People/Robert Li.md": '---\naliases: [Bob Li]\nemail: ["bob@globex.example", "bob@home.example", "rli@uni.example"] # work\nphones: ["+44 7700 900123", "+1 555 0100"]\n---\nBody.\n',
      "People/Ann Lee.md": '---\nname: Ann Lee\nemail: ["ann@x.example", "ann@y.example"]\nphone: "555, 0100"\n---\n',
    });
    expect(plan(after, rows).updated).toEqual([]);
  });

  it("leaves an e-mail list over several lines as it is, and says why", () => {
    const text = "---\nemail:\n  - ann@x.example\n---\n";
    const filled = fillEmptyFields(text, [{ field: "email", values: ["ann@y.example"] }], parseYaml);
    expect(filled).toEqual({ text, written: [], refused: [{ field: "email", reason: "'email' cannot be changed on its line: its value is a list or mapping over several lines" }] });
  });

  it("skips a person two notes answer to, naming them, and never guesses", () => {
    const p = plan(vault, [person(2, "Ann Lee", { company: "X" })]);
    expect(p.skipped).toEqual([{ name: "Ann Lee", line: 2, reason: "2 notes match by name (People/Ann Lee.md, Work/Ann Lee.md); not imported, so nothing goes to the wrong person" }]);
  });

  it("makes a new note, numbered, for a namesake with another LinkedIn profile", () => {
    const p = plan(vault, [person(2, "Jane Doe", { linkedin: "https://www.linkedin.com/in/jane-doe-2" })]);
    expect(p.created.map((c) => c.path)).toEqual(["People/Jane Doe 2.md"]);
  });

  it("takes a repeated person's extra fields into the one new note", () => {
    const p = plan({}, [person(2, "Kai Ito", { linkedin: "https://linkedin.com/in/kai" }), person(3, "Kai Ito", { linkedin: "https://linkedin.com/in/kai", emails: ["kai@x.example"] })]);
    expect(p.created).toHaveLength(1);
    expect(p.created[0]?.text).toContain("email: kai@x.example\n");
    expect(p.skipped).toEqual([{ name: "Kai Ito", line: 3, reason: "the same person as line 2 (same LinkedIn URL); its email go into that note" }]);
  });

  it("reads LinkedIn addresses as one profile whatever their form", () => {
    expect(linkedinKey("https://www.linkedin.com/in/Jane-Doe/")).toBe(linkedinKey("linkedin.com/in/jane-doe?trk=abc"));
    expect(linkedinKey("https://de.linkedin.com/in/j%C3%BCrgen")).toBe("linkedin.com/in/jürgen");
    expect(linkedinKey("https://example.com/in/jane")).toBeUndefined();
  });
});

describe("planImport (property): importing the plan leaves nothing to do the next time", () => {
  const names = fc.constantFrom("Ann Lee", "Ann lee", "Bo Li", "José Ruiz", "Jose\u0301 Ruiz", "Kai Ito", "CON", "Zoë Berg");
  const urls = fc.constantFrom(undefined, "https://www.linkedin.com/in/a", "https://linkedin.com/in/A/", "https://www.linkedin.com/in/b");
  const emails = fc.uniqueArray(fc.constantFrom("a@x.example", "A@x.example", "b@x.example", "c@x.example"), { maxLength: 3, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() });
  const phones = fc.uniqueArray(fc.constantFrom("+44 7700 900123", "+447700900123", "555-0100", "555 0101"), { maxLength: 2, comparator: (a, b) => a.replace(/\D/g, "") === b.replace(/\D/g, "") });
  /** An e-mail as a note may hold it on one line: a text, a quoted text, a comma text, a flow list. */
  const heldEmail = fc.constantFrom("a@x.example", '"b@x.example"', "a@x.example, b@x.example", "[b@x.example]", "['A@x.example', c@x.example]", "[]");
  const maybe = (arb: fc.Arbitrary<string>) => fc.option(arb, { nil: undefined });
  const people = fc.array(
    fc.record({ name: names, linkedin: urls, emails, phones, company: maybe(fc.constantFrom("Acme", "Globex")), role: maybe(fc.constantFrom("CTO", "Engineer")), met: maybe(fc.constantFrom("2024-03-15", "2020-01-01")) }),
    { maxLength: 8 },
  );
  const existing = fc.array(
    fc.record({ file: names, linkedin: urls, email: maybe(heldEmail), phone: maybe(fc.constantFrom("+44 7700 900123", "[555 0101]")), company: maybe(fc.constantFrom("Acme", "")), folder: fc.constantFrom("People", "Work") }),
    { maxLength: 4 },
  );

  it("holds for any file over any vault, and keeps every e-mail and phone a note had, first", () => {
    fc.assert(
      fc.property(people, existing, (rows, notes) => {
        const vault: Vault = {};
        for (const n of notes) {
          const lines = ["---", ...(n.folder === "Work" ? ["type: contact"] : []), ...(n.linkedin ? [`linkedin: ${n.linkedin}`] : []), ...(n.email ? [`email: ${n.email}`] : []), ...(n.phone ? [`phone: ${n.phone}`] : []), ...(n.company !== undefined ? [`company: ${n.company}`] : []), "---", ""];
          vault[`${n.folder}/${n.file}.md`] = lines.join("\n");
        }
        const imported = rows.map((r, i) => person(i + 2, r.name, { ...(r.linkedin ? { linkedin: r.linkedin } : {}), emails: r.emails, phones: r.phones, ...(r.company ? { company: r.company } : {}), ...(r.role ? { role: r.role } : {}), ...(r.met ? { met: r.met } : {}) }));
        const after = apply(vault, plan(vault, imported));
        const again = plan(after, imported);
        expect({ created: again.created.map((c) => c.path), updated: again.updated.map((u) => [u.path, u.fills]) }).toEqual({ created: [], updated: [] });
        for (const [path, text] of Object.entries(vault)) {
          const yaml = (note: string) => parseYaml(note.slice(4, -5) || "{}") as Record<string, unknown> | null;
          const before = yaml(text);
          const now = yaml(after[path] as string);
          for (const key of ["email", "phone"]) {
            const old = before?.[key];
            if (old === undefined || old === null || (Array.isArray(old) && old.length === 0)) continue;
            expect([now?.[key]].flat().slice(0, [old].flat().length)).toEqual([old].flat());
          }
        }
      }),
      { numRuns: 3000 },
    );
    // 3,000 plans and re-plans: seconds on a loaded machine. A limit against a hang, not a speed test.
  }, 60_000);

  /** A contact template's frontmatter line: our keys and their aliases, empty or filled, quoted, commented; others. */
  const templateLine = fc.constantFrom(
    'name: "{{name}}"', "full_name:", "company:", "organization: Acme", "company:   # where they work", "email:", "email: c@x.example",
    "emails: [b@x.example]", "phone:", "phone: '555 0101'", "role:", "title: Boss", "linkedin:", "met:", "met_on: 2001-01-01", "birthday: \"\"",
    "source:", "source: manual", "type:", "level: peer   # senior, peer or junior", "# a comment", "", "tags: [x]", "company: &org",
  );
  const template = fc
    .tuple(fc.array(templateLine, { maxLength: 7 }), fc.constantFrom("\n", "\r\n"), fc.constantFrom("", "## {{title}}\n", "Met on {{date}}", "{{name}} {{time}}\n"))
    .map(([lines, eol, body]) => ["---", ...lines, "---", body].join(eol));

  it("holds with any contact template, whose bytes every new note keeps in order", () => {
    fc.assert(
      fc.property(people, existing, template, (rows, notes, text) => {
        const vault: Vault = {};
        for (const n of notes) vault[`${n.folder}/${n.file}.md`] = `---\n${n.folder === "Work" ? "type: contact\n" : ""}${n.email ? `email: ${n.email}\n` : ""}---\n`;
        const imported = rows.map((r, i) => person(i + 2, r.name, { ...(r.linkedin ? { linkedin: r.linkedin } : {}), emails: r.emails, phones: r.phones, ...(r.company ? { company: r.company } : {}), ...(r.role ? { role: r.role } : {}), ...(r.met ? { met: r.met } : {}) }));
        const first = plan(vault, imported, text);
        const after = apply(vault, first);
        const again = plan(after, imported, text);
        // Not a byte changes; and nothing is even planned, unless the template has a key the editor cannot write
        // (`company: &org`: said when the note was made, and each time the planner wants to fill it).
        expect(apply(after, again)).toEqual(after);
        if (first.warnings.every((w) => w.includes("not valid YAML"))) {
          expect({ created: again.created.map((c) => c.path), updated: again.updated.map((u) => [u.path, u.fills]) }).toEqual({ created: [], updated: [] });
        }
        for (const note of first.created) {
          const filled = text.replace(/\{\{name\}\}/g, note.person.name).replace(/\{\{title\}\}/g, note.path.slice(7, -3)).replace(/\{\{date\}\}/g, "2026-05-20");
          // A template whose frontmatter is not YAML (a key written twice) gives its body only.
          // An e-mail or phone the template fills in gets the person's after it, on its line, as an existing note's does.
          const valid = !first.warnings.some((w) => w.includes("not valid YAML"));
          const kept = valid ? filled.replace(/^(email|emails|phone): \S.*$/gm, "") : filled.slice(filled.indexOf("---", 3)).replace(/^---\r?\n/, "");
          let at = 0;
          for (const char of kept) {
            at = note.text.indexOf(char, at) + 1;
            expect(at, `${JSON.stringify(kept)} in ${JSON.stringify(note.text)}`).toBeGreaterThan(0);
          }
          expect(noteInputFromText(note.path, note.text).frontmatterError).toBeUndefined();
        }
      }),
      { numRuns: 1500 },
    );
  }, 60_000);
});
