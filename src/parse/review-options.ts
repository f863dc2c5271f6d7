// Options of the `network-review` block (`period`, `top`), read from its YAML; never throws.
import type { YamlParser } from "../model/types";
import { readOptionsYaml, textOrNumber, wholeAtLeastOne } from "./block-yaml";

export interface ReviewBlockOptions {
  /** `2026-Q1`, `2026-03`, `2026`, `2026-W10`, `this-quarter`, `last-month`, … Default `this-quarter`. */
  period: string;
  /** How many people "seen most" lists. */
  top?: number;
}

// Each option read by its own schema, as a list block's are, and only when it is there: a z.object (3 KB of
// main.js) or z.optional (0.8 KB) would do no more. `period: 2026` is a number to YAML; it still means the year.

export type ReviewOptionsResult = { ok: true; options: ReviewBlockOptions } | { ok: false; problems: string[] };

export function readReviewOptions(source: string, parseYaml: YamlParser): ReviewOptionsResult {
  const yaml = readOptionsYaml(source, parseYaml, () => 'The options should be lines such as "period: 2026-Q1"');
  if (!yaml.ok) return yaml;
  const data = yaml.data;
  const problems = Object.keys(data)
    .filter((key) => key !== "period" && key !== "top")
    .map((key) => `Unknown option '${key}': a review takes period and top`);
  const period = textOrNumber.safeParse(data.period === undefined ? "this-quarter" : data.period);
  if (!period.success) problems.push("period should be text such as 2026-Q1 or last-month");
  const top = data.top === undefined ? undefined : wholeAtLeastOne.safeParse(data.top);
  if (top?.success === false) problems.push("top should be a whole number of 1 or more");
  if (problems.length > 0 || !period.success) return { ok: false, problems };
  const options: ReviewBlockOptions = { period: String(period.data).trim() };
  if (top?.success) options.top = top.data;
  return { ok: true, options };
}
