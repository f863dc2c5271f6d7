// LinkedIn's Connections.csv as its data export writes it, broken ones, and any CSV (properties).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { readConnectedOn, readLinkedInCsv } from "../../src/io/linkedin";

const fixture = (name: string) => readFileSync(join(__dirname, "../fixtures/io", name), "utf8");
const PREAMBLE =
  'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\r\n\r\n';
const HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"];

describe("readLinkedInCsv on LinkedIn's own export", () => {
  it("reads every person past the notes preamble, BOM, CRLF and quoted commas, quotes and line breaks", () => {
    const text = fixture("Connections.csv");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain("\r\n");
    expect(readLinkedInCsv(text)).toEqual({
      people: [
        { line: 5, source: "linkedin", name: "Jane Doe", emails: ["jane.doe@acme.example"], phones: [], company: "Acme, Inc.", role: "Head of Research", linkedin: "https://www.linkedin.com/in/janedoe", met: "2024-03-15" },
        { line: 6, source: "linkedin", name: "Bob Li", emails: [], phones: [], company: "Globex", role: 'Senior Engineer, "Platform" team', linkedin: "https://www.linkedin.com/in/bob-li-1a2b3c", met: "2023-01-02" },
        { line: 7, source: "linkedin", name: "Ana María López", emails: [], phones: [], company: "Initech", role: "Product Manager EMEA", linkedin: "https://www.linkedin.com/in/ana-mar%C3%ADa-l%C3%B3pez", met: "2022-11-07" },
        { line: 9, source: "linkedin", name: "Chen Wei", emails: [], phones: [], linkedin: "https://www.linkedin.com/in/chenwei", met: "2021-02-28" },
        { line: 11, source: "linkedin", name: "Priya Raman", emails: [], phones: [], company: '=HYPERLINK("http://evil.example")', role: "Founder", linkedin: "https://www.linkedin.com/in/priyaraman", met: "2019-08-31" },
      ],
      problems: [{ line: 10, message: "this row has no first or last name (LinkedIn leaves them out for members who left); not imported" }],
    });
  });

  it("says which line is broken and still reads the rest", () => {
    const read = readLinkedInCsv(fixture("Connections-broken.csv"));
    expect(read.people.map((p) => [p.line, p.name, p.met])).toEqual([
      [5, "Omar Haddad", "2024-02-12"],
      [7, "Tom Ng", undefined],
      [8, "Sara Kim", undefined],
      [9, "Ivo Petrov", "2023-03-03"],
    ]);
    expect(read.problems).toEqual([
      { line: 6, message: "this row has 6 columns where the header has 7 (a comma or quote is missing or extra), so its fields cannot be told apart; not imported" },
      { line: 7, message: "Connected On '31 Feb 2024' is not a date such as 15 Mar 2024; Tom Ng is imported without it" },
      { line: 8, message: "Connected On 'yesterday' is not a date such as 15 Mar 2024; Sara Kim is imported without it" },
    ]);
  });

  it("is one problem, and no one, for a file that is not Connections.csv", () => {
    expect(readLinkedInCsv("Name,Phone\r\nJane,123\r\n")).toEqual({
      people: [],
      problems: [{ line: 1, message: "no header row with 'First Name' and 'Last Name' was found; is this LinkedIn's Connections.csv?" }],
    });
  });

  it("reads an older export without URL and says which columns it lacks", () => {
    const read = readLinkedInCsv("First Name,Last Name,Email Address,Company,Position,Connected On\nAda,Lovelace,ada@example.org,Analytical,Engineer,10 Dec 2015\n");
    expect(read.people).toEqual([{ line: 2, source: "linkedin", name: "Ada Lovelace", emails: ["ada@example.org"], phones: [], company: "Analytical", role: "Engineer", met: "2015-12-10" }]);
    expect(read.problems).toEqual([{ line: 1, message: "the header has no 'URL' column; those fields are not imported" }]);
  });

  it("says when a quote is never closed", () => {
    const read = readLinkedInCsv(`${HEADER.join(",")}\nAda,Lovelace,,,"Analytical,Engineer,10 Dec 2015\nBob,Li,,,,,1 Jan 2020\n`);
    expect(read.problems.some((p) => p.line === 2 && p.message.includes("never closed"))).toBe(true);
  });
});

describe("readConnectedOn", () => {
  it.each([
    ["15 Mar 2024", "2024-03-15"],
    ["1 Jan 2020", "2020-01-01"],
    ["15-Mar-24", "2024-03-15"],
    ["March 15, 2024", "2024-03-15"],
    ["15 Sept 2024", "2024-09-15"],
    ["2024-03-15", "2024-03-15"],
  ])("%s is %s", (text, date) => expect(readConnectedOn(text)).toBe(date));

  it.each(["31 Feb 2024", "15 Mrz 2024", "03/15/2024", "15 Mar 0999", "", "soon"])("%s is not a date", (text) => {
    expect(readConnectedOn(text)).toBeNull();
  });
});

const cellText = fc.string({ unit: "grapheme", maxLength: 30 });

describe("readLinkedInCsv (properties)", () => {
  it("reads back every row a CSV writer makes, with the notes, BOM and CRLF of LinkedIn's", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ first: cellText, last: cellText, company: cellText, position: cellText, day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 0, max: 11 }), year: fc.integer({ min: 2004, max: 2026 }) }), { maxLength: 8 }),
        (rows) => {
          const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
          const body = rows.map((r) => [r.first, r.last, "", "", r.company, r.position, `${String(r.day).padStart(2, "0")} ${months[r.month]} ${r.year}`]);
          const read = readLinkedInCsv(`\ufeff${PREAMBLE}${Papa.unparse([HEADER, ...body], { newline: "\r\n" })}\r\n`);
          const clean = (t: string) => t.replace(/\s+/g, " ").trim();
          const named = rows.filter((r) => clean(r.first) !== "" || clean(r.last) !== "");
          expect(read.people.map((p) => p.name)).toEqual(named.map((r) => [clean(r.first), clean(r.last)].filter((t) => t !== "").join(" ")));
          expect(read.people.map((p) => p.met)).toEqual(named.map((r) => `${r.year}-${String(r.month + 1).padStart(2, "0")}-${String(r.day).padStart(2, "0")}`));
          expect(read.problems.length).toBe(rows.length - named.length);
        },
      ),
    );
  });

  it("never throws, and every problem has a line in the file", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (junk) => {
        const text = `${HEADER.join(",")}\r\n${junk}`;
        const read = readLinkedInCsv(text);
        const lines = text.split("\n").length;
        for (const p of [...read.problems, ...read.people]) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(lines);
        }
      }),
    );
  });
});
