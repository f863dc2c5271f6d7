// `network-goals done` and `snooze` over a vault on disk: one line of the note changes, nothing else; what cannot
// be changed in place is refused with exit 1 and the note left as it was.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, vaultOnDisk } from "./run-cli";

const MEETING = [
  "---",
  "date: 2026-05-01   # the day we met",
  "",
  "with: '[[Jane Doe]]'",
  'follow_up: "2026-05-10" # send the deck',
  "kind: coffee",
  "tags: [meeting, work]",
  "---",
  "# Coffee",
  "",
  "follow_up_done: not this line",
  "",
].join("\r\n");
const PATH = "Meetings/2026-05-01 Coffee.md";
const TODAY = "2026-05-20";

/** The lines that differ between two texts of the same length in lines, and lines added. */
function lineDiff(before: string, after: string): { changed: number[]; added: number } {
  const a = before.split("\n");
  const b = after.split("\n");
  if (b.length === a.length) return { changed: a.flatMap((line, i) => (line === b[i] ? [] : [i])), added: 0 };
  const at = b.findIndex((line, i) => line !== a[i]);
  expect([...b.slice(0, at), ...b.slice(at + 1)]).toEqual(a);
  return { changed: [], added: b.length - a.length };
}

describe("network-goals done", () => {
  it("adds one line, follow_up_done, and changes nothing else (comments, quotes, CRLF, body)", () => {
    const root = vaultOnDisk({ [PATH]: MEETING });
    const { code, out } = cli(["done", PATH, "--vault", root, "--today", TODAY]);
    expect(code).toBe(0);
    const after = readFileSync(join(root, PATH), "utf8");
    expect(after).toBe(MEETING.replace("---\r\n# Coffee", `follow_up_done: ${TODAY}\r\n---\r\n# Coffee`));
    expect(lineDiff(MEETING, after)).toEqual({ changed: [], added: 1 });
    expect(out).toBe(`${PATH}: changed line 8\n+ follow_up_done: ${TODAY}\n`);
    expect(readdirSync(join(root, "Meetings"))).toEqual(["2026-05-01 Coffee.md"]);
  });

  it("rewrites only the done line when the note has one, with --on, and finds the note without .md", () => {
    const text = MEETING.replace("kind: coffee", "followed_up: false # not yet");
    const root = vaultOnDisk({ [PATH]: text });
    const { code } = cli(["done", "Meetings/2026-05-01 Coffee", "--vault", root, "--on", "2026-05-18"]);
    expect(code).toBe(0);
    const after = readFileSync(join(root, PATH), "utf8");
    expect(after).toBe(text.replace("followed_up: false # not yet", "followed_up: 2026-05-18 # not yet"));
    expect(lineDiff(text, after)).toEqual({ changed: [5], added: 0 });
  });

  it("with --dry-run prints the change and writes nothing", () => {
    const text = MEETING.replace("kind: coffee", "follow_up_done: false");
    const root = vaultOnDisk({ [PATH]: text });
    const { code, out } = cli(["done", PATH, "--vault", root, "--today", TODAY, "--dry-run"]);
    expect(code).toBe(0);
    expect(out).toBe(`${PATH}: would change line 6\n- follow_up_done: false\n+ follow_up_done: ${TODAY}\n`);
    expect(readFileSync(join(root, PATH), "utf8")).toBe(text);
  });

  it("prints JSON with --json", () => {
    const root = vaultOnDisk({ [PATH]: MEETING });
    const { out } = cli(["done", PATH, "--vault", root, "--today", TODAY, "--json", "--dry-run"]);
    expect(JSON.parse(out)).toEqual({ note: PATH, key: "follow_up_done", value: TODAY, changed: true, dryRun: true, line: 8, added: `follow_up_done: ${TODAY}` });
  });

  it("says so and writes nothing when the follow-up is already done", () => {
    const text = MEETING.replace("kind: coffee", "follow_up_done: 2026-05-11");
    const root = vaultOnDisk({ [PATH]: text });
    const { code, out } = cli(["done", PATH, "--vault", root, "--today", TODAY]);
    expect([code, out]).toEqual([0, `${PATH}: the follow-up is already done; nothing to change\n`]);
    expect(readFileSync(join(root, PATH), "utf8")).toBe(text);
  });
});

describe("network-goals snooze", () => {
  it("moves the follow-up on its own line, keeping its quotes and comment", () => {
    const root = vaultOnDisk({ [PATH]: MEETING });
    const { code, out } = cli(["snooze", PATH, "--vault", root, "--today", TODAY, "--days", "3"]);
    expect(code).toBe(0);
    const after = readFileSync(join(root, PATH), "utf8");
    expect(after).toBe(MEETING.replace('"2026-05-10" # send', '"2026-05-23" # send'));
    expect(lineDiff(MEETING, after)).toEqual({ changed: [4], added: 0 });
    expect(out).toContain('- follow_up: "2026-05-10" # send the deck\n+ follow_up: "2026-05-23" # send the deck');
  });

  it("uses the snooze length from the plugin's settings", () => {
    const root = vaultOnDisk({ [PATH]: MEETING, ".obsidian/plugins/network-goals/data.json": JSON.stringify({ snoozeDays: 14 }) });
    expect(cli(["snooze", PATH, "--vault", root, "--today", TODAY]).code).toBe(0);
    expect(readFileSync(join(root, PATH), "utf8")).toContain('follow_up: "2026-06-03" # send the deck');
  });
});

describe("what done and snooze refuse", () => {
  it.each([
    ["a value over several lines in a block with comments", MEETING.replace("kind: coffee", "follow_up_done: # one of\r\n  - false"), "its value is a list or mapping over several lines"],
    ["a duplicate key", MEETING.replace("kind: coffee", "follow_up_done: false\r\nfollow_up_done: false"), "its frontmatter is not valid YAML (duplicated mapping key"],
    ["YAML that does not parse", MEETING.replace("kind: coffee", "kind: [coffee"), "its frontmatter is not valid YAML"],
  ])("%s: exit 1, nothing written", (_, text, message) => {
    const root = vaultOnDisk({ [PATH]: text });
    const { code, err, out } = cli(["done", PATH, "--vault", root, "--today", TODAY]);
    expect(code).toBe(1);
    expect(err).toContain(message);
    expect(out).toBe("");
    expect(readFileSync(join(root, PATH), "utf8")).toBe(text);
    expect(readdirSync(join(root, "Meetings"))).toHaveLength(1);
  });

  it("refuses a note that is not an interaction, or has no follow-up", () => {
    const root = vaultOnDisk({ "People/Jane Doe.md": "---\ncadence: 30d\n---\n", "Meetings/x.md": "---\ndate: 2026-05-01\n---\n" });
    expect(cli(["done", "People/Jane Doe.md", "--vault", root]).err).toContain("is not an interaction note");
    const none = cli(["snooze", "Meetings/x.md", "--vault", root]);
    expect([none.code, none.err]).toEqual([1, "network-goals: Meetings/x.md has no follow-up date (follow_up: YYYY-MM-DD) to snooze\n"]);
  });

  it.each([
    [["done", "--vault", "/tmp"], "done needs the NOTE to change"],
    [["done", "a.md", "b.md", "--vault", "/tmp"], "done changes one NOTE, got 2"],
    [["snooze", "a.md", "--vault", "/tmp", "--days", "0"], "--days must be a whole number of days"],
    [["done", "a.md", "--vault", "/tmp", "--on", "2026-02-30"], "--on must be a real date"],
    [["done", "a.md", "--vault", "/tmp", "--days", "3"], "unknown option '--days'"],
    [["report", "--vault", "/tmp", "--dry-run"], "unknown option '--dry-run'"],
  ])("%j is a usage error (exit 2): %s", (argv, message) => {
    const { code, err } = cli(argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it("a note that is not in the vault is exit 2", () => {
    const root = vaultOnDisk({ [PATH]: MEETING });
    expect(cli(["done", "Meetings/nope.md", "--vault", root])).toMatchObject({ code: 2, err: expect.stringContaining("no note 'Meetings/nope.md'") as unknown });
    expect(cli(["done", "../outside.md", "--vault", root]).code).toBe(2);
  });
});
