// The CSV reader against papaparse, the oracle: on every RFC 4180 text a writer makes they read the same
// records, and on any text at all ours never throws and accounts for every character.
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvRows } from "../../src/io/csv";

const rows = (text: string) => [...csvRows(text)].map((row) => row.cells);

/** A cell as an RFC 4180 writer quotes it: only when it holds a comma, a quote or a line break. */
const written = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

describe("csvRows", () => {
  it("reads quoted commas, doubled quotes and line breaks inside a cell, and CRLF, LF or CR between records", () => {
    expect(rows('a,"b, c","say ""hi"""\r\n"two\r\nlines",,x\r\n')).toEqual([
      ["a", "b, c", 'say "hi"'],
      ["two\r\nlines", "", "x"],
    ]);
    expect(rows("a\nb\rc")).toEqual([["a"], ["b"], ["c"]]);
    expect(rows("")).toEqual([]);
    expect(rows("\n\n")).toEqual([[""], [""]]);
  });

  it("gives each record's start and says when a quote runs to the end of the text", () => {
    expect([...csvRows('h1,h2\r\nAda,"open\nBob,x\n')]).toEqual([
      { cells: ["h1", "h2"], start: 0, unclosedQuote: false },
      { cells: ["Ada", "open\nBob,x\n"], start: 7, unclosedQuote: true },
    ]);
  });

  it("keeps text after a closing quote as written, as spreadsheets do", () => {
    expect(rows('"a"b,c')).toEqual([["ab", "c"]]);
  });

  it("reads what papaparse reads from any RFC 4180 text (property)", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "é", " ", ",", '"', "\r", "\n", "\r\n", "𝄞"), maxLength: 12 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 })),
        fc.constantFrom("\r\n", "\n"),
        fc.boolean(),
        (records, newline, trailing) => {
          const text = records.map((r) => r.map(written).join(",")).join(newline) + (trailing ? newline : "");
          const oracle = Papa.parse<string[]>(text, { delimiter: ",", newline }).data;
          // papaparse reads a final line break as the start of one more, empty record; a line break ends a record here.
          const last = oracle[oracle.length - 1];
          if (text.endsWith(newline) && last?.length === 1 && last[0] === "") oracle.pop();
          expect(rows(text)).toEqual(oracle);
        },
      ),
    );
  });

  it("never throws on any text, and its records cover the text in order (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", ",", '"', "\r", "\n", " "), maxLength: 60 }), (text) => {
        const all = [...csvRows(text)];
        let last = -1;
        for (const row of all) {
          expect(row.start).toBeGreaterThan(last);
          expect(row.cells.length).toBeGreaterThanOrEqual(1);
          last = row.start;
        }
        expect(all.length === 0).toBe(text === "");
      }),
    );
  });
});
