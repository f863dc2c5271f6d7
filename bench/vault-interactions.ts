// Synthetic interaction notes over five years: every attendee link form of SPEC §2.3, kinds, follow-ups, gave/asked.
import { Rng, dayToDate } from "./prng";
import type { GenContact } from "./vault-contacts";
import { setLine } from "./frontmatter-lines";

const KINDS: readonly (readonly [string, number])[] = [
  ["meeting", 20], ["coffee", 20], ["call", 20], ["event", 8], ["informational-interview", 4],
  ["Informational Interview", 2], ["email", 8], ["message", 8], ["intro", 4], ["lunch", 3], ["", 3],
];
const GIFTS = ["an intro to a recruiter", "my notes on pricing", "feedback on the deck", "a book", "a referral"];
const ASKS = ["advice on the move to product", "an intro to their VP", "a reference", "salary ranges"];

export interface InteractionOptions {
  count: number;
  today: number;
  /** Days of history before today. */
  span: number;
  problemRate: number;
}

/** One attendee reference, in one of the forms users write (SPEC §2.3). Returns YAML-ready text. */
function reference(rng: Rng, c: GenContact): string {
  const noExt = c.path.replace(/\.md$/, "");
  switch (rng.int(0, 7)) {
    case 0: return JSON.stringify(`[[${c.basename}]]`);
    case 1: return JSON.stringify(`[[${noExt}]]`);
    case 2: return JSON.stringify(`[[${c.basename}|${c.basename.split(" ")[0]}]]`);
    case 3: return JSON.stringify(`[[${c.basename}#Notes]]`);
    case 4: return JSON.stringify(`[[${c.basename}.md]]`);
    case 5: return JSON.stringify(`[${c.basename.split(" ")[0]}](${encodeURI(c.path)})`);
    default: return JSON.stringify(c.plainName);
  }
}

/** The attendee lines: a list, one value, an unquoted `[[link]]` (a nested YAML list), comma text, or two merged fields. */
function attendeeLines(rng: Rng, people: GenContact[]): string[] {
  const field = rng.weighted([["with", 10], ["attendees", 3], ["participants", 2], ["people", 2], ["person", 1], ["contacts", 1]]);
  const first = people[0];
  if (people.length === 1 && first) {
    if (rng.chance(0.2)) return [`${field}: [[${first.basename}]]`];
    return [`${field}: ${reference(rng, first)}`];
  }
  const form = rng.int(0, 3);
  if (form === 0) return [`${field}: ${JSON.stringify(people.map((p) => `[[${p.basename}]]`).join(", "))}`];
  if (form === 1 && people.length >= 2) {
    const [head, ...tail] = people;
    const other = field === "with" ? "attendees" : "with";
    return [`${field}: ${head ? reference(rng, head) : '""'}`, `${other}:`, ...tail.map((p) => `  - ${reference(rng, p)}`)];
  }
  return [`${field}:`, ...people.map((p) => `  - ${reference(rng, p)}`)];
}

function pickPeople(rng: Rng, contacts: readonly GenContact[]): GenContact[] {
  const n = rng.weighted([[1, 70], [2, 20], [3, 7], [5, 3]]);
  const chosen: GenContact[] = [];
  for (let tries = 0; chosen.length < n && tries < 20; tries++) {
    const c = contacts[rng.skewed(contacts.length)];
    if (!c || chosen.includes(c)) continue;
    if (c.status === "target" && rng.chance(0.9)) continue;
    chosen.push(c);
  }
  return chosen;
}

function dateLine(rng: Rng, date: string): string | null {
  const key = rng.weighted([["date", 12], ["day", 1], ["start_date", 1], ["when", 1]]);
  const form = rng.int(0, 19);
  if (form === 0) return null; // only the file name says the date
  if (form === 1) return `${key}: ${date}T${String(rng.int(8, 18)).padStart(2, "0")}:30`;
  if (form === 2) return `${key}: "${date} 14:30"`;
  if (form === 3) return `${key}: "[[${date}]]"`;
  return `${key}: ${date}`;
}

function followUpLines(rng: Rng, day: number, today: number): string[] {
  if (!rng.chance(0.3)) return [];
  const due = day + rng.int(2, 21);
  const lines = [`${rng.weighted([["follow_up", 6], ["follow-up", 1], ["followup", 1], ["follow_up_by", 1]])}: ${dayToDate(due)}`];
  // Old promises are mostly kept; recent ones are mostly still open.
  const done = due < today - 60 ? rng.chance(0.97) : rng.chance(0.4);
  if (done) {
    const doneKey = rng.chance(0.8) ? "follow_up_done" : "followed_up";
    lines.push(`${doneKey}: ${rng.chance(0.5) ? "true" : dayToDate(Math.min(today, due + rng.int(-2, 5)))}`);
  } else if (rng.chance(0.5)) {
    lines.push("follow_up_done: false");
  }
  return lines;
}

function textOrList(rng: Rng, key: string, pool: readonly string[]): string[] {
  if (rng.chance(0.5)) return [`${key}: ${JSON.stringify(rng.pick(pool))}`];
  return [`${key}:`, `  - ${JSON.stringify(rng.pick(pool))}`, `  - ${JSON.stringify(rng.pick(pool))}`];
}

function interactionMistake(rng: Rng): string {
  return rng.pick([
    "date: 2025-02-30",
    "date: next tuesday",
    'with: "[[Nobody Known]]"',
    "attendees: [Totally Unknown Person]",
    "follow_up: soonish",
    "follow_up_done: perhaps",
    "with: [[Broken: yaml",
    "kind: [unclosed",
  ]);
}

export function generateInteractions(rng: Rng, contacts: readonly GenContact[], opts: InteractionOptions, files: Record<string, string>): void {
  for (let i = 0; i < opts.count; i++) {
    // Spread evenly over the span, a few scheduled after today.
    const day = opts.today - Math.floor(((opts.count - 1 - i) / opts.count) * opts.span) + (rng.chance(0.01) ? rng.int(1, 40) : 0);
    const date = dayToDate(day);
    const people = pickPeople(rng, contacts);
    const kind = rng.weighted(KINDS);
    const lead = people[0]?.basename ?? "someone";
    let path = `Meetings/${date.slice(0, 4)}/${date} ${kind || "note"} with ${lead}.md`;
    for (let n = 2; path in files; n++) path = `Meetings/${date.slice(0, 4)}/${date} ${kind || "note"} with ${lead} ${n}.md`;
    const lines: string[] = [];
    if (rng.chance(0.1)) lines.push(rng.chance(0.5) ? "type: meeting" : "tags: [interaction, work]");
    const dl = dateLine(rng, date);
    if (dl) lines.push(dl);
    const fromBody = rng.chance(0.05);
    if (!fromBody) lines.push(...attendeeLines(rng, people));
    if (kind) lines.push(`kind: ${JSON.stringify(kind)}`);
    lines.push(...followUpLines(rng, day, opts.today));
    if (rng.chance(0.25)) lines.push(...textOrList(rng, rng.pick(["gave", "given", "offered"]), GIFTS));
    if (rng.chance(0.2)) lines.push(...textOrList(rng, rng.pick(["asked", "requested"]), ASKS));
    if (rng.chance(0.2)) lines.push(...textOrList(rng, rng.pick(["learned", "takeaways"]), ["they hire in Q3", "budget is tight"]));
    if (rng.chance(opts.problemRate)) setLine(lines, interactionMistake(rng));
    const bodyLinks = fromBody ? people.map((p) => `[[${p.basename}]]`).join(" and ") : `[[${lead}]]`;
    const body = `\n## ${kind || "Note"} on ${date}\n\nTalked with ${bodyLinks} about [[Project ${rng.int(1, 40)}]].\n\n- Next: send the deck\n- They mentioned #${rng.pick(["hiring", "funding", "conference"])}\n`;
    files[path] = lines.length > 0 || rng.chance(0.5) ? `---\n${lines.join("\n")}\n---\n${body}` : body;
  }
}
