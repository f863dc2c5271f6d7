// @vitest-environment happy-dom
// Links that survive renames: Obsidian updates a quoted "[[Jane Doe]]" when Jane's note is renamed, but an
// unquoted [[Jane Doe]] is a YAML nested list to it, not a link. The unknown-contact problem says so.
import { describe, expect, it } from "vitest";
import type { TestApp } from "../obsidian-fake";
import type NetworkGoalsPlugin from "../../src/main";
import { onTheDay } from "./real-plugin";

const startPlugin = onTheDay("2026-11-22");
let t: TestApp;
let plugin: NetworkGoalsPlugin;

describe("a renamed contact", () => {
  it("keeps a quoted link; an unquoted one becomes an unknown contact whose problem says why", async () => {
    ({ t, plugin } = await startPlugin({
      "People/Jane Doe.md": "---\ncadence: 30d\n---\n",
      "People/Bob Li.md": "---\nintroduced_by: [[Jane Doe]]\n---\n",
      "Meetings/2026-11-01 Quoted.md": '---\nwith: "[[Jane Doe]]"\n---\n',
      "Meetings/2026-11-02 Unquoted.md": "---\nattendees: [[Jane Doe]]\n---\n",
    }));
    expect(plugin.report().problems).toEqual([]);

    await t.renameNote("People/Jane Doe.md", "People/Jane Smith.md");
    await t.settle(150);
    expect(await t.app.vault.read(t.app.vault.getFileByPath("Meetings/2026-11-01 Quoted.md")!)).toBe('---\nwith: "[[Jane Smith]]"\n---\n');
    expect(plugin.index().interaction("Meetings/2026-11-01 Quoted.md")?.attendees).toEqual(["People/Jane Smith.md"]);
    expect(plugin.report().problems).toEqual([
      {
        note: "Meetings/2026-11-02 Unquoted.md",
        field: "attendees",
        message:
          "unknown contact '[[Jane Doe]]': no contact note has that file name, name or alias; it is written without quotes, which YAML reads as a list inside a list rather than a link, so Obsidian does not update it when the note is renamed. Write it quoted, attendees: \"[[Jane Doe]]\", with the contact's current name",
      },
      {
        note: "People/Bob Li.md",
        field: "introduced_by",
        message:
          "unknown contact '[[Jane Doe]]': no contact note has that file name, name or alias; it is written without quotes, which YAML reads as a list inside a list rather than a link, so Obsidian does not update it when the note is renamed. Write it quoted, introduced_by: \"[[Jane Doe]]\", with the contact's current name",
      },
    ]);
  });

  it("a quoted link that names no contact gets no such hint", async () => {
    ({ plugin } = await startPlugin({ "Meetings/2026-11-01 x.md": '---\nwith: "[[Nobody]]"\n---\n' }));
    expect(plugin.report().problems.map((p) => p.message)).toEqual(["unknown contact '[[Nobody]]': no contact note has that file name, name or alias"]);
  });
});
