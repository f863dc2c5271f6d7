// `npm run bench`: builds, generates the vault once, measures each figure in a child process of its own, reports.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DEFAULT_SEED, ensureVault, SIZES, type SizeName } from "./generate";
import { round, summarize, type Summary } from "./stats";
import type { FigureResult } from "./figure";
import { machine, printTable, TARGETS, verdicts } from "./targets";

interface Plan {
  figure: string;
  warmup: number;
  runs: number;
  budgetMs: number;
}

/** The figures the issue asks for, then two in-process figures that explain the end-to-end ones. */
const PLANS: readonly Plan[] = [
  { figure: "floorReadParseMs", warmup: 1, runs: 7, budgetMs: 60_000 },
  { figure: "cliReportMs", warmup: 1, runs: 7, budgetMs: 120_000 },
  { figure: "indexBuildMs", warmup: 2, runs: 10, budgetMs: 60_000 },
  { figure: "updateOneP95Ms", warmup: 20, runs: 200, budgetMs: 60_000 },
  { figure: "firstRenameMs", warmup: 1, runs: 7, budgetMs: 60_000 },
  { figure: "filterEditP95Ms", warmup: 20, runs: 200, budgetMs: 60_000 },
  { figure: "reviewRefreshMs", warmup: 10, runs: 100, budgetMs: 60_000 },
  { figure: "insightsMs", warmup: 3, runs: 20, budgetMs: 60_000 },
  { figure: "sidebarRenderMs", warmup: 3, runs: 20, budgetMs: 30_000 },
  { figure: "personPageMs", warmup: 5, runs: 50, budgetMs: 30_000 },
  { figure: "onloadMs", warmup: 2, runs: 10, budgetMs: 30_000 },
  { figure: "heapBytesPerNote", warmup: 1, runs: 5, budgetMs: 60_000 },
  { figure: "stressReportMs", warmup: 1, runs: 5, budgetMs: 60_000 },
  { figure: "importLinkedIn5kMs", warmup: 0, runs: 3, budgetMs: 60_000 },
  { figure: "reimportLinkedIn5kMs", warmup: 1, runs: 5, budgetMs: 60_000 },
  { figure: "floorInProcessMs", warmup: 1, runs: 7, budgetMs: 60_000 },
  { figure: "cliInProcessMs", warmup: 1, runs: 7, budgetMs: 120_000 },
  { figure: "sidebarChromiumMs", warmup: 5, runs: 40, budgetMs: 30_000 },
];

interface Options {
  json: boolean;
  size: SizeName;
  seed: number;
  only: string[] | null;
  build: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { json: false, size: "full", seed: DEFAULT_SEED, only: null, build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") options.json = true;
    else if (arg === "--no-build") options.build = false;
    else if (arg === "--size" && (argv[i + 1] ?? "") in SIZES) options.size = argv[++i] as SizeName;
    else if (arg === "--seed") options.seed = Number(argv[++i]);
    else if (arg === "--only") options.only = (argv[++i] ?? "").split(",");
    else throw new Error(`unknown option ${arg}; use --json, --size full|small, --seed N, --only a,b, --no-build`);
  }
  return options;
}

function log(options: Options, text: string): void {
  // With --json, stdout is the JSON object alone; progress goes to stderr.
  (options.json ? process.stderr : process.stdout).write(text + "\n");
}

export interface FigureOutcome {
  summary: Summary | null;
  note?: string;
}

function runFigure(plan: Plan, root: string, benchDir: string): FigureOutcome {
  const child = spawnSync(
    process.execPath,
    ["--expose-gc", join(benchDir, "figure.cjs"), plan.figure, root, String(plan.warmup), String(plan.runs), String(plan.budgetMs)],
    { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 26, encoding: "utf8" },
  );
  if (child.status !== 0) return { summary: null, note: `failed: ${child.stderr.trim().split("\n").slice(0, 3).join(" | ")}` };
  const result = JSON.parse(child.stdout) as FigureResult;
  if (result.unavailable !== undefined) return { summary: null, note: result.unavailable };
  return { summary: summarize(result.samples) };
}

function build(options: Options): string | null {
  const child = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (child.status === 0) return null;
  const message = `build failed: ${child.stderr.trim().split("\n").slice(0, 3).join(" | ")}`;
  log(options, message);
  return message;
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const host = machine();
  if (host.loadAverage > host.cpus) log(options, `warning: load average ${host.loadAverage} on ${host.cpus} cores: other work will inflate the figures`);
  const projectDir = process.cwd();
  const benchDir = __dirname;
  mkdirSync(benchDir, { recursive: true });
  const buildError = options.build ? build(options) : null;
  log(options, `vault: seed ${options.seed}, size ${options.size} …`);
  const vault = ensureVault(resolve(projectDir, ".bench"), options.seed, options.size);
  log(options, `vault: ${vault.notes} notes in ${vault.root}${vault.generated ? " (generated)" : " (cached)"}`);
  const outcomes: Record<string, FigureOutcome> = {};
  for (const plan of PLANS) {
    if (options.only && !options.only.includes(plan.figure)) continue;
    if (buildError && (plan.figure === "cliReportMs" || plan.figure === "onloadMs")) {
      outcomes[plan.figure] = { summary: null, note: buildError };
      continue;
    }
    log(options, `measuring ${plan.figure} …`);
    outcomes[plan.figure] = runFigure(plan, vault.root, benchDir);
  }
  const mainJs = join(projectDir, "main.js");
  const mainJsBytes = existsSync(mainJs) && existsSync(join(projectDir, "src", "main.ts")) ? statSync(mainJs).size : null;
  const figures: Record<string, number | null> = {};
  for (const key of Object.keys(TARGETS)) {
    const summary = outcomes[key]?.summary;
    if (key === "mainJsBytes") figures[key] = mainJsBytes;
    // The update figure is itself a p95 (of single edits); every other figure is the median of its runs.
    else figures[key] = summary ? round(key === "updateOneP95Ms" || key === "filterEditP95Ms" ? summary.p95 : summary.median) : null;
  }
  const runs = Object.fromEntries(
    Object.entries(outcomes).map(([key, o]) => [key, o.summary ? { median: round(o.summary.median), p95: round(o.summary.p95), min: round(o.summary.min), max: round(o.summary.max), runs: o.summary.runs } : null]),
  );
  const notes = Object.fromEntries(Object.entries(outcomes).flatMap(([key, o]) => (o.note ? [[key, o.note]] : [])));
  if (mainJsBytes === null) notes.mainJsBytes = "not yet built: src/main.ts (the plugin) does not exist, so there is no main.js";
  const report = {
    ...figures,
    verdicts: verdicts(figures),
    runs,
    notes,
    commit: spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim() || null,
    vault: { seed: options.seed, size: options.size, notes: vault.notes, ...SIZES[options.size] },
    machine: host,
  };
  // Kept on disk too: `npm run bench -- --json` prints npm's own banner before the object (use `npm run -s`).
  writeFileSync(join(projectDir, ".bench", `results-${options.size}.json`), JSON.stringify(report, null, 2) + "\n");
  if (options.json) process.stdout.write(JSON.stringify(report, null, 2) + "\n");
  else printTable(figures, runs, notes, report.verdicts, report.machine);
}

main();
