// One figure: warm-up, then timed runs until the run count or the time budget is reached.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import {
  cliArgs,
  type CliRun,
  buildIndex,
  editPlan,
  filterEditPlan,
  heapBytesPerNote,
  OPEN_REVIEWS,
  prepare,
  renamePlan,
  timeCliInProcess,
  timeFirstRename,
  timeFloorInProcess,
  timeIndexBuild,
  timeInsights,
  timeProcess,
  timeReviewRefresh,
  timeUpdateOne,
} from "./measures";
import { BENCH_TODAY, DEFAULT_SEED } from "./generate";
import { ensureStressVault } from "./stress-vault";
import { measureOnload, measurePersonPage, measureSidebarChromium, measureSidebarRender } from "./host-measures";
import { LiveReport } from "../src/insights/live-report";
import { connectionsFile, copyVault, timeFirstImport, timeImport } from "./import-measures";
import { rmSync } from "node:fs";

export interface FigureRequest {
  figure: string;
  root: string;
  warmup: number;
  runs: number;
  /** Stop early (after at least 3 runs) once the timed runs have taken this long. */
  budgetMs: number;
}

export interface FigureResult {
  samples: number[];
  /** Why a figure could not be measured (a part not built yet): the figure is then null. */
  unavailable?: string;
}

function repeat(request: FigureRequest, once: () => number): number[] {
  for (let i = 0; i < request.warmup; i++) once();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < request.runs && (samples.length < 3 || performance.now() - start < request.budgetMs)) samples.push(once());
  return samples;
}

async function repeatAsync(request: FigureRequest, once: () => Promise<number>): Promise<number[]> {
  for (let i = 0; i < request.warmup; i++) await once();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < request.runs && (samples.length < 3 || performance.now() - start < request.budgetMs)) samples.push(await once());
  return samples;
}

export async function measureFigure(request: FigureRequest, benchDir: string, projectDir: string): Promise<FigureResult> {
  const { figure, root } = request;
  switch (figure) {
    case "floorReadParseMs":
      return { samples: repeat(request, () => timeProcess([join(benchDir, "floor.cjs"), root])) };
    case "floorInProcessMs":
      return { samples: repeat(request, () => timeFloorInProcess(root)) };
    case "cliReportMs":
      return { samples: repeat(request, () => timeProcess(cliArgs(join(projectDir, "dist", "cli.js"), root))) };
    case "stressReportMs": {
      // Its own vault (bench/stress-vault.ts), beside the main one, whatever --size says.
      const stress = ensureStressVault(dirname(root), DEFAULT_SEED);
      return { samples: repeat(request, () => timeProcess(cliArgs(join(projectDir, "dist", "cli.js"), stress))) };
    }
    case "cliInProcessMs": {
      // Required from the build, not bundled: src/cli/main.ts runs itself when it is the main module.
      const cli = createRequire(__filename)(join(projectDir, "dist", "cli.js")) as { run: CliRun };
      return { samples: repeat(request, () => timeCliInProcess(root, cli.run)) };
    }
    case "indexBuildMs": {
      const prepared = prepare(root);
      return { samples: repeat(request, () => timeIndexBuild(prepared)) };
    }
    case "firstRenameMs": {
      // A new index each run: the first rename is first once.
      const prepared = prepare(root);
      const plan = renamePlan(prepared, request.warmup + request.runs);
      let next = 0;
      return {
        samples: repeat(request, () => {
          const edit = plan[next++ % plan.length];
          if (!edit) throw new Error("no contact to rename");
          return timeFirstRename(prepared, edit);
        }),
      };
    }
    case "insightsMs": {
      const prepared = prepare(root);
      const index = buildIndex(prepared);
      return { samples: repeat(request, () => timeInsights(index, prepared)) };
    }
    case "updateOneP95Ms":
    case "filterEditP95Ms": {
      const prepared = prepare(root);
      const index = buildIndex(prepared);
      const runs = request.warmup + request.runs;
      // updateOneP95Ms: the mix of edits users make; filterEditP95Ms: a contact's tags, level or company only.
      const plan = figure === "updateOneP95Ms" ? editPlan(prepared, runs) : filterEditPlan(prepared, runs);
      // The plugin keeps one live report per index; its first report (untimed) is the one drawn at start-up.
      const live = new LiveReport(index);
      live.report(BENCH_TODAY, prepared.settings);
      let next = 0;
      return {
        samples: repeat(request, () => {
          const edit = plan[next++ % plan.length];
          if (!edit) throw new Error("no note to edit");
          return timeUpdateOne(index, live, prepared, edit);
        }),
      };
    }
    case "reviewRefreshMs": {
      const prepared = prepare(root);
      const index = buildIndex(prepared);
      const plan = editPlan(prepared, request.warmup + request.runs, 13);
      const live = new LiveReport(index);
      // The blocks are open before the edits: their first drawing (untimed) builds them.
      for (const period of OPEN_REVIEWS) live.review(BENCH_TODAY, prepared.settings, period);
      let next = 0;
      return {
        samples: repeat(request, () => {
          const edit = plan[next++ % plan.length];
          if (!edit) throw new Error("no note to edit");
          return timeReviewRefresh(index, live, prepared, edit);
        }),
      };
    }
    case "heapBytesPerNote": {
      const prepared = prepare(root);
      return { samples: repeat(request, () => heapBytesPerNote(prepared)) };
    }
    case "sidebarRenderMs":
      return measureSidebarRender(request, repeat);
    case "personPageMs":
      return measurePersonPage(request, repeat);
    case "onloadMs":
      return measureOnload(request, projectDir, repeatAsync);
    case "sidebarChromiumMs":
      return measureSidebarChromium(request, projectDir, process.env.CHROMIUM_PATH ?? "/usr/bin/chromium");
    case "importLinkedIn5kMs": {
      const cliJs = join(projectDir, "dist", "cli.js");
      const file = connectionsFile(root, join(projectDir, ".bench"));
      return { samples: repeat(request, () => timeFirstImport(cliJs, root, file)) };
    }
    case "reimportLinkedIn5kMs": {
      // The vault after the import (made untimed), then the same file again: a no-op, so it can repeat.
      const cliJs = join(projectDir, "dist", "cli.js");
      const file = connectionsFile(root, join(projectDir, ".bench"));
      const copy = copyVault(root);
      try {
        timeImport(cliJs, copy, file);
        return {
          samples: repeat(request, () => {
            const run = timeImport(cliJs, copy, file);
            if (run.created + run.updated !== 0) throw new Error(`the re-import wrote ${run.created} new and ${run.updated} updated notes`);
            return run.ms;
          }),
        };
      } finally {
        rmSync(join(copy, ".."), { recursive: true, force: true });
      }
    }
    default:
      throw new Error(`unknown figure ${figure}`);
  }
}
