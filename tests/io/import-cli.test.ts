// The importers end to end through the CLI, over a vault on disk: whole files compared with the approved ones,
// every file of the vault hashed before and after a second import, dry runs that write nothing.
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../cli/run-cli";
import { parseYaml, readVault } from "../../src/cli/vault-reader";
import { NetworkIndex } from "../../src/index/network-index";
import { contactNoteText } from "../../src/io/contact-note";

const fixtures = join(__dirname, "../fixtures/io");

/** Every file under `root` (hidden ones too), relative path → contents. */
function files(root: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.set(relative(root, path).split("\\").join("/"), readFileSync(path, "utf8"));
    }
  };
  walk(root);
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function hashes(root: string): Map<string, string> {
  return new Map([...files(root)].map(([path, text]) => [path, createHash("sha256").update(text).digest("hex")]));
}

function freshVault(): string {
  const dir = mkdtempSync(join(tmpdir(), "ng-import-"));
  cpSync(join(fixtures, "vault"), dir, { recursive: true });
  return dir;
}

const IMPORTS: string[][] = [
  ["import-linkedin", join(fixtures, "Connections.csv")],
  ["import-vcard", join(fixtures, "google.vcf")],
  ["import-vcard", join(fixtures, "apple.vcf")],
];

describe("importing LinkedIn and vCard files into a vault", () => {
  it("creates and fills exactly the approved notes, byte for byte (CRLF, comments and key order kept)", () => {
    const vault = freshVault();
    for (const argv of IMPORTS) expect(cli([...argv, "--vault", vault]).code).toBe(0);
    expect(files(vault)).toEqual(files(join(fixtures, "expected-vault")));
  });

  it("prints the summary of SPEC §6 as JSON", () => {
    const vault = freshVault();
    const { code, out } = cli(["import-linkedin", join(fixtures, "Connections.csv"), "--vault", vault, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      created: ["People/Ana María López.md", "People/Chen Wei 2.md", "People/Priya Raman.md"],
      updated: [
        { note: "People/Jane Doe.md", fields: ["role", "email", "met"] },
        { note: "People/Robert Li.md", fields: ["company", "role", "linkedin", "met"] },
      ],
      skipped: [],
      problems: [{ line: 10, message: "this row has no first or last name (LinkedIn leaves them out for members who left); not imported" }],
    });
  });

  it("changes no byte of the vault when the same files are imported again", () => {
    const vault = freshVault();
    for (const argv of IMPORTS) cli([...argv, "--vault", vault]);
    const before = hashes(vault);
    for (const argv of IMPORTS) {
      const { code, out } = cli([...argv, "--vault", vault, "--json"]);
      expect(code).toBe(0);
      const summary = JSON.parse(out) as { created: unknown[]; updated: unknown[]; skipped: { reason: string }[] };
      expect(summary.created).toEqual([]);
      expect(summary.updated).toEqual([]);
      expect(summary.skipped.length).toBeGreaterThan(0);
    }
    expect(hashes(vault)).toEqual(before);
  });

  it("writes nothing on --dry-run, and says what it would do", () => {
    const vault = freshVault();
    const before = hashes(vault);
    const { code, out } = cli(["import-linkedin", join(fixtures, "Connections.csv"), "--vault", vault, "--dry-run"]);
    expect(code).toBe(0);
    expect(out).toContain("3 to create, 2 to update, 0 skipped, 1 problems (dry run: nothing written)");
    expect(out).toContain("  ~ People/Jane Doe.md: role, email, met");
    expect(hashes(vault)).toEqual(before);
  });

  it("imports the rest of a broken file and names each broken line", () => {
    const vault = freshVault();
    const { code, out } = cli(["import-vcard", join(fixtures, "broken.vcf"), "--vault", vault, "--json"]);
    expect(code).toBe(0);
    const summary = JSON.parse(out) as { created: string[]; problems: { line: number }[] };
    expect(summary.created).toEqual(["People/Maya Cohen.md", "People/Leo Park.md"]);
    expect(summary.problems.map((p) => p.line)).toEqual([5, 7, 11, 19, 22]);
  });

  it("puts new notes in the import folder of the vault's settings, saying they are contacts when the folder does not", () => {
    const vault = freshVault();
    const settingsDir = join(vault, ".obsidian", "plugins", "network-goals");
    mkdirSync(settingsDir, { recursive: true });
    writeFileSync(join(settingsDir, "data.json"), JSON.stringify({ importFolder: "Inbox/Imported" }));
    const { code } = cli(["import-vcard", join(fixtures, "contacts-4.0.vcf"), "--vault", vault]);
    expect(code).toBe(0);
    expect(readFileSync(join(vault, "Inbox/Imported/Kofi Mensah.md"), "utf8")).toBe(
      [
        "---",
        "name: Kofi Mensah",
        "type: contact",
        "company: Stark Industries",
        "role: Analyst",
        "email:",
        "  - kofi@home.example",
        "  - kofi@work.example",
        'phone: "+233-20-000-0000"',
        'birthday: "--02-29"',
        "source: vcard",
        "---",
        "",
      ].join("\n"),
    );
    // Read back by the engine as a contact, the first e-mail and phone the main ones, without a problem.
    const read = readVault(vault, { threaded: false });
    const index = new NetworkIndex(read.settings.settings, parseYaml);
    index.upsertAll(read.notes);
    const kofi = index.contact("Inbox/Imported/Kofi Mensah.md");
    expect([kofi?.email, kofi?.phone, kofi?.birthday]).toEqual(["kofi@home.example", "+233-20-000-0000", { month: 2, day: 29 }]);
    expect(index.problems().filter((p) => p.note.startsWith("Inbox/"))).toEqual([]);
  });

  it("reads an old phone's vCard 2.1 in raw Latin-1 bytes (CHARSET=ISO-8859-1) into the names it meant", () => {
    const vault = mkdtempSync(join(tmpdir(), "ng-import-"));
    const { code, out } = cli(["import-vcard", join(fixtures, "old-phone-latin1.vcf"), "--vault", vault, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ problems: [{ line: 20, message: "N: not UTF-8 and no CHARSET; read as Latin-1 (Windows-1252)" }] });
    expect(files(vault)).toEqual(files(join(fixtures, "expected-latin1")));
  });

  it("imports the demo vault's sample files as docs/import-export.md shows", () => {
    const demo = join(__dirname, "../../demo-vault");
    const linkedin = cli(["import-linkedin", join(demo, "Imports/Connections.csv"), "--vault", demo, "--dry-run"]);
    expect(linkedin.out).toContain(
      [
        "4 to create, 1 to update, 1 skipped, 1 problems (dry run: nothing written)",
        "  + People/Nadia Haddad.md",
        "  + People/Owen Price.md",
        "  + People/Lucía Ortega.md",
        "  + People/Theo Marsh.md",
        "  ~ People/Bob Li.md: linkedin",
        "  = Jane Doe: People/Jane Doe.md already has everything this file knows (matched by LinkedIn URL)",
        "  ! line 11: Connected On 'sometime in 2024' is not a date such as 15 Mar 2024; Theo Marsh is imported without it",
      ].join("\n"),
    );
    const vcard = JSON.parse(cli(["import-vcard", join(demo, "Imports/contacts.vcf"), "--vault", demo, "--dry-run", "--json"]).out) as unknown;
    expect(vcard).toEqual({
      created: ["People/Hana Sato.md", "People/Ilkka Järvinen.md"],
      updated: [{ note: "People/Kofi Mensah.md", fields: ["email", "phone", "birthday"] }],
      skipped: [],
      problems: [],
    });
  });

  it("starts new notes from the vault's contact template, keeping its bytes, and a second import changes none", () => {
    const vault = freshVault();
    const template = readFileSync(join(fixtures, "templates/Contact.md"), "utf8");
    mkdirSync(join(vault, "Templates"));
    writeFileSync(join(vault, "Templates/Contact.md"), template);
    mkdirSync(join(vault, ".obsidian/plugins/network-goals"), { recursive: true });
    writeFileSync(join(vault, ".obsidian/plugins/network-goals/data.json"), JSON.stringify({ contactTemplate: "Templates/Contact" }));
    for (const argv of IMPORTS) expect(cli([...argv, "--vault", vault, "--today", "2026-05-20"])).toMatchObject({ code: 0, err: "" });
    // The template's comments, quotes and CRLF, its placeholders filled ({{time}} is another plugin's); the fields
    // it leaves empty filled on their lines, the others after its own; the vCard's later fields as an update's.
    expect(readFileSync(join(vault, "People/Ana María López.md"), "utf8")).toBe(
      [
        "---",
        "# A person I keep in touch with",
        'name: "Ana María López"',
        "company: Initech    # where they work",
        "level: peer   # senior, peer or junior",
        'email: ["ana@initech.example", "ana.lopez@mail.example"]',
        "role: Product Manager EMEA",
        "linkedin: https://www.linkedin.com/in/ana-mar%C3%ADa-l%C3%B3pez",
        "met: 2022-11-07",
        "source: linkedin",
        'phone: ["+34 600 000 000", "+34 910 000 000"]',
        'birthday: "--07-21"',
        "---",
        "## Ana María López",
        "",
        "Added on 2026-05-20 {{time}}.",
        "",
      ].join("\r\n"),
    );
    expect(readFileSync(join(vault, "Templates/Contact.md"), "utf8")).toBe(template);
    // Every new note is in the template's line endings, a card's note after its text too.
    const made = [...files(vault)].filter(([path, text]) => path.startsWith("People/") && text.includes("{{time}}"));
    expect(made.length).toBeGreaterThan(3);
    const card = contactNoteText({ line: 1, source: "vcard", name: "Kai Ito", emails: [], phones: [], notes: "Met at the fair.\nLikes tea." }, { markAsContact: false, template: { text: template, date: "2026-05-20", parseYaml } }, "Kai Ito");
    expect(card.text.endsWith("Added on 2026-05-20 {{time}}.\r\n\r\nMet at the fair.\r\nLikes tea.\r\n")).toBe(true);
    made.push(["Kai Ito.md", card.text]);
    for (const [path, text] of made) expect(text.replace(/\r\n/g, ""), path).not.toContain("\n");
    const before = hashes(vault);
    for (const argv of IMPORTS) {
      const again = JSON.parse(cli([...argv, "--vault", vault, "--json", "--today", "2026-06-01"]).out) as { created: unknown[]; updated: unknown[] };
      expect([again.created, again.updated]).toEqual([[], []]);
    }
    expect(hashes(vault)).toEqual(before);
  });

  it("says when the contact template is not there, and imports without it", () => {
    const vault = freshVault();
    mkdirSync(join(vault, ".obsidian/plugins/network-goals"), { recursive: true });
    writeFileSync(join(vault, ".obsidian/plugins/network-goals/data.json"), JSON.stringify({ contactTemplate: "Templates/Nope" }));
    const { code, err } = cli(["import-linkedin", join(fixtures, "Connections.csv"), "--vault", vault]);
    expect(code).toBe(0);
    expect(err).toBe("network-goals: template Templates/Nope was not found, so it was not used\n");
    expect(readFileSync(join(vault, "People/Priya Raman.md"), "utf8")).toBe(readFileSync(join(fixtures, "expected-vault/People/Priya Raman.md"), "utf8"));
  });

  it.each([
    [["import-linkedin", "--vault", "x"], 2, "import-linkedin needs the FILE to import"],
    [["import-vcard", "a.vcf"], 2, "--vault DIR is required"],
    [["import-vcard", "a.vcf", "--vault", "x", "--today", "2026-02-30"], 2, "--today must be a real date written YYYY-MM-DD"],
    [["export-csv", "--vault", "x", "--dry-run"], 2, "unknown option '--dry-run'"],
    [["import-vcard", join(fixtures, "nope.vcf"), "--vault", join(fixtures, "vault")], 1, "file not found"],
    [["export-ics", "--vault", join(fixtures, "no-such-vault")], 1, "vault folder not found"],
  ])("%j exits %i with %s", (argv, exit, message) => {
    const { code, err } = cli(argv);
    expect(code).toBe(exit);
    expect(err).toContain(message);
  });
});
