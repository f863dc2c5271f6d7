// @vitest-environment happy-dom
// Writes through the fake host: only the intended key changes; every other key and the body stay byte-for-byte.
import { describe, expect, it } from "vitest";
import { createNote, markFollowUpDone, snoozeContact, snoozeFollowUp } from "../../src/obsidian/writes";
import { start, TODAY } from "./harness";

const BODY = "\n# Coffee with Jane\n\nShe mentioned [[Bob Li]] — follow_up_done: not this line.\n\n```network-goal\nmetric: people-met\n```\n";
const MEETING = [
  "---",
  "date: 2026-05-01",
  "kind: coffee",
  "with:",
  '  - "[[Jane Doe]]"',
  "follow_up: 2026-05-10",
  "follow_up_done: false",
  "Gave: an intro to Ann",
  "tags:",
  "  - meeting",
  "  - work",
  'note: "Jane: met at the conference"',
  "---",
].join("\n") + BODY;

describe("markFollowUpDone", () => {
  it("sets follow_up_done to today and leaves every other key and the body as they were", async () => {
    const t = await start({ "Meetings/2026-05-01 Coffee.md": MEETING });
    await markFollowUpDone(t.obsidianApp, "Meetings/2026-05-01 Coffee.md", TODAY);
    expect(await t.read("Meetings/2026-05-01 Coffee.md")).toBe(MEETING.replace("follow_up_done: false", `follow_up_done: ${TODAY}`));
  });

  it("reuses the note's own key, whatever its case (Followed_Up)", async () => {
    const text = MEETING.replace("follow_up_done: false", "Followed_Up: false");
    const t = await start({ "Meetings/m.md": text });
    await markFollowUpDone(t.obsidianApp, "Meetings/m.md", TODAY);
    expect(await t.read("Meetings/m.md")).toBe(text.replace("Followed_Up: false", `Followed_Up: ${TODAY}`));
  });

  it("adds follow_up_done after the other keys when the note has none", async () => {
    const text = MEETING.replace("follow_up_done: false\n", "");
    const t = await start({ "Meetings/m.md": text });
    await markFollowUpDone(t.obsidianApp, "Meetings/m.md", TODAY);
    expect(await t.read("Meetings/m.md")).toBe(text.replace('"\n---', `"\nfollow_up_done: ${TODAY}\n---`));
  });

  it("leaves an unquoted with: [[Jane Doe]] as the user wrote it", async () => {
    const text = "---\nwith: [[Jane Doe]]\nmatrix: [[1, 2]]\nfollow_up: 2026-05-10\n---\nBody\n";
    const t = await start({ "Meetings/m.md": text });
    await markFollowUpDone(t.obsidianApp, "Meetings/m.md", TODAY);
    expect(await t.read("Meetings/m.md")).toBe(text.replace("---\nBody", `follow_up_done: ${TODAY}\n---\nBody`));
  });

  it("keeps comments, quoting, blank lines and CRLF: only the key's line changes", async () => {
    const text = [
      "---",
      "date: 2026-05-01   # the day we met",
      "",
      "with: '[[Jane Doe]]'",
      "follow_up: \"2026-05-10\" # send the deck",
      "follow_up_done: false # not yet",
      "tags: [meeting, work]",
      "---",
      "Notes",
      "",
    ].join("\r\n");
    const t = await start({ "Meetings/m.md": text });
    await markFollowUpDone(t.obsidianApp, "Meetings/m.md", TODAY);
    expect(await t.read("Meetings/m.md")).toBe(text.replace("follow_up_done: false # not yet", `follow_up_done: ${TODAY} # not yet`));
    await snoozeFollowUp(t.obsidianApp, "Meetings/m.md", 7, TODAY);
    expect(await t.read("Meetings/m.md")).toBe(
      text.replace("follow_up_done: false", `follow_up_done: ${TODAY}`).replace('"2026-05-10" # send', '"2026-05-27" # send'),
    );
  });

  it("writes nothing and says why when the key cannot be changed on its line and the block has comments", async () => {
    const text = "---\nfollow_up: 2026-05-10\nfollow_up_done: # one of\n  - false\n---\n";
    const t = await start({ "Meetings/m.md": text });
    await expect(markFollowUpDone(t.obsidianApp, "Meetings/m.md", TODAY)).rejects.toThrow(
      "'follow_up_done' cannot be changed on its line: its value is a list or mapping over several lines. Nothing was written",
    );
    expect(await t.read("Meetings/m.md")).toBe(text);
  });

  it("falls back to Obsidian's processFrontMatter when that loses nothing (no comments, no unquoted links)", async () => {
    const text = "---\nfollow_up: 2026-05-10\nfollow_up_done:\n  - false\n---\nBody\n";
    const t = await start({ "Meetings/m.md": text });
    await markFollowUpDone(t.obsidianApp, "Meetings/m.md", TODAY);
    expect(await t.read("Meetings/m.md")).toBe(`---\nfollow_up: 2026-05-10\nfollow_up_done: ${TODAY}\n---\nBody\n`);
  });

  it("refuses frontmatter that is not valid YAML", async () => {
    const text = "---\nfollow_up: 2026-05-10\nwith: [unclosed\n---\n";
    const t = await start({ "Meetings/m.md": text });
    await expect(markFollowUpDone(t.obsidianApp, "Meetings/m.md", TODAY)).rejects.toThrow("its frontmatter is not valid YAML");
    expect(await t.read("Meetings/m.md")).toBe(text);
  });
});

describe("snoozeFollowUp", () => {
  it("moves an overdue follow-up to today + days, in the note's own key", async () => {
    const text = MEETING.replace("follow_up: 2026-05-10", "Follow-Up: 2026-05-10");
    const t = await start({ "Meetings/m.md": text });
    expect(await snoozeFollowUp(t.obsidianApp, "Meetings/m.md", 7, TODAY)).toBe("2026-05-27");
    expect(await t.read("Meetings/m.md")).toBe(text.replace("Follow-Up: 2026-05-10", "Follow-Up: 2026-05-27"));
  });

  it("moves a later follow-up further from its own date", async () => {
    const text = MEETING.replace("follow_up: 2026-05-10", "follow_up: 2026-05-30");
    const t = await start({ "Meetings/m.md": text });
    await snoozeFollowUp(t.obsidianApp, "Meetings/m.md", 3, TODAY);
    expect(await t.read("Meetings/m.md")).toBe(text.replace("follow_up: 2026-05-30", "follow_up: 2026-06-02"));
  });
});

describe("snoozeContact", () => {
  const CONTACT = "---\nname: Jane Doe\ncompany: Acme\ncadence: 30d\n---\nNotes about Jane.\n";

  it("writes snooze_until and nothing else", async () => {
    const t = await start({ "People/Jane Doe.md": CONTACT });
    await snoozeContact(t.obsidianApp, "People/Jane Doe.md", 14, TODAY);
    expect(await t.read("People/Jane Doe.md")).toBe(CONTACT.replace("---\nNotes", "snooze_until: 2026-06-03\n---\nNotes"));
  });

  it("reuses prm-snooze-until when the note has it", async () => {
    const text = CONTACT.replace("cadence: 30d", "prm-snooze-until: 2026-01-01\ncadence: 30d");
    const t = await start({ "People/Jane Doe.md": text });
    await snoozeContact(t.obsidianApp, "People/Jane Doe.md", 14, TODAY);
    expect(await t.read("People/Jane Doe.md")).toBe(text.replace("prm-snooze-until: 2026-01-01", "prm-snooze-until: 2026-06-03"));
  });
});

describe("createNote", () => {
  it("never overwrites: a taken name becomes 'Jane Doe 2', then 'Jane Doe 3'", async () => {
    const t = await start({ "People/Jane Doe.md": "original" });
    const second = await createNote(t.obsidianApp, "People", "Jane Doe", "second");
    const third = await createNote(t.obsidianApp, "People/", "Jane Doe", "third");
    expect([second.file.path, second.renamed, third.file.path]).toEqual(["People/Jane Doe 2.md", true, "People/Jane Doe 3.md"]);
    expect(await t.read("People/Jane Doe.md")).toBe("original");
    expect(await t.read("People/Jane Doe 2.md")).toBe("second");
  });

  it("treats a name taken in another case as taken", async () => {
    const t = await start({ "People/jane doe.md": "original" });
    const created = await createNote(t.obsidianApp, "People", "Jane Doe", "new");
    expect(created.file.path).toBe("People/Jane Doe 2.md");
  });

  it("sanitizes the name and creates missing folders", async () => {
    const t = await start({});
    const created = await createNote(t.obsidianApp, "Work//Contacts/", ' Ann/Lee: "CEO"?* <x>|#^[y] ', "text");
    expect(created.file.path).toBe("Work/Contacts/Ann Lee CEO x y.md");
    expect(await t.read("Work/Contacts/Ann Lee CEO x y.md")).toBe("text");
  });

  it("creates in the vault root for an empty folder", async () => {
    const t = await start({});
    expect((await createNote(t.obsidianApp, "", "Note", "x")).file.path).toBe("Note.md");
  });
});
