import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fileNameKey, MAX_NAME_BYTES, MAX_NAME_LENGTH, sanitizeFileName, uniqueFileName } from "../../src/io/file-names";

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe("sanitizeFileName", () => {
  it("strips what file systems and links refuse, hidden-file dots and extra spaces; caps the length; never empty", () => {
    expect(sanitizeFileName("a/b\\c:d*e?f\"g<h>i|j#k^l[m]n")).toBe("a b c d e f g h i j k l m n");
    expect(sanitizeFileName("..hidden")).toBe("hidden");
    expect(sanitizeFileName("  //  ")).toBe("Untitled");
    expect(sanitizeFileName("x".repeat(300))).toHaveLength(100);
  });

  it("gives Windows device names a _ whatever their case or extension", () => {
    expect(sanitizeFileName("CON")).toBe("CON_");
    expect(sanitizeFileName("nul")).toBe("nul_");
    expect(sanitizeFileName("Com1")).toBe("Com1_");
    expect(sanitizeFileName("lpt9.notes")).toBe("lpt9_.notes");
    expect(sanitizeFileName("NUL .")).toBe("NUL_");
    expect(sanitizeFileName("Connor")).toBe("Connor");
    expect(sanitizeFileName("Aux Smith")).toBe("Aux Smith");
  });

  it("drops direction overrides and marks, control characters and half surrogate pairs", () => {
    expect(sanitizeFileName("Invoice\u202Edm.exe")).toBe("Invoice dm.exe");
    expect(sanitizeFileName("a\u200Fb\u2066c\u0085d\u0007e")).toBe("a b c d e");
    expect(sanitizeFileName("x\ud800y")).toBe("x y");
    expect(sanitizeFileName("Ann 😀")).toBe("Ann 😀");
  });

  it("has no trailing dot or space (Windows drops them), and composes accents", () => {
    expect(sanitizeFileName("Jr.")).toBe("Jr");
    expect(sanitizeFileName("Jose\u0301")).toBe("José");
  });

  it("caps by bytes too, never inside a character", () => {
    const name = sanitizeFileName("語".repeat(90));
    expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name).toBe("語".repeat(66));
    expect(sanitizeFileName("😀".repeat(60))).toBe("😀".repeat(50));
  });

  it("is safe, short and stable for any text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (input) => {
        const name = sanitizeFileName(input);
        expect(name).not.toBe("");
        // eslint-disable-next-line no-control-regex -- checking they are gone
        expect(name).not.toMatch(/[\\/:*?"<>|#^[\]\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
        expect(name).not.toMatch(/^[.\s]|[.\s]$/);
        expect(name).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i);
        expect(Array.from(name).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
        expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
        expect(name).toBe(name.normalize("NFC"));
        expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        expect(sanitizeFileName(name)).toBe(name);
      }),
      { numRuns: 2000 },
    );
    // 2,000 texts of up to 400 characters: on the loaded 2-core machine more than the default 5 s.
  }, 30_000);
});

describe("uniqueFileName", () => {
  it("numbers a taken name, comparing as macOS and Windows do (case, normalisation)", () => {
    const existing = new Set(["jane doe.md", "josé.md"].map(fileNameKey));
    const taken = (fileName: string) => existing.has(fileNameKey(fileName));
    expect(uniqueFileName("Jane Doe", taken)).toBe("Jane Doe 2.md");
    expect(uniqueFileName("JOSE\u0301", taken)).toBe("JOSÉ 2.md");
    expect(uniqueFileName("Ann", taken)).toBe("Ann.md");
  });

  it("never returns a taken name (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("Ann", "ann", "Ann 2", "ANN 3", "Bo"), { maxLength: 6 }), fc.constantFrom("Ann", "ann", "Bo"), (names, name) => {
        const existing = new Set(names.map((n) => fileNameKey(`${n}.md`)));
        const picked = uniqueFileName(name, (f) => existing.has(fileNameKey(f)));
        expect(picked).toBeDefined();
        expect(existing.has(fileNameKey(picked as string))).toBe(false);
      }),
    );
  });
});
