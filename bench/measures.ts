// One measurement per figure, each a plain function returning a number, so CI can run them on the small vault.
import { spawnSync } from "node:child_process";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { performance } from "node:perf_hooks";
import { NetworkIndex } from "../src/index/network-index";
import { LiveReport } from "../src/insights/live-report";
import { parseYaml, readVault } from "../src/cli/vault-reader";
import type { Settings } from "../src/model/settings";
import type { NoteInput } from "../src/model/types";
import { BENCH_TODAY } from "./generate";
import { readAndParseFrontmatter } from "./floor-read";
import { Rng, dateToDay, dayToDate } from "./prng";

/** The vault read once, before any timing: what Obsidian's metadata cache hands the plugin. */
export interface Prepared {
  root: string;
  inputs: NoteInput[];
  settings: Settings;
}

export function prepare(root: string): Prepared {
  const vault = readVault(root);
  return { root, inputs: vault.notes, settings: vault.settings.settings };
}

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

export function timeFloorInProcess(root: string): number {
  return timed(() => readAndParseFrontmatter(root));
}

/** Wall time of a whole child process, from spawn to exit, output captured (and discarded). */
export function timeProcess(args: readonly string[]): number {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (child.status !== 0) throw new Error(`node ${args.join(" ")} exited ${child.status}: ${String(child.stderr).slice(0, 500)}`);
  return ms;
}

export function cliArgs(cliJs: string, root: string): string[] {
  return [cliJs, "report", "--vault", root, "--today", BENCH_TODAY, "--json"];
}

/** The CLI's entry point, `run` of src/cli/main.ts: imported by tests, required from dist/cli.js by the benchmark. */
export type CliRun = (argv: readonly string[], out: (text: string) => void, err: (text: string) => void) => number;

/** The CLI's run() in this process: the same work as `network-goals report --json` minus node's start-up. */
export function timeCliInProcess(root: string, run: CliRun): number {
  let bytes = 0;
  const ms = timed(() => {
    const code = run(["report", "--vault", root, "--today", BENCH_TODAY, "--json"], (text) => (bytes += text.length), () => undefined);
    if (code !== 0) throw new Error(`run() exited ${code}`);
  });
  if (bytes === 0) throw new Error("run() printed nothing");
  return ms;
}

/** The index as the plugin builds it at start-up: one bulk load (references and facts settled once, at the end). */
export function buildIndex(prepared: Prepared): NetworkIndex {
  const index = new NetworkIndex(prepared.settings, parseYaml);
  index.upsertAll(prepared.inputs);
  return index;
}

export function timeIndexBuild(prepared: Prepared): number {
  let size = 0;
  const ms = timed(() => (size = buildIndex(prepared).size));
  if (size === 0) throw new Error("the index is empty");
  return ms;
}

/**
 * The report from scratch: a new LiveReport over the built index computes every list and every goal from the
 * index's facts, with nothing remembered from an earlier report. Re-putting one unchanged note first (untimed)
 * also moves the index revision.
 */
export function timeInsights(index: NetworkIndex, prepared: Prepared): number {
  const first = prepared.inputs[0];
  if (first) index.upsert(first);
  return timed(() => new LiveReport(index).report(BENCH_TODAY, prepared.settings));
}

/** What a user changes in a note, by kind of note: a goal's target, a follow-up ticked off, a contact logged. */
export function editedInput(input: NoteInput, n: number): NoteInput {
  const fm = input.frontmatter !== null && typeof input.frontmatter === "object" && !Array.isArray(input.frontmatter)
    ? { ...(input.frontmatter as Record<string, unknown>) }
    : {};
  if (input.goalBlocks.length > 0) {
    const goalBlocks = input.goalBlocks.map((block) => ({ ...block, source: block.source.replace(/^target:.*$/m, `target: ${1 + (n % 9)}`) }));
    return { ...input, goalBlocks };
  }
  if (input.path.startsWith("Meetings/")) {
    fm.follow_up_done = n % 2 === 0;
    if (n % 3 === 0) fm.follow_up = dayToDate(dateToDay(BENCH_TODAY) - 5 + (n % 11));
  } else {
    fm.last_contact = dayToDate(dateToDay(BENCH_TODAY) - (n % 300));
  }
  return { ...input, frontmatter: fm };
}

/** Picks the notes to edit: interactions, contacts and journals in a fixed mix, the same on every run. */
export function editPlan(prepared: Prepared, count: number, seed = 7): NoteInput[] {
  const rng = new Rng(seed);
  const meetings = prepared.inputs.filter((i) => i.path.startsWith("Meetings/"));
  const journals = prepared.inputs.filter((i) => i.goalBlocks.length > 0);
  const others = prepared.inputs.filter((i) => !i.path.startsWith("Meetings/") && i.goalBlocks.length === 0);
  const plan: NoteInput[] = [];
  for (let n = 0; n < count; n++) {
    const pool = rng.weighted([[meetings, 4], [others, 4], [journals, 2]]);
    const input = pool.length > 0 ? rng.pick(pool) : rng.pick(prepared.inputs);
    plan.push(editedInput(input, n));
  }
  return plan;
}

/** One edit as the plugin sees it: the note replaced in the index, and the plugin's report brought up to date. */
export function timeUpdateOne(index: NetworkIndex, live: LiveReport, prepared: Prepared, edited: NoteInput): number {
  return timed(() => {
    index.upsert(edited);
    live.report(BENCH_TODAY, prepared.settings);
  });
}

/** `gc()`, exposed on demand when node was started without --expose-gc (vitest, for the smoke test). */
export function collectGarbage(): void {
  let gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
  gc();
}

/** Heap the index retains, per note, over what the inputs (Obsidian's own cache) already hold. */
export function heapBytesPerNote(prepared: Prepared): number {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const index = buildIndex(prepared);
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  if (index.size !== prepared.inputs.length) throw new Error(`indexed ${index.size} of ${prepared.inputs.length} notes`);
  return (after - before) / prepared.inputs.length;
}
