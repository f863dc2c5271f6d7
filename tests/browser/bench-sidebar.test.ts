// The benchmark's Chromium diagnostic (`sidebarChromiumMs`) on the small synthetic vault: the page builds, the
// report crosses into it, and the sidebar draws. It asserts no timing (docs/performance.md has the numbers).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_SEED, generateVault, SIZES, writeVault } from "../../bench/generate";
import { measureSidebarChromium } from "../../bench/host-measures";
import { CHROMIUM } from "./harness";

const base = mkdtempSync(join(tmpdir(), "ng-bench-chromium-"));

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

describe("the sidebar benchmark in Chromium", () => {
  it("draws the small vault's sidebar and gives one time per run", async () => {
    const root = join(base, "vault");
    writeVault(root, generateVault(DEFAULT_SEED, SIZES.small));
    const result = await measureSidebarChromium({ figure: "sidebarChromiumMs", root, warmup: 1, runs: 3, budgetMs: 10_000 }, process.cwd(), CHROMIUM);
    expect(result.unavailable).toBeUndefined();
    expect(result.samples).toHaveLength(3);
    expect(result.samples.every((ms) => Number.isFinite(ms) && ms > 0)).toBe(true);
  });
});
