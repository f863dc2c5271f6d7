// Block options are user text: whatever a user types into a block, the readers answer with options or problems.
import fc from "fast-check";
import { load, CORE_SCHEMA } from "js-yaml";
import { describe, expect, it } from "vitest";
import { readListOptions } from "../../src/parse/list-options";
import { readReviewOptions } from "../../src/parse/review-options";
import { parseReviewPeriod } from "../../src/insights/review-period";

const parseYaml = (text: string): unknown => load(text, { schema: CORE_SCHEMA });

/** Block bodies: arbitrary text, and YAML-looking lines with arbitrary values. */
const blockText = fc.oneof(
  fc.string(),
  fc
    .array(
      fc.tuple(
        fc.constantFrom("limit", "tag", "level", "company", "days", "period", "top", "x"),
        fc.oneof(fc.string(), fc.integer().map(String), fc.constant("[a, b]"), fc.constant("{a: 1}"), fc.constant("-3")),
      ),
    )
    .map((lines) => lines.map(([k, v]) => `${k}: ${v}`).join("\n")),
);

describe("block option readers never throw", () => {
  it("network-followups / network-reconnect options", () => {
    fc.assert(
      fc.property(blockText, (text) => {
        const result = readListOptions(text, parseYaml);
        if (result.ok) expect(result.options.limit === undefined || result.options.limit >= 1).toBe(true);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it("network-review options and periods", () => {
    fc.assert(
      fc.property(blockText, fc.string(), (text, period) => {
        const result = readReviewOptions(text, parseYaml);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        const parsed = parseReviewPeriod(period, "2026-11-22", "monday");
        if (parsed.ok) expect(parsed.window.start <= parsed.window.end).toBe(true);
        else expect(parsed.message).not.toBe("");
      }),
    );
  });
});

describe("network-review options", () => {
  it("reads the period as text, a bare year included, and defaults to this quarter", () => {
    expect(readReviewOptions("period: 2026-Q1\ntop: 3", parseYaml)).toEqual({ ok: true, options: { period: "2026-Q1", top: 3 } });
    expect(readReviewOptions("period: 2026", parseYaml)).toEqual({ ok: true, options: { period: "2026" } });
    expect(readReviewOptions("", parseYaml)).toEqual({ ok: true, options: { period: "this-quarter" } });
  });

  it("says what is wrong with unknown options, bad values and broken YAML", () => {
    expect(readReviewOptions("perod: 2026-Q1", parseYaml)).toEqual({
      ok: false,
      problems: ["Unknown option 'perod': a review takes period and top"],
    });
    expect(readReviewOptions("top: 0", parseYaml)).toEqual({ ok: false, problems: ["top should be a whole number of 1 or more"] });
    const broken = readReviewOptions("period: [2026", parseYaml);
    expect(broken.ok).toBe(false);
  });
});
