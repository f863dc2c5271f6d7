// mayBeContact (src/parse/classify.ts) is a necessary condition of the classifier: every note read as a contact,
// from its file's text as the CLI reads it (gray-matter, js-yaml, the body scan), passes it.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DEFAULT_SETTINGS, type Settings } from "../../src/model/settings";
import { mayBeContact } from "../../src/parse/classify";
import { parseNote } from "../../src/parse/note";
import { noteInputFromText, parseYaml } from "../../src/cli/vault-reader";

const isContact = (path: string, text: string, settings: Settings = DEFAULT_SETTINGS): boolean =>
  parseNote(noteInputFromText(path, text), settings, parseYaml).contact !== undefined;

/** The words of the classifier, and near misses. */
const WORDS = ["contact", "person", "people", "meeting", "interaction", "personal", "persons", "contacts", "project"];

const hex = (code: number, width: number) => code.toString(16).padStart(width, "0");

/** A word in random case, each letter perhaps written as an escape of the given kind. */
function spelled(escape: "yaml" | "json" | "percent" | "none"): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...WORDS), fc.array(fc.nat(5), { minLength: 12, maxLength: 12 }))
    .map(([word, picks]) =>
      [...word]
        .map((c, i) => {
          const pick = picks[i] ?? 0;
          const letter = pick % 2 === 0 ? c : c.toUpperCase();
          const code = letter.charCodeAt(0);
          if (escape === "none" || pick < 3) return letter;
          if (escape === "percent") return `%${hex(code, 2)}`;
          if (escape === "json") return `\\u${hex(code, 4)}`;
          return pick === 3 ? `\\x${hex(code, 2)}` : pick === 4 ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
        })
        .join(""),
    );
}

const folder = fc.constantFrom("", "Types/", "People/", "people/Work/", "x/person/");
/** One item of `type:` or `tags:` as a user may write it (before YAML quoting). */
const item = fc.oneof(
  spelled("none"),
  fc.tuple(folder, spelled("none")).map(([f, w]) => `[[${f}${w}]]`),
  fc.tuple(spelled("none"), fc.constantFrom("|Alias", "#Heading", ".md", "/mentor", "/", ":", " ")).map(([w, s]) => `[[${w}${s}]]`),
  fc.tuple(folder, spelled("percent"), fc.constantFrom(".md", "")).map(([f, w, e]) => `[x](${f}${w}${e})`),
  fc.tuple(folder, spelled("none")).map(([f, w]) => `[x](<${f}${w}.md>)`),
  fc.tuple(fc.constantFrom("#", "##", ""), spelled("none"), fc.constantFrom("", "/mentor", ":x", "-x")).map(([h, w, s]) => `${h}${w}${s}`),
  fc.tuple(folder, spelled("none"), fc.constantFrom("", ".md")).map(([f, w, e]) => `${f}${w}${e}`),
  fc.tuple(fc.constantFrom("(", "|", ".", "x", "[", "{", "?", "-", "\u00a0"), spelled("none")).map(([p, w]) => `${p}${w}/x`),
);

/** An item as a YAML scalar: plain, single or double quoted (escapes, an escaped line break), padded. */
const scalar = fc.oneof(
  item,
  item.map((t) => `'${t}'`),
  item.map((t) => `" ${t} "`),
  spelled("yaml").map((t) => `"${t}"`),
  spelled("none").map((t) => `"${t.slice(0, 3)}\\\n  ${t.slice(3)}"`),
  item.map((t) => `"\\t${t}\\n"`),
  item.map((t) => `"[x](%20${t})"`),
);

const key = fc.tuple(fc.constantFrom("type", "category", "tags", "tag", "kind", "people", "with"), fc.boolean()).map(([k, upper]) => (upper ? k.toUpperCase() : k));

/** One frontmatter entry: a scalar, a flow list, a block list, an unquoted nested link, an alias of an anchor. */
const entry = fc.oneof(
  fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(key, fc.array(scalar, { minLength: 1, maxLength: 3 })).map(([k, vs]) => `${k}: [${vs.join(", ")}]`),
  fc.tuple(key, fc.array(scalar, { minLength: 1, maxLength: 3 })).map(([k, vs]) => `${k}:\n${vs.map((v) => `  - ${v}`).join("\n")}`),
  fc.tuple(key, fc.array(item, { minLength: 1, maxLength: 3 })).map(([k, vs]) => `${k}: ${vs.join(", ")}`),
  fc.tuple(key, spelled("none")).map(([k, w]) => `${k}: [[${w}]]`),
  fc.tuple(key, scalar).map(([k, v]) => `base: &b ${v}\n${k}: *b`),
);

/** The frontmatter as YAML, or as `---json` with `\u` escapes. */
const frontmatter = fc.oneof(
  { weight: 4, arbitrary: fc.array(entry, { minLength: 1, maxLength: 4 }).map((entries) => `---\n${entries.join("\n")}\n---\n`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom("type", "tags", "Category"), spelled("json"))
      .map(([k, w]) => `---json\n{"${k}": "${w}"}\n---\n`),
  },
  { weight: 1, arbitrary: fc.constant("") },
);

const bodyLine = fc.oneof(
  fc.tuple(fc.constantFrom("", " ", "(", "x", "`"), spelled("none"), fc.constantFrom("", ":", "/sub", ",", "-x", "`")).map(([p, w, s]) => `${p}#${w}${s}`),
  fc.tuple(folder, spelled("none")).map(([f, w]) => `Met [[${f}${w}]] today`),
  fc.string({ maxLength: 20 }),
);
const body = fc.array(bodyLine, { maxLength: 3 }).map((lines) => lines.join("\n"));

const path = fc
  .tuple(fc.constantFrom("", "People/", "people/Work/", "Meetings/", "Notes/", "Archive/People/", "CRM/", "Folks/x/"), fc.constantFrom("Jane", "2026-03-02 Coffee"))
  .map(([f, n]) => `${f}${n}.md`);
const settings = fc.constantFrom<Settings>(
  DEFAULT_SETTINGS,
  { ...DEFAULT_SETTINGS, contactFolders: ["CRM", " Folks/ "], interactionFolders: ["People"] },
  { ...DEFAULT_SETTINGS, contactFolders: [], interactionFolders: [] },
);

describe("mayBeContact: a necessary condition of being read as a contact", () => {
  it("passes every note the classifier reads as a contact", () => {
    let contacts = 0;
    let rejected = 0;
    fc.assert(
      fc.property(path, frontmatter, body, settings, (p, fm, b, s) => {
        const text = fm + b;
        const contact = isContact(p, text, s);
        const may = mayBeContact(p, text, s);
        if (contact) contacts++;
        if (!may) rejected++;
        return !contact || may;
      }),
      { numRuns: 4000 },
    );
    // The generators reach both sides: many contacts, and many notes the pre-test turns away.
    expect(contacts).toBeGreaterThan(400);
    expect(rejected).toBeGreaterThan(400);
  });

  it("passes every contact among arbitrary texts", () => {
    fc.assert(
      fc.property(path, fc.string({ unit: "binary", maxLength: 80 }), (p, text) => !isContact(p, text) || mayBeContact(p, text, DEFAULT_SETTINGS)),
      { numRuns: 2000 },
    );
  });

  // Every way a note becomes a contact, each passing the pre-test.
  it.each([
    ["People/Jane.md", "no frontmatter"],
    ["people/Work/Jane.md", "---\nstatus: active\n---\n"],
    ["Notes/Jane.md", "---\ntype: contact\n---\n"],
    ["Notes/Jane.md", "---\nCategory: [[Types/Person.md]]\n---\n"],
    ["Notes/Jane.md", '---\ntype: "[Person](Types/%50erson.md)"\n---\n'],
    ["Notes/Jane.md", '---\ntype: "\\x70erson"\n---\n'],
    ["Notes/Jane.md", '---\ntype: "per\\\n  son"\n---\n'],
    ["Notes/Jane.md", '---\ntype: "\\tPerson\\n"\n---\n'],
    ["Notes/Jane.md", '---\ntype: "[Jane](%20Person.md)"\n---\n'],
    ["Notes/Jane.md", '---\ntype: "[Jane](Types%2FPerson.md)"\n---\n'],
    ["Notes/Jane.md", "---\nbase: &b contact\ntype: *b\n---\n"],
    ["Notes/Jane.md", "---\ntags: [people/friends]\n---\n"],
    ["Notes/Jane.md", '---\nTag: "#Person"\n---\n'],
    ["Notes/Jane.md", "---\ntags:\n  - work\n  - contact\n---\n"],
    ["Notes/Jane.md", "Met at the conference. #person"],
    ["Notes/Jane.md", "Friends (#people/friends:)"],
    ["Notes/Jane.md", "---\ntags: people\n---\nAlso [[People/Ann]] and #hiring"],
  ])("%s with %j is a contact, and passes", (p, text) => {
    expect(isContact(p, text)).toBe(true);
    expect(mayBeContact(p, text, DEFAULT_SETTINGS)).toBe(true);
  });

  // What meeting notes are full of is turned away: links into People/ and attendee keys named like the words.
  it.each([
    ['---\npeople: "[[People/Work/Kai Kaur]]"\nkind: call\n---\nTalked with [[People/Kai Kaur]].'],
    ['---\ncontacts:\n  - "[[People/Ann Lee]]"\nperson: "[[Bob]]"\n---\n'],
    ["---\ndate: 2026-03-02\nwith: \"[Ann](Ann%20Lee.md)\"\n---\n#hiring"],
  ])("%j is not a contact, and the pre-test says so", (text) => {
    expect(isContact("Meetings/x.md", text)).toBe(false);
    expect(mayBeContact("Meetings/x.md", text, DEFAULT_SETTINGS)).toBe(false);
  });
});
