// Options of the `network-review` block (`period`, `top`), read from its YAML; never throws.
import * as z from "zod/mini";
import type { YamlParser } from "../model/types";
import { readOptionsYaml, textOrNumber, wholeAtLeastOne } from "./block-yaml";

export interface ReviewBlockOptions {
  /** `2026-Q1`, `2026-03`, `2026`, `2026-W10`, `this-quarter`, `last-month`, … Default `this-quarter`. */
  period: string;
  /** How many people "seen most" lists. */
  top?: number;
}

// Each option read by its own schema, as a list block's are (a z.object would add 3 KB to main.js).
// `period: 2026` is a number to YAML; it still means the year.
const periodSchema = z.optional(textOrNumber);
const topSchema = z.optional(wholeAtLeastOne);

export type ReviewOptionsResult = { ok: true; options: ReviewBlockOptions } | { ok: false; problems: string[] };

export function readReviewOptions(source: string, parseYaml: YamlParser): ReviewOptionsResult {
  const yaml = readOptionsYaml(source, parseYaml, () => 'The options should be lines such as "period: 2026-Q1"');
  if (!yaml.ok) return yaml;
  const data = yaml.data;
  const problems = Object.keys(data)
    .filter((key) => key !== "period" && key !== "top")
    .map((key) => `Unknown option '${key}': a review takes period and top`);
  const period = periodSchema.safeParse(data.period);
  if (!period.success) problems.push("period should be text such as 2026-Q1 or last-month");
  const top = topSchema.safeParse(data.top);
  if (!top.success) problems.push("top should be a whole number of 1 or more");
  if (problems.length > 0 || !period.success || !top.success) return { ok: false, problems };
  const options: ReviewBlockOptions = { period: String(period.data ?? "this-quarter").trim() };
  if (top.data !== undefined) options.top = top.data;
  return { ok: true, options };
}
