import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fromNoteFolder, frontmatterLinks, linkTarget, readFreeText, readReferenceList, readTextList, splitList } from "../../src/parse/links";
import { LIST_ITEMS_LIMIT } from "../../src/model/limits";
import { nestedLinkText } from "../../src/parse/fields";
import { BOTH, yamlValue } from "./yaml";

describe("linkTarget", () => {
  it.each([
    ["[[Jane Doe]]", "Jane Doe"],
    ["[[People/Jane Doe]]", "People/Jane Doe"],
    ["[[Jane Doe|Jane]]", "Jane Doe"],
    ["[[Jane Doe#Notes]]", "Jane Doe"],
    ["[[Jane Doe#^block1]]", "Jane Doe"],
    ["[[Jane Doe.md]]", "Jane Doe.md"],
    ["[[ Jane Doe ]]", "Jane Doe"],
    ["[Jane](People/Jane%20Doe.md)", "People/Jane Doe.md"],
    ["[Jane](<People/Jane Doe.md>)", "People/Jane Doe.md"],
    ['[Jane](People/Jane%20Doe.md "Jane")', "People/Jane Doe.md"],
    ["[Jane](People/Jane%20Doe.md#Notes)", "People/Jane Doe.md"],
    ["[50%](Goals/50%.md)", "Goals/50%.md"],
    ["  Jane Doe  ", "Jane Doe"],
    ["C# Guild", "C# Guild"],
  ])("%s → %s", (raw, expected) => {
    expect(linkTarget(raw)).toBe(expected);
  });

  it("is idempotent on plain names", () => {
    fc.assert(fc.property(fc.string(), (s) => linkTarget(linkTarget(s)) === linkTarget(s) || s.includes("[")));
  });
});

describe("splitList", () => {
  it("does not split inside links", () => {
    expect(splitList("[[Doe, Jane]], [Bob](People/Li,%20Bob.md), Ada")).toEqual([
      "[[Doe, Jane]]",
      "[Bob](People/Li,%20Bob.md)",
      "Ada",
    ]);
  });
});

describe("readReferenceList", () => {
  describe.each(BOTH)("from frontmatter, %s", (_name, parse) => {
    const read = (yaml: string) => readReferenceList(yamlValue(parse, yaml));
    it.each([
      ["with: [[Jane Doe]]", ["[[Jane Doe]]"], ["[[Jane Doe]]"]],
      ['with: "[[Jane Doe]]"', ["[[Jane Doe]]"]],
      ['with: "[[Jane Doe]], [[Bob Li]]"', ["[[Jane Doe]]", "[[Bob Li]]"]],
      ["with: Jane, Bob", ["Jane", "Bob"]],
      ["with: Jane Doe", ["Jane Doe"]],
      ["with:\n  - [[Jane]]\n  - [[Bob|Robert]]", ["[[Jane]]", "[[Bob|Robert]]"], ["[[Jane]]", "[[Bob|Robert]]"]],
      ['with:\n  - "[[Jane]]"\n  - Bob Li', ["[[Jane]]", "Bob Li"]],
      ["with: [Jane, Bob]", ["Jane", "Bob"]],
      ["with: [[Doe, Jane]]", ["[[Doe, Jane]]"], ["[[Doe, Jane]]"]],
      ['with: "[Jane](People/Jane%20Doe.md), Bob"', ["[Jane](People/Jane%20Doe.md)", "Bob"]],
      ['with: "[[Jane]], [[jane]], Jane"', ["[[Jane]]"]],
      ["with:\n  - Doe, Jane", ["Doe, Jane"]],
      ["with:\n  - Jane\n  -\n  - Bob", ["Jane", "Bob"]],
    ] as [string, string[], string[]?][])("%s", (yaml, expected, unquoted) => {
      // Unquoted links are named: Obsidian does not update them on a rename (the unknown-contact problem says so).
      expect(read(yaml)).toEqual({ items: expected, errors: [], ...(unquoted ? { unquoted } : {}) });
    });

    it("a number or an object in the list is a problem for that entry only", () => {
      const result = read("with:\n  - Jane\n  - 42\n  - {name: Bob}\n  - true");
      expect(result.items).toEqual(["Jane"]);
      expect(result.errors).toEqual([
        "42 is not a link or a name",
        "an object is not a link or a name",
        "true is not a link or a name",
      ]);
    });
  });
});

describe("readTextList", () => {
  describe.each(BOTH)("tags, %s", (_name, parse) => {
    it.each([
      ["tags: [person, Marketing]", ["person", "marketing"]],
      ["tags: person, marketing", ["person", "marketing"]],
      ["tags: person marketing", ["person", "marketing"]],
      ['tags: "#person #Person/Mentor"', ["person", "person/mentor"]],
      ["tags:\n  - '#person'\n  - people/work", ["person", "people/work"]],
      ["tags: person", ["person"]],
      ["tags: [2024]", ["2024"]],
    ])("%s", (yaml, expected) => {
      expect(readTextList(yamlValue(parse, yaml), { tags: true })).toEqual({ items: expected, errors: [] });
    });
  });

  it("aliases split at commas but not at spaces", () => {
    expect(readTextList("Janie, J. Doe")).toEqual({ items: ["Janie", "J. Doe"], errors: [] });
    expect(readTextList(["Doe, Jane", "JD"])).toEqual({ items: ["Doe, Jane", "JD"], errors: [] });
  });
});

describe("readFreeText", () => {
  it("never splits a text", () => {
    expect(readFreeText("An intro to Bob, and the deck")).toEqual({ items: ["An intro to Bob, and the deck"], errors: [] });
  });
  it("keeps a list as its items", () => {
    expect(readFreeText(["intro to Bob, at Acme", "the deck", 3])).toEqual({
      items: ["intro to Bob, at Acme", "the deck", "3"],
      errors: [],
    });
  });
  it.each(BOTH)("rebuilds an unquoted link, %s", (_name, parse) => {
    expect(readFreeText(yamlValue(parse, "gave:\n  - [[Bob Li]]\n  - a book")).items).toEqual(["[[Bob Li]]", "a book"]);
  });
});

describe("list readers never throw", () => {
  it.each([
    ["readReferenceList", readReferenceList],
    ["readTextList", (v: unknown) => readTextList(v)],
    ["tags", (v: unknown) => readTextList(v, { tags: true })],
    ["readFreeText", readFreeText],
  ])("%s", (_name, reader) => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withMap: true }), (value) => {
        const read = reader(value);
        expect(read.items.every((item) => typeof item === "string" && item !== "")).toBe(true);
      }),
    );
  });
});

describe("fast paths agree with the regex readings they replace", () => {
  // The regex reading of a wikilink before the fast path, kept as an oracle: the fast path cuts it by hand.
  const wikiOracle = (raw: string): string | undefined => {
    const wiki = /^!?\[\[([^\]]*)\]\]$/.exec(raw.trim());
    return wiki ? (wiki[1] ?? "").split("|")[0]?.split("#")[0]?.trim() ?? "" : undefined;
  };
  const text = fc.string({ unit: fc.constantFrom("[", "]", "!", "|", "#", " ", "a", "B", "(", ")", ".md", "\n", "%20") });

  it("linkTarget: wikilinks and plain names", () => {
    fc.assert(fc.property(text, (raw) => {
      const expected = wikiOracle(raw);
      if (expected !== undefined) expect(linkTarget(raw)).toBe(expected);
      else if (!/^!?\[/.test(raw.trim())) expect(linkTarget(raw)).toBe(raw.trim());
    }));
  });

  it("splitList cuts where a walk over the characters, counting brackets, would (its plain definition)", () => {
    const plain = (text: string): string[] => {
      const parts: string[] = [];
      let brackets = 0;
      let parens = 0;
      let current = "";
      for (const ch of text) {
        if (ch === "[") brackets++;
        else if (ch === "]") brackets = Math.max(0, brackets - 1);
        else if (ch === "(") parens++;
        else if (ch === ")") parens = Math.max(0, parens - 1);
        if (ch === "," && brackets === 0 && parens === 0) {
          parts.push(current);
          current = "";
        } else {
          current += ch;
        }
      }
      parts.push(current);
      return parts.map((part) => part.trim()).filter((part) => part !== "");
    };
    const piece = fc.oneof(fc.constantFrom("[", "]", "(", ")", ",", " ", "[[", "]]", ", ", "😀", "é", "Jane Doe"), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(splitList(text)).toEqual(plain(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("splitList without a comma is the trimmed text", () => {
    fc.assert(fc.property(text, (raw) => {
      if (!raw.includes(",")) expect(splitList(raw)).toEqual(raw.trim() === "" ? [] : [raw.trim()]);
    }));
  });
});

describe("fromNoteFolder", () => {
  // The plain reading, kept as the oracle: the target always read, relative or not.
  const oracle = (ref: string, notePath: string): string => {
    const target = linkTarget(ref);
    if (!target.startsWith("./") && !target.startsWith("../")) return ref;
    const parts = notePath.split("/").slice(0, -1);
    for (const part of target.split("/")) {
      if (part === "..") {
        if (parts.length === 0) return ref;
        parts.pop();
      } else if (part !== "." && part !== "") parts.push(part);
    }
    return parts.join("/");
  };
  const ref = fc.string({ unit: fc.constantFrom("[[", "]]", "[", "](", ")", "<", ">", ".", "./", "../", "/", "%2E", "%2F", "%", "|", "#", "a", " ") });
  const note = fc.constantFrom("Meetings/2026/Coffee.md", "Top.md", "a/b/c/d.md");

  it("equals the plain reading of every reference", () => {
    fc.assert(fc.property(ref, note, (r, n) => {
      expect(fromNoteFolder(r, n)).toBe(oracle(r, n));
    }), { numRuns: 2000 });
  });

  it.each([
    ["[Jane](../../People/Jane%20Doe.md)", "People/Jane Doe.md"],
    ["[Jane](%2E%2E/People/Jane.md)", "Meetings/People/Jane.md"],
    ["[[./Jane Doe]]", "Meetings/2026/Jane Doe"],
    ["[[Jane Doe]]", "[[Jane Doe]]"],
  ])("%s from Meetings/2026/ → %s", (r, expected) => {
    expect(fromNoteFolder(r, "Meetings/2026/Coffee.md")).toBe(expected);
  });
});

describe("frontmatterLinks", () => {
  // The plain reading it replaces, kept as the oracle: every value, every list item, matchAll.
  const oracle = (frontmatter: Record<string, unknown>): string[] => {
    const links: string[] = [];
    const text = (value: string): void => {
      for (const m of value.matchAll(/\[\[([^[\]]+)\]\]/g)) links.push(`[[${m[1] ?? ""}]]`);
    };
    for (const value of Object.values(frontmatter)) {
      if (typeof value === "string") text(value);
      else if (Array.isArray(value)) {
        for (const item of value.slice(0, LIST_ITEMS_LIMIT)) {
          if (typeof item === "string") text(item);
          else {
            const nested = nestedLinkText([item]);
            if (nested !== undefined) links.push(`[[${nested}]]`);
          }
        }
      }
    }
    return links;
  };
  const text = fc.string({ unit: fc.constantFrom("[[", "]]", "[", "]", "|", "a", "B", " ", ",") });
  const value = fc.oneof(text, fc.array(fc.oneof(text, fc.array(text, { maxLength: 3 }), fc.integer(), fc.constant(null)), { maxLength: 5 }), fc.integer(), fc.constant(null));

  it("equals the plain reading of every value and list item", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 4 }), value, { maxKeys: 6 }), (frontmatter) => {
        expect([...frontmatterLinks(frontmatter)]).toEqual(oracle(frontmatter));
      }),
      { numRuns: 500 },
    );
  });

  it.each(BOTH)("reads texts, lists and unquoted links in the order written, %s", (_name, parse) => {
    const frontmatter = parse('with: "[[Ada]] and [[Bob|B]]"\nboss: [[Cy Li]]\nrefs:\n  - "see [[Dee]]"\n  - plain\nnote: none') as Record<string, unknown>;
    expect(frontmatterLinks(frontmatter)).toEqual(["[[Ada]]", "[[Bob|B]]", "[[Cy Li]]", "[[Dee]]"]);
  });
});

describe("one text is read as the list readers read a text", () => {
  const text = fc.string({ unit: fc.constantFrom("[[", "]]", " ", "a", "B", ",", "|", "\n") });
  it("readReferenceList and readFreeText of one text equal their readings of a list holding it, but for splitting", () => {
    fc.assert(
      fc.property(text, (value) => {
        // A one-item list is never split; a text without a comma is one item too.
        if (!value.includes(",")) expect(readReferenceList(value)).toEqual(readReferenceList([value]));
        expect(readFreeText(value)).toEqual(readFreeText([value]));
      }),
      { numRuns: 500 },
    );
  });
});
