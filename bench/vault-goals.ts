// Synthetic journal notes holding `network-goal` blocks (SPEC §1.3): metrics, periods, filters, and broken goals.
import { Rng, dayToDate } from "./prng";

const METRICS: readonly (readonly [string, number])[] = [
  ["people-met", 6], ["people", 1], ["interactions", 4], ["meetings", 2], ["events", 3], ["contacts-added", 3],
  ["new-contacts", 1], ["connections", 1], ["follow-ups-done", 3], ["given", 2], ["gives", 1],
];
const SECTORS = ["marketing", "design", "engineering", "finance", "sales"];

export interface GoalOptions {
  count: number;
  today: number;
  problemRate: number;
}

function goalBlock(rng: Rng, today: number, broken: boolean): string {
  const lines: string[] = [];
  if (rng.chance(0.5)) lines.push(`title: ${JSON.stringify(`Grow my ${rng.pick(SECTORS)} network`)}`);
  const metric = rng.weighted(METRICS);
  lines.push(`metric: ${metric}`);
  const target = metric === "contacts-added" && rng.chance(0.2) ? 50 : rng.int(1, 12);
  lines.push(`target: ${target}`);
  if (rng.chance(0.8)) {
    lines.push(`period: ${rng.weighted([["week", 2], ["month", 4], ["quarter", 3], ["year", 1]])}`);
    if (rng.chance(0.3)) lines.push(`start: ${dayToDate(today - rng.int(30, 700))}`);
    if (rng.chance(0.15)) lines.push(`end: ${dayToDate(today + rng.int(-100, 300))}`);
  } else {
    lines.push(`due: ${dayToDate(today + rng.int(-60, 200))}`);
  }
  if (rng.chance(0.25)) lines.push(`kind: ${rng.pick(["coffee", "[coffee, call]", "Informational Interview", "event"])}`);
  if (rng.chance(0.2)) lines.push(`tag: ${rng.pick(SECTORS)}`);
  if (rng.chance(0.15)) lines.push(`level: ${rng.pick(["senior", "peer", "junior"])}`);
  if (rng.chance(0.1)) lines.push(`company: ${rng.pick(["Acme", "Globex", "Initech"])}`);
  if (rng.chance(0.6)) lines.push(`why: ${JSON.stringify("Move into brand leadership by 2029")}`);
  if (broken) {
    lines.push(
      rng.pick(["metric: coffees", "target: five", "target: 0", "period: fortnight", "start: 2026-13-01", "title: [oops", "  bad: indentation"]),
    );
  }
  return ["```network-goal", ...lines, "```"].join("\n");
}

export function generateGoals(rng: Rng, opts: GoalOptions, files: Record<string, string>): void {
  let made = 0;
  for (let n = 0; made < opts.count; n++) {
    const day = opts.today - Math.floor((n * 7) % 730) - rng.int(0, 6);
    const date = dayToDate(day);
    let path = `Journal/${date}.md`;
    for (let k = 2; path in files; k++) path = `Journal/${date} (${k}).md`;
    const blocks = Math.min(opts.count - made, rng.weighted([[1, 3], [2, 1]]));
    const parts: string[] = [];
    for (let b = 0; b < blocks; b++) {
      parts.push(`Goal ${b + 1}: this is what I want from my network this season.\n\n${goalBlock(rng, opts.today, rng.chance(opts.problemRate))}\n`);
    }
    made += blocks;
    const frontmatter = rng.chance(0.5) ? `---\ndate: ${date}\ntags: [journal]\n---\n` : "";
    files[path] = `${frontmatter}# ${date}\n\nMet a few people at the [[Meetup ${date.slice(0, 7)}]].\n\n${parts.join("\n")}`;
  }
}
