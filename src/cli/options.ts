// Command-line options for `network-goals`: parsed by hand, validated with zod, errors in words.
import * as z from "zod/mini";
import { DATE_RANGE, parseLocalDate } from "../model/calendar";

export const USAGE = `Usage: network-goals report --vault DIR [--today YYYY-MM-DD] [--json]
       network-goals done NOTE --vault DIR [--on YYYY-MM-DD] [--dry-run] [--json]
       network-goals snooze NOTE --vault DIR [--days N] [--dry-run] [--json]
       network-goals person NAME --vault DIR [--today YYYY-MM-DD] [--json]
       network-goals review --period P --vault DIR [--today YYYY-MM-DD] [--json]

report   Reads the Markdown notes of an Obsidian vault and prints your open follow-ups, who to
         reconnect with, people to meet, every networking goal with its progress, and the
         problems found in your notes.
done     Marks the follow-up of the interaction note NOTE done (follow_up_done: the date).
snooze   Moves the follow-up of NOTE N days later than the later of today and its date.
         done and snooze change one line of the note and nothing else; when that cannot be
         done in place they write nothing and say why.
person   Prints one contact's page: last contact and when they are due, follow-ups, every
         interaction with what was given, asked and learned, who introduced them and whom.
         NAME is a name, alias, file name, link or path, found as an attendee is; when it
         matches no contact, or several, it exits 2 and lists the candidates.
review   Sums up a period: every metric against the period before, new contacts, who you saw
         most, interactions by kind and per week, what you gave and asked for, follow-ups
         done and missed, goals hit and missed, the mix by level and company, who drifted.

Options:
  --vault DIR          the vault folder (required)
  --today YYYY-MM-DD   compute as if today were this date (default: today, local time)
  --on YYYY-MM-DD      done: the date it was done (default: today)
  --days N             snooze: how many days (default: the plugin's snooze length, 7)
  --period P           review: 2026-Q1, 2026-03, 2026, 2026-W10, or this-/last- week,
                       month, quarter or year (required)
  --dry-run            done, snooze: print the change instead of writing it
  --json               print one JSON object instead of text
  -h, --help           show this help

NOTE is the note's path in the vault (People/Jane Doe.md; the .md may be left out).

Also: import-linkedin, import-vcard, export-csv, export-ics (see network-goals import-linkedin --help).

Settings come from DIR/.obsidian/plugins/network-goals/data.json when present.
Exit codes: 0 success, 1 the vault or note cannot be read or the change cannot be made in
place, 2 usage error.`;

const date = (option: string) =>
  z.string().check(
    z.refine((s) => parseLocalDate(s) !== null, `${option} must be a real date written YYYY-MM-DD, in the years ${DATE_RANGE.first} to ${DATE_RANGE.last}`),
  );

const reportOptions = z.object({
  vault: z.string().check(z.minLength(1, "--vault needs a folder")),
  today: z.optional(date("--today")),
  json: z.boolean(),
});
export type ReportOptions = z.infer<typeof reportOptions>;

// The period itself is read with the vault's week-start setting, once the vault is read (main.ts).
const reviewOptions = z.extend(reportOptions, {
  period: z.string("review needs --period P (2026-Q1, last-quarter …)").check(z.trim(), z.minLength(1, "review needs --period P (2026-Q1, last-quarter …)")),
});

const writeOptions = z.object({
  vault: z.string().check(z.minLength(1, "--vault needs a folder")),
  note: z.string().check(z.minLength(1, "NOTE needs a note's path")),
  today: z.optional(date("--today")),
  on: z.optional(date("--on")),
  days: z.optional(
    z.string().check(z.refine((s) => /^\d{1,5}$/.test(s) && Number(s) >= 1 && Number(s) <= 36_500, "--days must be a whole number of days, 1 to 36500")),
  ),
  dryRun: z.boolean(),
  json: z.boolean(),
});
export type WriteOptions = Omit<z.infer<typeof writeOptions>, "days"> & { days?: number };

export type Command =
  | { command: "help" }
  | { command: "report"; options: ReportOptions }
  | { command: "done" | "snooze"; options: WriteOptions }
  | { command: "person"; options: ReportOptions & { name: string } }
  | { command: "review"; options: ReportOptions & { period: string } }
  | { command: "error"; message: string };

/** Each command's options that take a value, its flags, and whether it takes a NOTE. */
const COMMANDS = {
  report: { values: ["--vault", "--today"], flags: ["--json"], note: false },
  done: { values: ["--vault", "--today", "--on"], flags: ["--json", "--dry-run"], note: true },
  snooze: { values: ["--vault", "--today", "--days"], flags: ["--json", "--dry-run"], note: true },
  person: { values: ["--vault", "--today"], flags: ["--json"], note: true },
  review: { values: ["--vault", "--today", "--period"], flags: ["--json"], note: false },
} as const;

const camel = (option: string): string => option.slice(2).replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { command: "help" };
  const [command, ...rest] = argv;
  if (command !== "report" && command !== "done" && command !== "snooze" && command !== "person" && command !== "review") return { command: "error", message: `unknown command '${command}'` };
  const spec = COMMANDS[command];
  const raw: Record<string, unknown> = { json: false, dryRun: false };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if ((spec.flags as readonly string[]).includes(name) && eq < 0) {
      raw[camel(name)] = true;
      continue;
    }
    if (!(spec.values as readonly string[]).includes(name)) return { command: "error", message: `unknown option '${arg}'` };
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value.startsWith("--")) return { command: "error", message: `${name} needs a value` };
    raw[camel(name)] = value;
  }
  if (raw.vault === undefined) return { command: "error", message: "--vault DIR is required" };
  if (command === "report" || command === "review") {
    if (positional.length > 0) return { command: "error", message: `unexpected argument '${positional[0] ?? ""}'` };
    if (command === "review") {
      const parsed = reviewOptions.safeParse(raw);
      if (!parsed.success) return { command: "error", message: parsed.error.issues.map((i) => i.message).join("; ") };
      const { vault, today, json, period } = parsed.data;
      return { command, options: { vault, today, json, period } };
    }
    const parsed = reportOptions.safeParse(raw);
    if (!parsed.success) return { command: "error", message: parsed.error.issues.map((i) => i.message).join("; ") };
    return { command: "report", options: { vault: parsed.data.vault, today: parsed.data.today, json: parsed.data.json } };
  }
  if (command === "person") {
    if (positional.length !== 1 || (positional[0] ?? "").trim() === "") {
      return { command: "error", message: positional.length > 1 ? `person shows one contact, got ${positional.length} (quote a name with spaces)` : "person needs the NAME or path of a contact" };
    }
    const parsed = reportOptions.safeParse(raw);
    if (!parsed.success) return { command: "error", message: parsed.error.issues.map((i) => i.message).join("; ") };
    return { command: "person", options: { vault: parsed.data.vault, today: parsed.data.today, json: parsed.data.json, name: positional[0] as string } };
  }
  if (positional.length !== 1) {
    return { command: "error", message: positional.length === 0 ? `${command} needs the NOTE to change` : `${command} changes one NOTE, got ${positional.length}` };
  }
  raw.note = positional[0];
  const parsed = writeOptions.safeParse(raw);
  if (!parsed.success) return { command: "error", message: parsed.error.issues.map((i) => i.message).join("; ") };
  const { days, ...options } = parsed.data;
  return { command, options: { ...options, ...(days === undefined ? {} : { days: Number(days) }) } };
}
