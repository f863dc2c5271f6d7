// Hostile vaults through the built CLI in a child process with a time limit (issue 14): exit 0, valid JSON, no
// stack trace, every bad note a problem with its field, the known-good contact and meeting still counted.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GOOD_CONTACT, GOOD_MEETING, HOSTILE_VAULTS, TODAY, type FileContent } from "./vaults";

const root = resolve(__dirname, "../..");
const cli = join(root, "dist/cli.js");
/** Far more than any of these vaults needs (each reads in well under a second): a hang fails, not a slow machine. */
const TIME_LIMIT_MS = 20_000;
const made: string[] = [];

function writeVault(files: Record<string, FileContent>): string {
  const dir = mkdtempSync(join(tmpdir(), "ng-hostile-"));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function report(vault: string, ...extra: string[]): Run {
  const result = spawnSync("node", [cli, "report", "--vault", vault, "--today", TODAY, ...extra], {
    encoding: "utf8",
    timeout: TIME_LIMIT_MS,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Json {
  counts: { contacts: number; interactions: number };
  followUps: { note: string }[];
  reconnect: { contact: string }[];
  goals: { note: string; title: string; status: string }[];
  problems: { note: string; field: string; message: string }[];
}

/** No stack trace, in either stream: a crash is never the answer to a note. */
function expectNoCrash(run: Run): void {
  for (const text of [run.stdout, run.stderr]) {
    expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(text).not.toMatch(/TypeError|RangeError|Maximum call stack/);
  }
}

beforeAll(() => {
  if (!existsSync(cli)) execFileSync("node", ["esbuild.config.mjs", "production"], { cwd: root, stdio: "ignore" });
});

afterAll(() => {
  for (const dir of made) {
    try {
      chmodSync(join(dir, "People", "Locked"), 0o755);
    } catch {
      // Only one vault has a locked folder.
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

describe.each(Object.entries(HOSTILE_VAULTS))("the CLI over a vault of %s", (_name, build) => {
  const vault = build();
  let dir: string;
  let json: Json;
  let run: Run;

  beforeAll(() => {
    dir = writeVault(vault.files);
    run = report(dir, "--json");
    json = JSON.parse(run.stdout) as Json;
  });

  it("exits 0 with one JSON report and no stack trace", () => {
    expect(run.status).toBe(0);
    expectNoCrash(run);
    expect(json.counts.contacts).toBeGreaterThan(0);
  });

  it("still counts the known-good contact and meeting", () => {
    expect(json.reconnect.map((r) => r.contact)).toContain(GOOD_CONTACT);
    expect(json.followUps.map((f) => f.note)).toContain(GOOD_MEETING);
  });

  it("lists each bad note as a problem with its field", () => {
    for (const want of vault.problems) {
      const found = json.problems.filter((p) => p.note === want.note && p.field === want.field);
      expect(found, `${want.note} · ${want.field}`).not.toEqual([]);
      if (want.says !== undefined) expect(found.some((p) => p.message.includes(want.says!)), `${want.note} · ${want.field}: ${want.says}`).toBe(true);
    }
    expect(run.stdout).not.toContain("[native code]");
  });

  it("prints a text report whose note text cannot drive the terminal", () => {
    const text = report(dir);
    expect(text.status).toBe(0);
    expectNoCrash(text);
    // Only the report's own line breaks: no escape, bell, carriage return or direction override from a note.
    // eslint-disable-next-line no-control-regex -- control characters are what must not get through
    expect(text.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text.stdout.split("\n").some((line) => line.startsWith("Fake line"))).toBe(false);
  });
});

describe("the CLI with unreadable files and folders", () => {
  // As root every file is readable, so the permissions cannot be taken away: the case runs as any other user.
  const asRoot = process.getuid?.() === 0;
  it.skipIf(asRoot)("names the unreadable note and folder and reports the rest", () => {
    const dir = writeVault({
      "People/Good Person.md": "---\ntype: contact\ncadence: 30d\nlast_contact: 2025-12-01\n---\n",
      "People/Secret.md": "---\ntype: contact\n---\n",
      "People/Locked/Inner.md": "---\ntype: contact\n---\n",
    });
    chmodSync(join(dir, "People", "Secret.md"), 0o000);
    chmodSync(join(dir, "People", "Locked"), 0o000);
    const run = report(dir, "--json");
    expect(run.status).toBe(0);
    expectNoCrash(run);
    const json = JSON.parse(run.stdout) as Json;
    expect(json.problems).toContainEqual({ note: "People/Secret.md", field: "file", message: expect.stringContaining("permission denied") as string });
    expect(json.problems).toContainEqual({ note: "People/Locked", field: "file", message: expect.stringContaining("left out") as string });
    expect(json.reconnect.map((r) => r.contact)).toContain("People/Good Person.md");
  });
});

describe("the CLI's --today outside the date range", () => {
  it.each(["10000-01-01", "0999-12-31", "0050-06-01"])("refuses --today %s as a usage error, at once", (today) => {
    const result = spawnSync("node", [cli, "report", "--vault", root, "--today", today], { encoding: "utf8", timeout: TIME_LIMIT_MS });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--today must be a real date");
  });
});

describe("the CLI over the ordinary notes once misread", () => {
  it("reads them as SPEC §1-§3 pin them", () => {
    const dir = writeVault(HOSTILE_VAULTS["ordinary notes once misread"]!().files);
    const run = report(dir, "--json");
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as Json;
    const goal = (title: string) => json.goals.find((g) => g.title === title);
    // A filter that cannot be read fails S: the goal is invalid, not counted as if it had no filter.
    expect(goal("Misspelt level")?.status).toBe("invalid");
    // An unreadable start is a problem and is ignored: the goal still counts.
    expect(goal("Bad start")?.status).not.toBe("invalid");
    // type: call and type: 1on1 in Meetings are interactions; names with `/` and a relative link resolve.
    expect(json.counts.interactions).toBe(3);
    expect(json.problems.filter((p) => p.note.startsWith("Meetings/"))).toEqual([]);
  });
});
