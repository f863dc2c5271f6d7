// The benchmark's code paths on the small vault, so `npm run bench` keeps working. No timing is asserted here.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { report as oracleReport } from "../oracle/spec";
import { LiveReport } from "../../src/insights/live-report";
import { createSidebarState } from "../../src/render/sidebar";
import { DEFAULT_SEED, ensureVault, generateVault, SIZES, writeVault, BENCH_TODAY } from "../../bench/generate";
import {
  buildIndex,
  editPlan,
  filterEditPlan,
  OPEN_REVIEWS,
  timeReviewRefresh,
  heapBytesPerNote,
  prepare,
  renamePlan,
  timeCliInProcess,
  timeFirstRename,
  timeFloorInProcess,
  timeIndexBuild,
  timeInsights,
  timeProcess,
  timeUpdateOne,
  type Prepared,
} from "../../bench/measures";
import { evaluateMainJs, installDom, popularContacts, timePersonPage, timeSidebar } from "../../bench/host-measures";
import { percentile, summarize } from "../../bench/stats";
import { verdicts } from "../../bench/targets";
import { generateConnections } from "../../bench/connections";
import { connectionsFile, copyVault, timeFirstImport, timeImport } from "../../bench/import-measures";

const hash = (files: Record<string, string>): string => createHash("sha256").update(JSON.stringify(files)).digest("hex");
const isTime = (ms: number): boolean => Number.isFinite(ms) && ms >= 0;

let base: string;
let root: string;
let prepared: Prepared;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "ng-bench-"));
  root = join(base, "vault");
  writeVault(root, generateVault(DEFAULT_SEED, SIZES.small));
  prepared = prepare(root);
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

describe("the synthetic vault", () => {
  it("is the same for the same seed, and different for another", () => {
    const a = generateVault(DEFAULT_SEED, SIZES.small);
    expect(hash(generateVault(DEFAULT_SEED, SIZES.small))).toBe(hash(a));
    expect(hash(generateVault(DEFAULT_SEED + 10, SIZES.small))).not.toBe(hash(a));
  });

  it("has the size asked for: contacts, interactions over five years, goal blocks", () => {
    const files = generateVault(DEFAULT_SEED, SIZES.small);
    const paths = Object.keys(files);
    expect(paths.filter((p) => p.startsWith("People/") || p.startsWith("Contacts/"))).toHaveLength(200);
    const meetings = paths.filter((p) => p.startsWith("Meetings/"));
    expect(meetings).toHaveLength(1000);
    expect(new Set(meetings.map((p) => p.slice(9, 13))).size).toBeGreaterThanOrEqual(5);
    const blocks = Object.values(files).join("\n").match(/^```network-goal$/gm) ?? [];
    expect(blocks).toHaveLength(10);
  });

  it("reads as contacts, interactions and goals, with some problems", () => {
    const index = buildIndex(prepared);
    const report = new LiveReport(index).report(BENCH_TODAY, prepared.settings);
    expect(report.counts.contacts).toBe(200);
    expect(report.counts.interactions).toBe(1000);
    expect(report.counts.goals).toBe(10);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.followUps.length).toBeGreaterThan(0);
    expect(report.reconnect.length).toBeGreaterThan(0);
  });

  it("is generated once on disk and then reused", () => {
    const first = ensureVault(base, DEFAULT_SEED, "small");
    const second = ensureVault(base, DEFAULT_SEED, "small");
    expect(first.generated).toBe(true);
    expect(second).toEqual({ ...first, generated: false });
    expect(existsSync(join(first.root, ".bench-complete.json"))).toBe(true);
  });
});

describe("every measurement runs and returns a number", () => {
  it("floor, CLI in process and child process", () => {
    expect(isTime(timeFloorInProcess(root))).toBe(true);
    expect(isTime(timeCliInProcess(root, run))).toBe(true);
    expect(isTime(timeProcess(["-e", "0"]))).toBe(true);
  });

  it("index build, insights, one update", () => {
    expect(isTime(timeIndexBuild(prepared))).toBe(true);
    const index = buildIndex(prepared);
    expect(isTime(timeInsights(index, prepared))).toBe(true);
    const live = new LiveReport(index);
    for (const edit of editPlan(prepared, 40)) expect(isTime(timeUpdateOne(index, live, prepared, edit))).toBe(true);
    // The edits brought the live report to exactly what the oracle says of the edited vault.
    expect(live.report(BENCH_TODAY, prepared.settings)).toEqual(oracleReport(index, BENCH_TODAY, prepared.settings));
  });

  it("the first rename after start-up, which reads who refers to what", () => {
    const plan = renamePlan(prepared, 3);
    expect(plan).toHaveLength(3);
    for (const edit of plan) expect(isTime(timeFirstRename(prepared, edit))).toBe(true);
    // A rename changes what the contact answers to, and the notes that name it still resolve to it.
    const index = buildIndex(prepared);
    const [edit] = plan;
    if (!edit) throw new Error("no rename");
    const named = index.facts.interactionsOf(edit.path).map((i) => i.path);
    index.upsert(edit);
    expect(index.resolveContact(String((edit.frontmatter as { aliases: string[] }).aliases[0]))).toEqual({ kind: "found", path: edit.path });
    expect(index.facts.interactionsOf(edit.path).map((i) => i.path)).toEqual(named);
  });

  it("contact filter edits and open reviews", () => {
    const index = buildIndex(prepared);
    const live = new LiveReport(index);
    const plan = filterEditPlan(prepared, 30);
    expect(plan).toHaveLength(30);
    // Each edit changes a field a contact filter reads, so it moves what the index holds.
    for (const edit of plan) {
      const before = index.contact(edit.path);
      expect(isTime(timeUpdateOne(index, live, prepared, edit))).toBe(true);
      const after = index.contact(edit.path);
      expect(JSON.stringify([after?.tags, after?.level, after?.company])).not.toBe(JSON.stringify([before?.tags, before?.level, before?.company]));
    }
    expect(live.report(BENCH_TODAY, prepared.settings)).toEqual(oracleReport(index, BENCH_TODAY, prepared.settings));
    for (const period of OPEN_REVIEWS) live.review(BENCH_TODAY, prepared.settings, period);
    for (const edit of editPlan(prepared, 20, 13)) expect(isTime(timeReviewRefresh(index, live, prepared, edit))).toBe(true);
    // The mix of one-edit timings holds filter edits too.
    const fresh = buildIndex(prepared);
    const fields = (path: string): string => JSON.stringify([fresh.contact(path)?.tags, fresh.contact(path)?.level, fresh.contact(path)?.company]);
    let filterEdits = 0;
    for (const edit of editPlan(prepared, 200)) {
      const before = fields(edit.path);
      fresh.upsert(edit);
      if (fresh.contact(edit.path) !== undefined && fields(edit.path) !== before) filterEdits++;
    }
    expect(filterEdits).toBeGreaterThan(5);
  });

  it("a person's page of each of the 50 most popular contacts", () => {
    const win = installDom();
    const index = buildIndex(prepared);
    const popular = popularContacts(index);
    expect(popular).toHaveLength(50);
    // The most popular first: the pages the figure times have long histories.
    expect(index.facts.interactionsOf(popular[0]!).length).toBeGreaterThanOrEqual(index.facts.interactionsOf(popular[49]!).length);
    const container = win.document.createElement("div") as unknown as HTMLElement;
    for (const path of popular) expect(isTime(timePersonPage(index, path, container, (p) => p, prepared.settings))).toBe(true);
    expect(container.querySelector(".ng-person-name")?.textContent).toBe(index.contact(popular[49]!)?.name);
  });

  it("heap per note", () => {
    expect(Number.isFinite(heapBytesPerNote(prepared))).toBe(true);
  });

  it("sidebar render into happy-dom", () => {
    const win = installDom();
    const index = buildIndex(prepared);
    const report = new LiveReport(index).report(BENCH_TODAY, prepared.settings);
    const container = win.document.createElement("div") as unknown as HTMLElement;
    expect(isTime(timeSidebar(container, report, createSidebarState(), (path) => path))).toBe(true);
    expect(container.querySelectorAll("li").length).toBeGreaterThan(0);
  });

  it.skipIf(!existsSync("dist/cli.js"))("a LinkedIn import by the CLI into a copy of the vault, and the same file again changing nothing", () => {
    const file = connectionsFile(root, base, 300);
    expect(generateConnections(1, 50, ["Ann Lee"])).toBe(generateConnections(1, 50, ["Ann Lee"]));
    expect(isTime(timeFirstImport("dist/cli.js", root, file))).toBe(true);
    const copy = copyVault(root);
    try {
      const first = timeImport("dist/cli.js", copy, file);
      // Every tenth connection is a contact the vault has; the rest are new.
      expect(first.created).toBeGreaterThan(250);
      expect(first.updated).toBeGreaterThan(0);
      const again = timeImport("dist/cli.js", copy, file);
      expect([again.created, again.updated]).toEqual([0, 0]);
    } finally {
      rmSync(join(copy, ".."), { recursive: true, force: true });
    }
    // Three CLI runs, each a child process: seconds on a loaded machine. A limit against a hang, not a speed test.
  }, 60_000);

  it.skipIf(!existsSync("main.js"))("main.js evaluates to a plugin class", () => {
    installDom();
    expect(typeof evaluateMainJs(readFileSync("main.js", "utf8"))).toBe("function");
  });
});

describe("statistics and verdicts", () => {
  it("median and p95 by nearest rank", () => {
    const samples = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 95)).toBe(10);
    expect(summarize(samples)).toEqual({ median: 5, p95: 10, min: 1, max: 10, runs: 10 });
  });

  it("the CLI target is relative to the floor", () => {
    expect(verdicts({ floorReadParseMs: 100, cliReportMs: 150 }).cliReportMs).toBe(true);
    expect(verdicts({ floorReadParseMs: 100, cliReportMs: 151 }).cliReportMs).toBe(false);
    expect(verdicts({ floorReadParseMs: null, cliReportMs: 151 }).cliReportMs).toBe(null);
  });
});
