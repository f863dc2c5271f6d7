// The targets, the verdict for each figure, the machine the numbers came from, and the table for people.
import { cpus, loadavg, totalmem } from "node:os";
import { readFileSync } from "node:fs";

/** Figure → its target as text and a test. The CLI target is relative to the floor measured in the same run. */
export const TARGETS: Record<string, { target: string; met: (value: number, figures: Record<string, number | null>) => boolean | null }> = {
  floorReadParseMs: { target: "(the floor)", met: () => null },
  cliReportMs: {
    target: "≤ 1.5 × floor",
    met: (value, figures) => (figures.floorReadParseMs == null ? null : value <= 1.5 * figures.floorReadParseMs),
  },
  indexBuildMs: { target: "≤ 500", met: (value) => value <= 500 },
  updateOneP95Ms: { target: "≤ 1 (p95)", met: (value) => value <= 1 },
  filterEditP95Ms: { target: "≤ 2 (p95)", met: (value) => value <= 2 },
  reviewRefreshMs: { target: "≤ 16", met: (value) => value <= 16 },
  insightsMs: { target: "≤ 30", met: (value) => value <= 30 },
  sidebarRenderMs: { target: "≤ 16", met: (value) => value <= 16 },
  personPageMs: { target: "≤ 5", met: (value) => value <= 5 },
  onloadMs: { target: "≤ 10", met: (value) => value <= 10 },
  mainJsBytes: { target: "≤ 204,800", met: (value) => value <= 200 * 1024 },
  heapBytesPerNote: { target: "≤ 1,024", met: (value) => value <= 1024 },
  /** Issue 14: 2,000 ordinary notes plus one of each hostile-vault monster, the CLI's whole report. */
  stressReportMs: { target: "≤ 2,000", met: (value) => value <= 2000 },
  importLinkedIn5kMs: { target: "≤ 5,000", met: (value) => value <= 5000 },
  reimportLinkedIn5kMs: { target: "≤ 2,000", met: (value) => value <= 2000 },
};

export function verdicts(figures: Record<string, number | null>): Record<string, boolean | null> {
  const out: Record<string, boolean | null> = {};
  for (const [key, { met }] of Object.entries(TARGETS)) {
    const value = figures[key];
    out[key] = value == null ? null : met(value, figures);
  }
  return out;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  platform: string;
  /** 1-minute load average when the run started: above the core count, other work competed for the CPU. */
  loadAverage: number;
}

export function machine(): Machine {
  let cpuModel = cpus()[0]?.model ?? "unknown";
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8").split("\n").find((l) => l.startsWith("model name"));
    if (line) cpuModel = line.split(":")[1]?.trim() ?? cpuModel;
  } catch {
    // Not Linux: os.cpus() is as good as it gets.
  }
  return { cpus: cpus().length, cpuModel, memoryBytes: totalmem(), node: process.version, platform: `${process.platform} ${process.arch}`, loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100 };
}

type Runs = Record<string, { median: number; p95: number; min: number; max: number; runs: number } | null>;

export function printTable(
  figures: Record<string, number | null>,
  runs: Runs,
  notes: Record<string, string>,
  met: Record<string, boolean | null>,
  host: Machine,
): void {
  const rows = [["figure", "median", "p95", "runs", "target", "met?"]];
  for (const key of Object.keys(TARGETS).concat(Object.keys(runs).filter((k) => !(k in TARGETS)))) {
    const r = runs[key];
    const value = figures[key];
    const verdict = met[key];
    rows.push([
      key,
      r ? String(r.median) : value != null ? String(value) : "—",
      r ? String(r.p95) : "",
      r ? String(r.runs) : "",
      TARGETS[key]?.target ?? "(diagnostic)",
      verdict === true ? "yes" : verdict === false ? "NO" : "",
    ]);
  }
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? "").length))) ?? [];
  const say = (line: string): boolean => process.stdout.write(line + "\n");
  for (const row of rows) say(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  "));
  for (const [key, note] of Object.entries(notes)) say(`note: ${key}: ${note}`);
  say(`machine: ${host.cpus} × ${host.cpuModel}, ${(host.memoryBytes / 2 ** 30).toFixed(1)} GiB, node ${host.node}, ${host.platform}, load average ${host.loadAverage} at start`);
}
