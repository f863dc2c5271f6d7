// @vitest-environment happy-dom
// New-note text: our frontmatter merged with the user's template (the template's filled keys win).
import { describe, expect, it } from "vitest";
import { contactNoteText, interactionNoteText } from "../../src/obsidian/templates";
import { fillPlaceholders } from "../../src/io/templates";
import { start } from "./harness";

const VALUES = { name: "Jane Doe", title: "Jane Doe", date: "2026-05-20" };

describe("templates", () => {
  it("without a template: our keys only, empty ones left out", async () => {
    const t = await start({});
    const note = await contactNoteText(t.obsidianApp, "", { name: "Jane Doe", company: "", role: "CTO" }, VALUES);
    expect(note).toEqual({ text: "---\nname: Jane Doe\nrole: CTO\n---\n", warnings: [] });
  });

  it("keeps what the template fills in (under any alias), fills its empty keys, appends the rest", async () => {
    const t = await start({
      "Templates/Person.md": "---\ntype: person\norganization:\nrole: Friend of {{name}}\ntags: [people]\n---\nMet on {{ date }}. {{time}}\n",
    });
    const note = await contactNoteText(t.obsidianApp, "Templates/Person.md", { name: "Jane Doe", company: "Acme", role: "CTO", cadence: "monthly" }, VALUES);
    expect(note.text).toBe(
      "---\ntype: person\norganization: Acme\nrole: Friend of Jane Doe\ntags: [people]\nname: Jane Doe\ncadence: monthly\n---\nMet on 2026-05-20. {{time}}\n",
    );
  });

  it("warns about a missing template or unreadable template YAML and still makes a good note", async () => {
    const t = await start({ "Templates/Bad.md": "---\nname: [unclosed\n---\nBody\n" });
    const missing = await contactNoteText(t.obsidianApp, "Templates/Nope.md", { name: "Jane Doe" }, VALUES);
    expect(missing.text).toBe("---\nname: Jane Doe\n---\n");
    expect(missing.warnings).toEqual(["template Templates/Nope.md was not found, so it was not used"]);
    const bad = await contactNoteText(t.obsidianApp, "Templates/Bad.md", { name: "Jane Doe" }, VALUES);
    expect(bad.text).toBe("---\nname: Jane Doe\n---\nBody\n");
    expect(bad.warnings).toEqual(["the template's frontmatter is not valid YAML, so only its body was used"]);
  });

  it("fills a template's empty keys under any alias the parser reads (parse/field-aliases.ts)", async () => {
    const t = await start({
      "Templates/Meeting.md": "---\ncategory:\nwhen:\nKind:\nattendees:\nfollowup:\n---\nNotes\n",
      "Templates/Person.md": "---\nfull_name:\ncategory:\norg:\njob_title:\nkeep_in_touch:\n---\n",
    });
    const meeting = await interactionNoteText(
      t.obsidianApp,
      "Templates/Meeting.md",
      { date: "2026-05-20", kind: "coffee", with: ["[[Jane Doe]]"], followUp: "2026-05-27", type: "meeting" },
      VALUES,
    );
    expect(meeting.text).toBe(
      '---\ncategory: meeting\nwhen: 2026-05-20\nKind: coffee\nattendees: ["[[Jane Doe]]"]\nfollowup: 2026-05-27\n---\nNotes\n',
    );
    const person = await contactNoteText(
      t.obsidianApp,
      "Templates/Person.md",
      { name: "Jane Doe", type: "person", company: "Acme", role: "CTO", cadence: "monthly" },
      VALUES,
    );
    expect(person.text).toBe("---\nfull_name: Jane Doe\ncategory: person\norg: Acme\njob_title: CTO\nkeep_in_touch: monthly\n---\n");
  });

  it("keeps the template's bytes: comments, quotes, blank lines and CRLF; only empty or missing keys are written", async () => {
    const template =
      "---\r\n# A person I want to keep in touch with\r\ntype: 'person'   # keep\r\n\r\ncompany:    # where they work\r\nlevel: senior   # senior, peer or junior\r\ntags:\r\n  - people\r\n---\r\n## Notes about {{name}}\r\n";
    const t = await start({ "Templates/Person.md": template });
    const note = await contactNoteText(t.obsidianApp, "Templates/Person.md", { name: "Jane Doe", company: "Acme", cadence: "monthly" }, VALUES);
    expect(note.warnings).toEqual([]);
    expect(note.text).toBe(
      "---\r\n# A person I want to keep in touch with\r\ntype: 'person'   # keep\r\n\r\ncompany: Acme    # where they work\r\nlevel: senior   # senior, peer or junior\r\ntags:\r\n  - people\r\nname: Jane Doe\r\ncadence: monthly\r\n---\r\n## Notes about Jane Doe\r\n",
    );
    // Every byte of the template is still there, in order: ours are only insertions.
    let at = 0;
    for (const char of template.replace("{{name}}", "Jane Doe")) {
      at = note.text.indexOf(char, at) + 1;
      expect(at).toBeGreaterThan(0);
    }
  });

  it("leaves a key it cannot write on its line as the template has it, and says so", async () => {
    const t = await start({ "Templates/Person.md": "---\n# mine\ncompany: &org\n---\n" });
    const note = await contactNoteText(t.obsidianApp, "Templates/Person.md", { name: "Jane Doe", company: "Acme" }, VALUES);
    expect(note.text).toBe("---\n# mine\ncompany: &org\nname: Jane Doe\n---\n");
    expect(note.warnings).toEqual([
      "the template's company was left as it is: 'company' cannot be changed on its line: its value is a YAML anchor that other keys may refer to",
    ]);
  });

  it("placeholders", () => {
    expect(fillPlaceholders("{{NAME}} {{title}} {{date:YYYY}}", VALUES)).toBe("Jane Doe Jane Doe {{date:YYYY}}");
  });
});
