import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PathMultiMap } from "../../src/index/multimap";

type Op = { op: "add" | "addNew" | "delete"; key: string; path: string };

describe("PathMultiMap", () => {
  it("keeps each key's distinct paths in insertion order through adds and deletes, past the array's size too", () => {
    const op: fc.Arbitrary<Op> = fc.record({
      op: fc.constantFrom("add", "addNew", "delete"),
      key: fc.constantFrom("jane", "bob"),
      path: fc.integer({ min: 0, max: 40 }).map((n) => `Meetings/M${n}.md`),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const map = new PathMultiMap();
        const model = new Map<string, string[]>();
        for (const { op, key, path } of ops) {
          const paths = model.get(key) ?? [];
          if (op === "delete") {
            model.set(key, paths.filter((p) => p !== path));
            map.delete(key, path);
          } else if (op === "add" || !paths.includes(path)) {
            // addNew is only for paths not under the key yet.
            if (!paths.includes(path)) model.set(key, [...paths, path]);
            if (op === "add") map.add(key, path);
            else map.addNew(key, path);
          }
          for (const k of ["jane", "bob"]) {
            const expected = model.get(k) ?? [];
            expect(map.get(k)).toEqual(expected);
            const kept = map.lookup(k);
            // One path is a plain string, none is undefined: never a collection of one or of none.
            if (expected.length === 0) expect(kept).toBeUndefined();
            else if (expected.length === 1) expect(kept).toBe(expected[0]);
            else expect(typeof kept).toBe("object");
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
