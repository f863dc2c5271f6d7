// The CLI end to end over the demo vault: approved outputs, exit codes, and time-zone independence.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "./run-cli";

const root = resolve(__dirname, "../..");
const demo = join(root, "demo-vault");
const cliJs = join(root, "dist/cli.js");

describe("network-goals report over the demo vault", () => {
  it("prints the approved text report", async () => {
    const { code, out } = cli(["report", "--vault", demo, "--today", "2026-11-22"]);
    expect(code).toBe(0);
    await expect(out).toMatchFileSnapshot("__snapshots__/demo-report.txt");
  });

  it("prints the approved JSON report", async () => {
    const { code, out } = cli(["report", "--vault", demo, "--today", "2026-11-22", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { today: string; counts: Record<string, number> };
    expect(json.today).toBe("2026-11-22");
    await expect(out).toMatchFileSnapshot("__snapshots__/demo-report.json");
  });

  it("accepts --option=value", () => {
    const a = cli(["report", `--vault=${demo}`, "--today=2026-11-22", "--json"]);
    const b = cli(["report", "--vault", demo, "--today", "2026-11-22", "--json"]);
    expect(a.out).toBe(b.out);
  });
});

describe("usage errors and exit codes", () => {
  it.each([
    [["report"], "--vault DIR is required"],
    [["report", "--vault", demo, "--today", "2026-02-30"], "--today must be a real date"],
    [["report", "--vault", demo, "--today", "22/11/2026"], "--today must be a real date"],
    [["report", "--vault", demo, "--color"], "unknown option '--color'"],
    [["report", "--vault"], "--vault needs a value"],
    [["summarise"], "unknown command 'summarise'"],
  ])("%j exits 2 with %s", (argv, message) => {
    const { code, err, out } = cli(argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain("Usage: network-goals report");
    expect(out).toBe("");
  });

  it("prints help and exits 0", () => {
    const { code, out } = cli(["--help"]);
    expect(code).toBe(0);
    expect(out).toContain("--today YYYY-MM-DD");
  });

  it("exits 1 when the vault cannot be read", () => {
    const { code, err } = cli(["report", "--vault", join(tmpdir(), "no-such-vault-ng")]);
    expect(code).toBe(1);
    expect(err).toContain("vault folder not found");
  });
});

describe("reading a vault folder", () => {
  it("skips dot-folders, reads settings from the plugin's data.json, and reports bad settings", () => {
    const vault = mkdtempSync(join(tmpdir(), "ng-vault-"));
    mkdirSync(join(vault, "Contacts"));
    mkdirSync(join(vault, ".trash"));
    mkdirSync(join(vault, ".obsidian/plugins/network-goals"), { recursive: true });
    writeFileSync(join(vault, "Contacts/Jane Doe.md"), "---\nlast_contact: 2026-01-01\n---\nNotes.\n");
    writeFileSync(join(vault, ".trash/Old.md"), "---\ntype: person\n---\n");
    writeFileSync(
      join(vault, ".obsidian/plugins/network-goals/data.json"),
      JSON.stringify({ contactFolders: ["Contacts"], defaultCadence: "30d", upcomingDays: "soon" }),
    );
    const { code, out, err } = cli(["report", "--vault", vault, "--today", "2026-03-01", "--json"]);
    expect(code).toBe(0);
    expect(err).toContain("setting upcomingDays is invalid");
    const json = JSON.parse(out) as { counts: { contacts: number }; reconnect: { contact: string; due: string }[] };
    expect(json.counts.contacts).toBe(1);
    expect(json.reconnect).toEqual([expect.objectContaining({ contact: "Contacts/Jane Doe.md", due: "2026-01-31" })]);
  });

  it("keeps going past a note with broken YAML and reports it", () => {
    const vault = mkdtempSync(join(tmpdir(), "ng-vault-"));
    mkdirSync(join(vault, "People"));
    writeFileSync(join(vault, "People/Broken.md"), "---\nname: [unclosed\n---\nBody\n");
    writeFileSync(join(vault, "People/Fine.md"), "---\nname: Fine Person\nstatus: target\n---\n");
    const { code, out } = cli(["report", "--vault", vault, "--today", "2026-03-01", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { problems: { note: string; field: string }[]; peopleToMeet: unknown[] };
    expect(json.problems).toEqual([expect.objectContaining({ note: "People/Broken.md", field: "yaml" })]);
    expect(json.peopleToMeet).toHaveLength(1);
  });
});

describe("time zones", () => {
  beforeAll(() => {
    if (!existsSync(cliJs)) execFileSync("node", ["esbuild.config.mjs", "production"], { cwd: root, stdio: "ignore" });
  });

  // The same vault and the same --today must give the same answer on every side of the date line.
  it.each(["America/Los_Angeles", "Pacific/Kiritimati", "UTC"])("gives identical JSON under TZ=%s", (tz) => {
    const args = [cliJs, "report", "--vault", demo, "--today", "2026-11-22", "--json"];
    const result = spawnSync("node", args, { env: { ...process.env, TZ: tz }, encoding: "utf8" });
    expect(result.status).toBe(0);
    const reference = cli(["report", "--vault", demo, "--today", "2026-11-22", "--json"]).out;
    expect(result.stdout).toBe(reference);
  });

  it("uses the local date as today when --today is absent", () => {
    // 2026-03-01T23:30Z is already 2 March in Kiritimati (UTC+14) and still 1 March in Los Angeles.
    const vault = mkdtempSync(join(tmpdir(), "ng-vault-"));
    mkdirSync(join(vault, "Meetings"));
    writeFileSync(join(vault, "Meetings/2026-02-20 Call.md"), "---\nfollow_up: 2026-03-02\n---\n");
    const today = (tz: string): string => {
      // Freeze the clock in the child, then call the bundled CLI's run() exactly as the command line would.
      const script = [
        "const t = Date.UTC(2026, 2, 1, 23, 30);",
        "const RealDate = Date;",
        "global.Date = class extends RealDate { constructor(...a) { a.length ? super(...a) : super(t); } static now() { return t; } };",
        `const { run } = require(${JSON.stringify(cliJs)});`,
        `run(["report", "--vault", ${JSON.stringify(vault)}, "--json"], (s) => process.stdout.write(s), (s) => process.stderr.write(s));`,
      ].join("\n");
      const result = spawnSync("node", ["-e", script], { env: { ...process.env, TZ: tz }, encoding: "utf8" });
      return (JSON.parse(result.stdout) as { today: string }).today;
    };
    expect(today("America/Los_Angeles")).toBe("2026-03-01");
    expect(today("Pacific/Kiritimati")).toBe("2026-03-02");
  });
});
