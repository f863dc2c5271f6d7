import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ContactResolver, contactKeys, referenceKey } from "../../src/index/resolver";

/** The definition: trimmed, `.md` dropped, NFC, lower-case. */
const definition = (text: string) => text.trim().replace(/\.md$/i, "").normalize("NFC").toLowerCase();

describe("referenceKey", () => {
  it("is the trimmed text without `.md`, in NFC and lower case", () => {
    expect(referenceKey("  People/Jane Doe.MD ")).toBe("people/jane doe");
    expect(referenceKey("Zoe\u0301")).toBe("zoé");
    expect(referenceKey(".md")).toBe("");
    expect(referenceKey("Jane .md")).toBe("jane ");
  });

  it("agrees with its definition for any text", () => {
    const piece = fc.oneof(fc.string(), fc.constantFrom(".md", ".MD", ".Md", " ", "\u0301", "e\u0301", "İ", "ß", "\t", "\u00a0"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }).map((parts) => parts.join("")), (text) => {
        expect(referenceKey(text)).toBe(definition(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(referenceKey(text)).toBe(definition(text));
      }),
    );
  });
});

describe("contactKeys", () => {
  it("a path answers to each of its trailing parts of two segments or more, shortest first", () => {
    const path = fc.string({ unit: fc.constantFrom("/", "a", "B", " ", ".md", "É") });
    fc.assert(
      fc.property(path, (p) => {
        // The plain reading: split into segments, join each tail.
        const segments = referenceKey(p).split("/");
        const expected: string[] = [];
        for (let i = segments.length - 2; i >= 0; i--) expected.push(segments.slice(i).join("/"));
        expect(contactKeys({ path: p, basename: "b", name: "n", aliases: [] } as unknown as Parameters<typeof contactKeys>[0]).paths).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("ContactResolver.uniquePath", () => {
  it("is the path resolveKey finds, and undefined when it finds several or none", () => {
    const names = ["Jane", "Jane Doe", "Bob", "jane"];
    const contact = fc.record({
      folder: fc.constantFrom("People", "People/Work", "Contacts"),
      file: fc.constantFrom(...names),
      name: fc.constantFrom(...names),
      aliases: fc.array(fc.constantFrom(...names, "JD"), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 6 }), fc.constantFrom(...names, "JD", "work/jane", "people/jane doe", "nobody", ""), (contacts, reference) => {
        const resolver = new ContactResolver();
        contacts.forEach((c, i) => {
          const path = `${c.folder}/${c.file}${i % 2 === 0 ? "" : ` ${i}`}.md`;
          resolver.add({ path, basename: path.slice(path.lastIndexOf("/") + 1, -3), name: c.name, aliases: c.aliases, tags: [], status: "active" });
        });
        const key = referenceKey(reference);
        const found = resolver.resolveKey(key);
        expect(resolver.uniquePath(key)).toBe(found.kind === "found" ? found.path : undefined);
      }),
      { numRuns: 1000 },
    );
  });
});
