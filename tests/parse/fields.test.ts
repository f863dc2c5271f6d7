import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { readLevel } from "../../src/parse/contact";
import { readBirthday, readDate } from "../../src/parse/dates";
import { readCadence } from "../../src/parse/durations";
import { pickAllFields, pickField, readText } from "../../src/parse/fields";
import type { Read } from "../../src/parse/fields";
import { readFollowUpDone } from "../../src/parse/interaction";
import { linkTarget } from "../../src/parse/links";
import { parseNote } from "../../src/parse/note";
import { asText } from "./yaml";

describe("pickField", () => {
  const cadence = ["cadence", "keep_in_touch", "frequency", "prm-cadence"];

  it("matches keys in any case and keeps the key as written", () => {
    const fm = asText("Cadence: 30d\nLAST CONTACT: 2026-01-02") as Record<string, unknown>;
    expect(pickField(fm, cadence)).toEqual({ key: "Cadence", value: "30d" });
    expect(pickField(fm, ["last_contact", "last contact"])).toEqual({ key: "LAST CONTACT", value: "2026-01-02" });
  });

  it("takes the first alias in the list, not the first key in the note", () => {
    const fm = asText("prm-cadence: 2w\nfrequency: monthly\nkeep_in_touch: 90d") as Record<string, unknown>;
    expect(pickField(fm, cadence)?.key).toBe("keep_in_touch");
  });

  it("treats empty values as absent, so a later alias can answer", () => {
    const fm = asText("cadence:\nkeep_in_touch: ''\nfrequency: []\nprm-cadence: 2w") as Record<string, unknown>;
    expect(pickField(fm, cadence)).toEqual({ key: "prm-cadence", value: "2w" });
    expect(pickField(asText("cadence:   ") as Record<string, unknown>, cadence)).toBeUndefined();
  });

  it("finds every alias when they are merged", () => {
    const fm = asText("With: Jane\nattendees: [Bob]\npeople: ''\nContacts: Ada") as Record<string, unknown>;
    expect(pickAllFields(fm, ["with", "attendees", "people", "contacts"]).map((f) => f.key)).toEqual([
      "With",
      "attendees",
      "Contacts",
    ]);
  });

  it("answers as a plain scan of the lower-cased keys would, for any keys and alias lists", () => {
    // Enough words that alias ids pass 64 and share bits in a note's mask; keys in any case, with spaces.
    const words = Array.from({ length: 90 }, (_, i) => `field_${i}`).concat(["with", "date", "tags", "Tag", ""]);
    const key = fc.tuple(fc.constantFrom(...words), fc.constantFrom("", " ", "  "), fc.boolean()).map(([word, pad, upper]) => pad + (upper ? word.toUpperCase() : word) + pad);
    const value = fc.oneof(fc.constant(null), fc.constant(""), fc.constant([]), fc.string({ minLength: 1 }), fc.integer());
    const absent = (v: unknown) => v === null || v === "" || (Array.isArray(v) && v.length === 0) || (typeof v === "string" && v.trim() === "");
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 12 }), fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }), (fm, names) => {
        const expected = names.flatMap((name) =>
          Object.keys(fm)
            .filter((k) => k.trim().toLowerCase() === name.toLowerCase() && !absent(fm[k]))
            .map((k) => ({ key: k, value: fm[k] })),
        );
        expect(pickAllFields(fm, names)).toEqual(expected);
        expect(pickField(fm, names)).toEqual(expected[0]);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on any frontmatter", () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.anything()), (fm) => {
      pickField(fm, ["a", "B", ""]);
    }));
  });
});

describe("readText", () => {
  it("reads text, a one-item list and an unquoted link", () => {
    expect(readText(" Acme ")).toEqual({ ok: true, value: "Acme" });
    expect(readText(["Acme"])).toEqual({ ok: true, value: "Acme" });
    expect(readText([["Acme"]])).toEqual({ ok: true, value: "[[Acme]]" });
  });
  it("says why other values are not text", () => {
    expect(readText(42)).toEqual({ ok: false, error: "is 42; expected text" });
    expect(readText({ a: 1 })).toEqual({ ok: false, error: "is an object; expected text" });
    expect(readText(["a", "b"])).toEqual({ ok: false, error: "is a list of 2 values; expected one" });
    expect(readText(5551234, { allowNumber: true })).toEqual({ ok: true, value: "5551234" });
  });
});

describe("self-referencing YAML", () => {
  it("a list that holds itself (YAML anchors) is a problem, not a stack overflow", () => {
    const fm = asText("type: person\ncadence: &c [*c]\nmet: &m [*m]\nname: &n [*n]\ntags: &t [a, *t]") as Record<string, unknown>;
    const note = parseNote({ path: "x.md", frontmatter: fm, bodyLinks: [], goalBlocks: [] }, DEFAULT_SETTINGS, asText);
    expect(note.contact?.tags).toEqual(["a"]);
    expect(note.problems.map((p) => p.field)).toEqual(["name", "tags", "met", "cadence"]);
  });
});

describe("every value reader returns a value or a problem", () => {
  const cyclic: unknown[] = [];
  cyclic.push(cyclic);
  const readers: [string, (v: unknown) => Read<unknown>][] = [
    ["readText", (v) => readText(v)],
    ["readLevel", readLevel],
    ["readFollowUpDone", readFollowUpDone],
    ["readDate", readDate],
    ["readBirthday", readBirthday],
    ["readCadence", readCadence],
  ];
  it.each(readers)("%s", (_name, reader) => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withDate: true, withMap: true, withBigInt: true }), fc.constant(cyclic)), (value) => {
        const read = reader(value);
        if (read.ok) expect(read.value).not.toBeUndefined();
        else expect(read.error.length).toBeGreaterThan(0);
      }),
    );
  });
  it("linkTarget", () => {
    fc.assert(fc.property(fc.string(), (raw) => typeof linkTarget(raw) === "string"));
  });
});

describe("remembered readers", () => {
  it("give the same answer for the same text every time, and fresh objects where values are objects", () => {
    expect(readDate("2026-02-30")).toEqual(readDate("2026-02-30"));
    expect(readDate(" 2026-03-02 ")).toEqual({ ok: true, value: "2026-03-02" });
    const a = readCadence("monthly");
    const b = readCadence("monthly");
    expect(a).toEqual(b);
    if (a.ok && b.ok) expect(a.value).not.toBe(b.value);
  });
});
