// Reading one `network-goal` block (SPEC §1.3) into a GoalSpec, with SMART issues for what is wrong.
import type { GoalSpec, LocalDate, Metric, Period, Problem, SmartLetter, YamlParser } from "../model/types";
import { METRIC_NAMES, METRICS_IN_WORDS } from "../model/metrics";
import { wordTable } from "../model/words";
import { firstLineOf } from "../model/errors";
import { readDate } from "./dates";
import type { Aliases, Field, Frontmatter, Read } from "./fields";
import { GOAL_FIELDS } from "./field-aliases";
import { FieldLookup, asRecord, describeValue, fail, ok, readText, readWord } from "./fields";
import { linkOrText, readLevel } from "./contact";
import { normaliseKind } from "./interaction";
import { readFreeText, readTextList } from "./links";

export interface GoalContext {
  note: string;
  /** 0-based order of the block within the note. */
  index: number;
  /** 0-based line of the opening fence. */
  line: number;
  noteDate?: LocalDate;
}

const PERIODS = wordTable<Period>({
  week: "week", weekly: "week", month: "month", monthly: "month",
  quarter: "quarter", quarterly: "quarter", year: "year", yearly: "year", annually: "year", annual: "year",
});

const KNOWN = new Set(Object.values(GOAL_FIELDS).flatMap((list) => list.names));

function readMetric(value: unknown): Read<Metric> {
  const text = readText(value);
  if (!text.ok) return text;
  const metric = METRIC_NAMES.get(normaliseKind(text.value));
  return metric ? ok(metric) : fail(`'${text.value}' is not a metric: use ${METRICS_IN_WORDS}`);
}

function readTarget(value: unknown): Read<number> {
  const n = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n === "number" && Number.isInteger(n) && n >= 1) return ok(n);
  return fail(`${describeValue(value)} is not a whole number of 1 or more`);
}

const readPeriod = readWord(PERIODS, "week, month, quarter or year");

class GoalLog {
  readonly problems: Problem[] = [];
  readonly #goal: GoalSpec;
  readonly #prefix: string;

  constructor(goal: GoalSpec, prefix: string) {
    this.#goal = goal;
    this.#prefix = prefix;
  }

  problem(field: string, message: string, letter?: SmartLetter): void {
    this.problems.push({ note: this.#goal.note, field, message: `${this.#prefix}${message}` });
    if (letter) this.#goal.issues.push({ letter, field, message });
  }

  take<T>(field: Field, read: Read<T>, letter?: SmartLetter): T | undefined {
    if (read.ok) return read.value;
    this.problem(field.key, `${field.key} ${read.error}`, letter);
    return undefined;
  }
}

function readFilters(fields: FieldLookup, goal: GoalSpec, log: GoalLog): void {
  const listOf = (found: Field | undefined, items: { items: string[]; errors: string[] } | undefined) => {
    for (const error of items?.errors ?? []) log.problem(found?.key ?? "", `${found?.key ?? ""}: ${error}`, "specific");
    return items?.items ?? [];
  };
  const kind = fields.pick(GOAL_FIELDS.kind);
  goal.filters.kind = listOf(kind, kind && readTextList(kind.value)).map(normaliseKind);
  const tag = fields.pick(GOAL_FIELDS.tag);
  goal.filters.tag = listOf(tag, tag && readTextList(tag.value, { tags: true }));
  const company = fields.pick(GOAL_FIELDS.company);
  // Company names hold commas (`Acme, Inc.`): a text is one company, a list is several.
  goal.filters.company = listOf(company, company && readFreeText(company.value)).map(linkOrText);
  const level = fields.pick(GOAL_FIELDS.level);
  for (const text of listOf(level, level && readTextList(level.value))) {
    const read = level && log.take(level, readLevel(text), "specific");
    if (read && !goal.filters.level.includes(read)) goal.filters.level.push(read);
  }
}

function readFields(block: Frontmatter, goal: GoalSpec, log: GoalLog): void {
  const fields = new FieldLookup(block);
  for (const key of Object.keys(block)) {
    if (!KNOWN.has(key.trim().toLowerCase())) {
      log.problem(key, `'${key}' is not a goal field (${Object.keys(GOAL_FIELDS).join(", ")})`);
    }
  }
  const read = <T>(names: Aliases, reader: (v: unknown) => Read<T>, letter?: SmartLetter) => {
    const found = fields.pick(names);
    return found ? log.take(found, reader(found.value), letter) : undefined;
  };
  goal.title = read(GOAL_FIELDS.title, (v) => readText(v, { allowNumber: true }));

  const metric = fields.pick(GOAL_FIELDS.metric);
  if (metric) {
    const text = readText(metric.value);
    if (text.ok) goal.metricText = text.value;
    goal.metric = log.take(metric, readMetric(metric.value), "specific");
  } else {
    log.problem("metric", "no metric; add a line such as metric: people-met", "specific");
  }
  goal.target = read(GOAL_FIELDS.target, readTarget, "measurable");
  if (!fields.pick(GOAL_FIELDS.target)) log.problem("target", "no target; add a line such as target: 5", "measurable");

  goal.period = read(GOAL_FIELDS.period, readPeriod, "timeBound");
  // An unreadable start or end is a problem and is ignored, as every bad date is (SPEC §3.4): the goal still counts.
  goal.start = read(GOAL_FIELDS.start, readDate);
  goal.end = read(GOAL_FIELDS.end, readDate);
  goal.due = read(GOAL_FIELDS.due, readDate, "timeBound");
  const hasPeriod = fields.pick(GOAL_FIELDS.period);
  const hasDue = fields.pick(GOAL_FIELDS.due);
  if (!hasPeriod && !hasDue) {
    log.problem("period", "neither a period (week, month, quarter or year) nor a due date", "timeBound");
  }
  if (goal.period && goal.due) {
    // A deadline is the more specific promise; repeating it every period until then is rarely meant.
    log.problem("due", "both a period and a due date; read as a one-off goal due on that date");
    delete goal.period;
  }
  if (goal.due && goal.end) log.problem("end", "end is ignored for a one-off goal; due is its last day");
  const start = goal.start ?? goal.noteDate;
  const last = goal.due ?? goal.end;
  if (goal.start && last && goal.start > last) {
    log.problem("start", `start ${goal.start} is after ${goal.due ? "due" : "end"} ${last}`, "timeBound");
  } else if (!goal.start && start && goal.due && start > goal.due) {
    log.problem("due", `due ${goal.due} is before the date of this note, ${start}; add a start`, "timeBound");
  }

  readFilters(fields, goal, log);
  const why = fields.pick(GOAL_FIELDS.why);
  if (why) {
    const text = readFreeText(why.value);
    for (const error of text.errors) log.problem(why.key, `${why.key}: ${error}`);
    if (text.items.length > 0) goal.why = text.items.join("; ");
  }
}

/** A goal block read; a goal is returned even when nothing could be read, so it shows as invalid. */
export function readGoalBlock(
  source: string,
  ctx: GoalContext,
  parseYaml: YamlParser,
): { goal: GoalSpec; problems: Problem[] } {
  const goal: GoalSpec = {
    note: ctx.note,
    index: ctx.index,
    line: ctx.line,
    filters: { kind: [], tag: [], level: [], company: [] },
    issues: [],
  };
  if (ctx.noteDate !== undefined) goal.noteDate = ctx.noteDate;
  const log = new GoalLog(goal, `goal on line ${ctx.line + 1}: `);
  let parsed: unknown;
  try {
    parsed = parseYaml(source);
  } catch (error) {
    log.problem("goal", `not valid YAML (${firstLineOf(error)})`);
  }
  const block = asRecord(parsed);
  if (!block) {
    if (log.problems.length === 0) log.problem("goal", "empty, or not a list of fields such as metric: people-met");
    goal.issues.push(
      { letter: "specific", field: "metric", message: "no metric could be read" },
      { letter: "measurable", field: "target", message: "no target could be read" },
      { letter: "timeBound", field: "period", message: "no period or due date could be read" },
    );
  } else {
    readFields(block, goal, log);
  }
  for (const key of Object.keys(goal) as (keyof GoalSpec)[]) {
    if (goal[key] === undefined) delete goal[key];
  }
  return { goal, problems: log.problems };
}
