// The alias table (src/parse/field-aliases.ts) is what docs/note-format.md and docs/goals.md tell users, name for name and in
// the order that decides which alias wins.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTACT_FIELDS, GOAL_FIELDS, INTERACTION_FIELDS } from "../../src/parse/field-aliases";

/** The names in the "Field, then aliases" column of every such table of the page, lower-cased, row by row. */
function documentedRows(): string[][] {
  const rows: string[][] = [];
  let inTable = false;
  for (const line of readFileSync("docs/note-format.md", "utf8").split("\n")) {
    if (/^\| What \| Field, then aliases \|/.test(line)) inTable = true;
    else if (!line.startsWith("|")) inTable = false;
    else if (inTable && !line.startsWith("|---")) {
      const column = line.split("|")[2] ?? "";
      rows.push([...column.matchAll(/`([^`]+)`/g)].map((m) => (m[1] ?? "").toLowerCase()));
    }
  }
  return rows;
}

describe("field aliases", () => {
  const rows = documentedRows();
  const fields = [...Object.entries(CONTACT_FIELDS), ...Object.entries(INTERACTION_FIELDS)];

  it("are documented in docs/note-format.md in the order they win", () => {
    expect(rows.length).toBeGreaterThan(20);
    for (const [field, list] of fields) {
      const names = [...list.names];
      // A field with aliases has its own row; single-name fields may share one (`email`, `phone`, `linkedin`).
      const row = rows.find((r) => (names.length > 1 ? r.join() === names.join() : r.includes(names[0]!)));
      expect({ field, undocumented: names.filter((name) => !(row ?? []).includes(name)) }).toEqual({ field, undocumented: [] });
    }
  });

  it("document no name the parser does not read", () => {
    const read = new Set(fields.flatMap(([, list]) => list.names));
    expect(rows.flat().filter((name) => !read.has(name))).toEqual([]);
  });

  it("of goal blocks are documented in docs/goals.md", () => {
    const table = readFileSync("docs/goals.md", "utf8").split("| Field | Meaning |")[1]?.split("\n\n")[0] ?? "";
    const documented = new Set([...table.matchAll(/`([^`]+)`/g)].map((m) => m[1]));
    const names = Object.values(GOAL_FIELDS).flatMap((list) => list.names);
    expect(names.filter((name) => !documented.has(name))).toEqual([]);
  });
});
