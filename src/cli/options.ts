// Command-line options for `network-goals`: parsed by hand, validated with zod, errors in words.
import * as z from "zod/mini";
import { DATE_RANGE, parseLocalDate } from "../model/calendar";

export const USAGE = `Usage: network-goals report --vault DIR [--today YYYY-MM-DD] [--json]

Reads the Markdown notes of an Obsidian vault and prints your open follow-ups, who to
reconnect with, people to meet, every networking goal with its progress, and the problems
found in your notes.

Options:
  --vault DIR          the vault folder (required)
  --today YYYY-MM-DD   compute as if today were this date (default: today, local time)
  --json               print one JSON object instead of the text report
  -h, --help           show this help

Settings come from DIR/.obsidian/plugins/network-goals/data.json when present.
Exit codes: 0 success, 1 the vault cannot be read, 2 usage error.`;

const reportOptions = z.object({
  vault: z.string().check(z.minLength(1, "--vault needs a folder")),
  today: z.optional(
    z.string().check(z.refine((s) => parseLocalDate(s) !== null, `--today must be a real date written YYYY-MM-DD, in the years ${DATE_RANGE.first} to ${DATE_RANGE.last}`)),
  ),
  json: z.boolean(),
});
export type ReportOptions = z.infer<typeof reportOptions>;

export type Command = { command: "help" } | { command: "report"; options: ReportOptions } | { command: "error"; message: string };

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { command: "help" };
  const [command, ...rest] = argv;
  if (command !== "report") return { command: "error", message: `unknown command '${command}'` };
  const raw: Record<string, unknown> = { json: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === "--json") {
      raw.json = true;
      continue;
    }
    if (name !== "--vault" && name !== "--today") return { command: "error", message: `unknown option '${arg}'` };
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value.startsWith("--")) return { command: "error", message: `${name} needs a value` };
    raw[name.slice(2)] = value;
  }
  if (raw.vault === undefined) return { command: "error", message: "--vault DIR is required" };
  const parsed = reportOptions.safeParse(raw);
  if (!parsed.success) return { command: "error", message: parsed.error.issues.map((i) => i.message).join("; ") };
  return { command: "report", options: parsed.data };
}
