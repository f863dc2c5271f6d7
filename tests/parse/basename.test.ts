import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { basenameOf } from "../../src/model/paths";

describe("basenameOf", () => {
  it("is the file name without its folder and without `.md` in any case", () => {
    expect(basenameOf("People/Work/Jane Doe.md")).toBe("Jane Doe");
    expect(basenameOf("Jane.MD")).toBe("Jane");
    expect(basenameOf("Notes/.md")).toBe("");
    expect(basenameOf("Notes/readme.txt")).toBe("readme.txt");
    expect(basenameOf("x.md/md")).toBe("md");
  });

  it("agrees with cutting the last segment and then `.md` off it, for any path", () => {
    const part = fc.constantFrom("a", "/", ".", "m", "d", "M", "D", ".md", "x/");
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }).map((parts) => parts.join("")), (path) => {
        const file = path.slice(path.lastIndexOf("/") + 1);
        expect(basenameOf(path)).toBe(/\.md$/i.test(file) ? file.slice(0, -3) : file);
      }),
      { numRuns: 1000 },
    );
  });
});
