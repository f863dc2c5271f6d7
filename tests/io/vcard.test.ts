// vCards as Apple Contacts, Google Contacts and old phones write them, broken ones, ical.js as a second reader,
// and any card a writer makes (properties).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { readVcardBirthday, readVcards } from "../../src/io/vcard";

const fixture = (name: string) => readFileSync(join(__dirname, "../fixtures/io", name), "utf8");

describe("readVcards on the files contact apps write", () => {
  it("reads Apple Contacts' vCard 3.0: folds, escapes, item1. groups, pref first, Apple's year-less birthday, the photo skipped", () => {
    expect(readVcards(fixture("apple.vcf"))).toEqual({
      people: [
        {
          line: 1, source: "vcard", name: "Jane Doe", company: "Acme, Inc.", role: "Head of Research",
          emails: ["JANE.DOE@acme.example", "jane@home.example"], phones: ["+1 (555) 010-0100", "+1 555 010 0199"],
          linkedin: "https://www.linkedin.com/in/janedoe", birthday: "1985-04-12",
          notes: "Met at the spring conference, talked about mentoring; wants an intro to Bob.\nLikes sailing.",
        },
        { line: 25, source: "vcard", name: "Bob Li", company: "Globex", role: "Senior Engineer", emails: ["bob@globex.example"], phones: [], birthday: "--11-03" },
        { line: 36, source: "vcard", name: "Initech", company: "Initech", emails: [], phones: ["+1 555 010 0300"] },
      ],
      problems: [],
    });
  });

  it("reads Google Contacts' export: `https\\://` in URLs, --MM-DD birthdays, several e-mails and phones", () => {
    expect(readVcards(fixture("google.vcf"))).toEqual({
      people: [
        {
          line: 1, source: "vcard", name: "Ana María López", company: "Initech", role: "Product Manager",
          emails: ["ana@initech.example", "ana.lopez@mail.example"], phones: ["+34 600 000 000", "+34 910 000 000"],
          linkedin: "https://www.linkedin.com/in/ana-mar%C3%ADa-l%C3%B3pez", birthday: "--07-21", notes: "Introduced by Bob Li at the meetup.",
        },
        { line: 17, source: "vcard", name: "Chen Wei", emails: ["wei.chen@mail.example"], phones: [], birthday: "1990-02-28" },
      ],
      problems: [],
    });
  });

  it("reads vCard 4.0: PREF=1 first, tel: URIs, --MMDD", () => {
    expect(readVcards(fixture("contacts-4.0.vcf")).people).toEqual([
      { line: 1, source: "vcard", name: "Kofi Mensah", company: "Stark Industries", role: "Analyst", emails: ["kofi@home.example", "kofi@work.example"], phones: ["+233-20-000-0000"], birthday: "--02-29" },
    ]);
  });

  it("reads vCard 2.1 from old phones: quoted-printable in UTF-8 and ISO-8859-1, soft line breaks, bare TYPEs, a base64 photo", () => {
    expect(readVcards(fixture("old-phone-2.1.vcf"))).toEqual({
      people: [
        {
          line: 1, source: "vcard", name: "Jürgen Müller", company: "Müller & Söhne", emails: ["juergen@example.de"],
          phones: ["+4915100000000", "+49301234567"], notes: "Sehr netter Kollege, spricht gern über Fußball.\nKennt Anna.",
        },
        { line: 16, source: "vcard", name: "Karin Svensson", emails: [], phones: ["+46701234567"], birthday: "1978-12-24" },
      ],
      problems: [],
    });
  });

  it("reads vCard 2.1 in raw Latin-1 bytes, as old phones write CHARSET=ISO-8859-1, each value in its own CHARSET", () => {
    const bytes = readFileSync(join(__dirname, "../fixtures/io", "old-phone-latin1.vcf"));
    expect(readVcards(bytes)).toEqual({
      people: [
        {
          line: 1, source: "vcard", name: "Jürgen Müller", company: "Bäckerei Groß", role: "Bäckermeister", emails: ["j.mueller@example.de"],
          phones: ["+4915100000001", "030 1234567"], notes: "Kennt Anna aus dem Café.",
        },
        { line: 12, source: "vcard", name: "Åse Ødegård", emails: [], phones: ["+4722000000"], notes: "Schuldet mir 5 € – seit März." },
        { line: 18, source: "vcard", name: "José Nuñez", emails: [], phones: [], birthday: "1980-02-29" },
      ],
      problems: [{ line: 20, message: "N: not UTF-8 and no CHARSET; read as Latin-1 (Windows-1252)" }],
    });
  });

  it("reads a file as the same whether given as bytes or as text", () => {
    for (const name of ["apple.vcf", "google.vcf", "old-phone-2.1.vcf", "contacts-4.0.vcf", "broken.vcf"]) {
      expect(readVcards(readFileSync(join(__dirname, "../fixtures/io", name)))).toEqual(readVcards(fixture(name)));
    }
    expect(readVcards("BEGIN:VCARD\nN;CHARSET=X-NONE:Li;Bo\nEND:VCARD\n")).toEqual({
      people: [{ line: 1, source: "vcard", name: "Bo Li", emails: [], phones: [] }],
      problems: [{ line: 2, message: "N: unknown CHARSET=X-NONE; read as UTF-8" }],
    });
  });

  it("says which line of a broken file is wrong, and imports every card it can", () => {
    const read = readVcards(fixture("broken.vcf"));
    expect(read.people.map((p) => [p.line, p.name, p.birthday])).toEqual([
      [1, "Maya Cohen", undefined],
      [16, "Leo Park", undefined],
    ]);
    expect(read.problems).toEqual([
      { line: 5, message: "BDAY 'sometime in May' is not a date such as 1985-04-12 or --04-12; Maya Cohen is imported without a birthday" },
      { line: 7, message: "the card that begins here has no END:VCARD (the file may be cut short); not imported" },
      { line: 11, message: "this card has no name (FN or N), organisation or e-mail; not imported" },
      { line: 19, message: "'this line is not a property' is not a vCard property (NAME:value); ignored" },
      { line: 22, message: "the card that begins here has no END:VCARD (the file may be cut short); not imported" },
    ]);
  });

  it("agrees with ical.js on names, e-mails, organisations and birthdays of the 3.0 and 4.0 files", () => {
    for (const file of ["apple.vcf", "google.vcf", "contacts-4.0.vcf"]) {
      const text = fixture(file);
      const parsed = ICAL.parse(text) as unknown[];
      const cards = (typeof parsed[0] === "string" ? [parsed] : parsed).map((c) => new ICAL.Component(c as unknown[]));
      const ours = readVcards(text).people;
      expect(ours.length).toBe(cards.length);
      cards.forEach((card, i) => {
        const person = ours[i];
        expect(person?.name).toBe(card.getFirstPropertyValue("fn"));
        const emails = card.getAllProperties("email").map((p) => String(p.getFirstValue()).toLowerCase());
        expect(new Set(person?.emails.map((e) => e.toLowerCase()))).toEqual(new Set(emails));
        const org = card.getFirstProperty("org")?.getValues()[0] as unknown;
        const company = Array.isArray(org) ? (org[0] as string) : (org as string | undefined);
        expect(person?.company).toBe(company);
        const bday = card.getFirstPropertyValue("bday") as { year: number | null; month: number; day: number } | null;
        if (bday) {
          const md = `${String(bday.month).padStart(2, "0")}-${String(bday.day).padStart(2, "0")}`;
          // Apple writes a year it does not know as 1604 (X-APPLE-OMIT-YEAR), which ical.js reads as a year.
          expect(person?.birthday).toBe(bday.year === null || bday.year === 1604 ? `--${md}` : `${bday.year}-${md}`);
        }
      });
    }
  });
});

describe("readVcardBirthday", () => {
  it.each([
    ["1985-04-12", undefined, "1985-04-12"],
    ["19850412", undefined, "1985-04-12"],
    ["1985-04-12T00:00:00Z", undefined, "1985-04-12"],
    ["--04-12", undefined, "--04-12"],
    ["--0229", undefined, "--02-29"],
    ["1604-11-03", "1604", "--11-03"],
  ])("%s (omit year %s) is %s", (value, omit, expected) => expect(readVcardBirthday(value, omit)).toBe(expected));

  it.each(["1985-02-30", "--13-01", "circa 1800", "0999-01-01", ""])("%s is not a birthday", (value) => expect(readVcardBirthday(value)).toBeNull());
});

/** A minimal vCard 3.0 writer, as RFC 6350 says: text escaped, lines folded at 75 octets. */
function writeCard(p: { name: string; org: string; note: string; emails: string[] }): string {
  const esc = (t: string) => t.replace(/\\/g, "\\\\").replace(/,/g, "\\,").replace(/;/g, "\\;").replace(/\r\n|\r|\n/g, "\\n");
  const fold = (line: string) => {
    const out: string[] = [];
    let cur = "";
    let bytes = 0;
    for (const ch of line) {
      const n = new TextEncoder().encode(ch).length;
      if (bytes + n > 75) {
        out.push(cur);
        cur = " ";
        bytes = 1;
      }
      cur += ch;
      bytes += n;
    }
    out.push(cur);
    return out.join("\r\n");
  };
  const lines = ["BEGIN:VCARD", "VERSION:3.0", `FN:${esc(p.name)}`, `ORG:${esc(p.org)};Unit`, ...p.emails.map((e, i) => `item${i + 1}.EMAIL;type=INTERNET:${e}`), `NOTE:${esc(p.note)}`, "END:VCARD"];
  return lines.map(fold).join("\r\n") + "\r\n";
}

describe("readVcards (properties)", () => {
  const text = fc.string({ unit: "grapheme", minLength: 1, maxLength: 120 });
  it("reads back what a vCard writer wrote: escapes and folds undone, never a character split", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: text, org: text, note: text, emails: fc.uniqueArray(fc.emailAddress(), { maxLength: 3, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() }) }), { minLength: 1, maxLength: 4 }),
        (people) => {
          const read = readVcards(people.map(writeCard).join(""));
          const one = (t: string) => t.replace(/\s+/g, " ").trim();
          const named = people.filter((p) => one(p.name) !== "" || one(p.org) !== "" || p.emails.length > 0);
          expect(read.people.map((p) => p.name)).toEqual(named.map((p) => one(p.name) || one(p.org) || (p.emails[0] as string)));
          expect(read.people.map((p) => p.emails)).toEqual(named.map((p) => p.emails));
          expect(read.people.map((p) => p.company)).toEqual(named.map((p) => (one(p.org) === "" ? undefined : one(p.org))));
          expect(read.people.map((p) => p.notes)).toEqual(named.map((p) => (p.note.replace(/\r\n?/g, "\n").trim() === "" ? undefined : p.note.replace(/\r\n?/g, "\n").trim())));
        },
      ),
    );
  });

  it("never throws on any text, and every problem names a line of it", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.boolean(), (junk, wrap) => {
        const input = wrap ? `BEGIN:VCARD\r\nVERSION:3.0\r\n${junk}\r\nEND:VCARD\r\n` : junk;
        const read = readVcards(input);
        const lines = input.split(/\r\n|\r|\n/).length;
        for (const p of [...read.problems, ...read.people]) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(lines);
        }
      }),
    );
  });
});
