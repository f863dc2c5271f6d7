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

/** The keys a contact note may use for the fields contact filters read (SPEC §1.1), lower-case. */
const FILTER_KEYS = { tags: ["tags", "tag"], level: ["level"], company: ["company", "organization", "organisation", "org"] } as const;
const SECTORS = ["marketing", "design", "engineering", "finance", "sales"];
const LEVELS = ["senior", "peer", "junior"];
const COMPANIES = ["Acme", "Globex", "Initech"];

function keyOf(fm: Record<string, unknown>, names: readonly string[]): string | undefined {
  return Object.keys(fm).find((key) => names.includes(key.trim().toLowerCase()));
}

/** Another value from `values` than `current` (by text), chosen by `n`. */
function another(values: readonly string[], current: unknown, n: number): string {
  const others = values.filter((v) => typeof current !== "string" || v.toLowerCase() !== current.trim().toLowerCase());
  return others[n % others.length] ?? values[0] ?? "";
}

/**
 * A contact's tags, level or company (by `n`, cycling) set to another value a goal filters by: the sector tag among
 * its tags swapped for another sector (its other tags, which may be what makes it a contact, stay), another level,
 * another of the companies goals name. Null when the note has no such field to change.
 */
export function filterEditedInput(input: NoteInput, n: number): NoteInput | null {
  const fm = input.frontmatter !== null && typeof input.frontmatter === "object" && !Array.isArray(input.frontmatter)
    ? { ...(input.frontmatter as Record<string, unknown>) }
    : null;
  if (fm === null) return null;
  const which = n % 3;
  if (which === 0) {
    const key = keyOf(fm, FILTER_KEYS.tags);
    const value = key === undefined ? undefined : fm[key];
    const swap = (tag: string): string => (SECTORS.includes(tag.replace(/^#/, "").trim().toLowerCase()) ? another(SECTORS, tag.replace(/^#/, ""), n) : tag);
    if (key !== undefined && Array.isArray(value)) fm[key] = (value as unknown[]).map((tag): unknown => (typeof tag === "string" ? swap(tag) : tag));
    else if (key !== undefined && typeof value === "string") fm[key] = value.split(",").map((tag) => (SECTORS.includes(tag.replace(/#/, "").trim().toLowerCase()) ? ` #${another(SECTORS, tag.replace(/#/, "").trim(), n)}` : tag)).join(",");
    else return null;
    if (JSON.stringify(fm[key]) === JSON.stringify(value)) return null;
  } else if (which === 1) {
    const key = keyOf(fm, FILTER_KEYS.level) ?? "level";
    fm[key] = another(LEVELS, fm[key], n);
  } else {
    const key = keyOf(fm, FILTER_KEYS.company) ?? "company";
    fm[key] = another(COMPANIES, fm[key], n);
  }
  return { ...input, frontmatter: fm };
}

/** The contact notes of the vault (those in a contact folder, or with a level or company). */
function contactInputs(prepared: Prepared): NoteInput[] {
  return prepared.inputs.filter((i) => {
    if (i.path.startsWith("People/") || i.path.startsWith("Contacts/")) return true;
    const fm = i.frontmatter;
    return fm !== null && typeof fm === "object" && !Array.isArray(fm) && keyOf(fm as Record<string, unknown>, FILTER_KEYS.level) !== undefined;
  });
}

/**
 * Edits of contacts' tags, level or company, the same on every run. Each starts from the note as the edits before
 * it left it, so every edit changes what the index holds.
 */
export function filterEditPlan(prepared: Prepared, count: number, seed = 11): NoteInput[] {
  const rng = new Rng(seed);
  const contacts = contactInputs(prepared);
  const current = new Map<string, NoteInput>();
  const plan: NoteInput[] = [];
  for (let n = 0, tries = 0; plan.length < count && tries < count * 20; tries++) {
    const picked = rng.pick(contacts);
    const edited = filterEditedInput(current.get(picked.path) ?? picked, n);
    if (edited === null) continue;
    current.set(picked.path, edited);
    plan.push(edited);
    n++;
  }
  return plan;
}

/**
 * Picks the notes to edit: interactions, contacts (their last contact, or their tags, level or company) and
 * journals in a fixed mix, the same on every run.
 */
export function editPlan(prepared: Prepared, count: number, seed = 7): NoteInput[] {
  const rng = new Rng(seed);
  const meetings = prepared.inputs.filter((i) => i.path.startsWith("Meetings/"));
  const journals = prepared.inputs.filter((i) => i.goalBlocks.length > 0);
  const others = prepared.inputs.filter((i) => !i.path.startsWith("Meetings/") && i.goalBlocks.length === 0);
  const filterEdits = filterEditPlan(prepared, count, seed + 1);
  const plan: NoteInput[] = [];
  for (let n = 0; n < count; n++) {
    const pool = rng.weighted([[meetings, 4], [others, 3], [filterEdits, 1], [journals, 2]]);
    if (pool === filterEdits && filterEdits.length > 0) {
      plan.push(filterEdits[n % filterEdits.length] as NoteInput);
      continue;
    }
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

/**
 * Contact notes given another name (an alias added): edits that change what a contact answers to, so the notes
 * that name it are resolved again. The contacts are those of the People folder, chosen by `n`.
 */
export function renamePlan(prepared: Prepared, count: number): NoteInput[] {
  const contacts = prepared.inputs.filter((i) => i.path.startsWith("People/"));
  const plan: NoteInput[] = [];
  for (let n = 0; n < count && contacts.length > 0; n++) {
    const input = contacts[(n * 7919) % contacts.length] as NoteInput;
    const fm = input.frontmatter !== null && typeof input.frontmatter === "object" && !Array.isArray(input.frontmatter) ? { ...(input.frontmatter as Record<string, unknown>) } : {};
    fm.aliases = [`${input.path.slice("People/".length, -".md".length)} (renamed ${n})`];
    plan.push({ ...input, frontmatter: fm });
  }
  return plan;
}

/**
 * The first rename after start-up: the index built and its first report drawn (untimed), then a contact given
 * another name and the report brought up to date. Who refers to what, which a bulk load does not make
 * (network-index.ts), is read here from every note, once; later renames find it made.
 */
export function timeFirstRename(prepared: Prepared, edit: NoteInput): number {
  const index = buildIndex(prepared);
  const live = new LiveReport(index);
  live.report(BENCH_TODAY, prepared.settings);
  return timeUpdateOne(index, live, prepared, edit);
}

/** Periods of the review blocks the benchmark keeps open: the running quarter and the last year. */
export const OPEN_REVIEWS = ["this-quarter", "last-year"] as const;

/**
 * One edit with review blocks open: the note replaced and the report brought up to date (untimed: that is
 * updateOneP95Ms), then the timed part, bringing each open review up to date (computed, not drawn).
 */
export function timeReviewRefresh(index: NetworkIndex, live: LiveReport, prepared: Prepared, edited: NoteInput): number {
  index.upsert(edited);
  live.report(BENCH_TODAY, prepared.settings);
  return timed(() => {
    for (const period of OPEN_REVIEWS) {
      const review = live.review(BENCH_TODAY, prepared.settings, period);
      if ("error" in review) throw new Error(review.error);
    }
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

/**
 * Heap the index retains, per note, over what the inputs (Obsidian's own cache) already hold: after the build and
 * one rename, so who refers to what, which the first rename makes, is counted too.
 */
export function heapBytesPerNote(prepared: Prepared): number {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const index = buildIndex(prepared);
  for (const edit of renamePlan(prepared, 1)) index.upsert(edit);
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  if (index.size !== prepared.inputs.length) throw new Error(`indexed ${index.size} of ${prepared.inputs.length} notes`);
  return (after - before) / prepared.inputs.length;
}
