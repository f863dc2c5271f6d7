// Options of the `network-review` block (`period`, `top`), read from its YAML; never throws.
import * as z from "zod/mini";
import type { YamlParser } from "../model/types";
import { readOptionsYaml } from "./block-yaml";

export interface ReviewBlockOptions {
  /** `2026-Q1`, `2026-03`, `2026`, `2026-W10`, `this-quarter`, `last-month`, … Default `this-quarter`. */
  period: string;
  /** How many people "seen most" lists. */
  top?: number;
}

const reviewSchema = z.object({
  // `period: 2026` is a number to YAML; it still means the year.
  period: z.optional(z.union([z.string(), z.number()])),
  top: z.optional(z.number().check(z.int(), z.positive())),
});

export type ReviewOptionsResult = { ok: true; options: ReviewBlockOptions } | { ok: false; problems: string[] };

export function readReviewOptions(source: string, parseYaml: YamlParser): ReviewOptionsResult {
  const yaml = readOptionsYaml(source, parseYaml, () => 'The options should be lines such as "period: 2026-Q1"');
  if (!yaml.ok) return yaml;
  const data = yaml.data;
  const unknown = Object.keys(data).filter((key) => key !== "period" && key !== "top");
  const parsed = reviewSchema.safeParse(data);
  const problems = unknown.map((key) => `Unknown option '${key}': a review takes period and top`);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "options");
      problems.push(key === "top" ? "top should be a whole number of 1 or more" : "period should be text such as 2026-Q1 or last-month");
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  const options: ReviewBlockOptions = { period: String(parsed.data.period ?? "this-quarter").trim() };
  if (parsed.data.top !== undefined) options.top = parsed.data.top;
  return { ok: true, options };
}
