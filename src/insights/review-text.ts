// A review as text, one entry a line (SPEC §3.5): what `network-goals review --period P` prints.
// Lines hold note text as it is: the caller makes them safe for a terminal.
import { METRICS } from "../model/metrics";
import type { Review, ReviewGoalPeriod } from "./review";
import { changeInWords } from "./review";
import { plural } from "../model/words";

function goal(g: ReviewGoalPeriod): string {
  return `  ${g.title} — ${g.count} of ${g.target} (${g.start} – ${g.end})  (${g.note})`;
}

export function reviewLines(review: Review): string[] {
  const { window, previous } = review;
  const out = [
    `Network Goals — review of ${review.label}, ${window.start} – ${window.end}${review.partial ? ` (so far, up to ${review.today})` : ""}`,
    "",
    `In numbers (before: ${previous.start} – ${previous.end})`,
  ];
  for (const m of METRICS) {
    const n = review.metrics[m.name];
    out.push(`  ${`${m.label}:`.padEnd(40)}${String(n.count).padStart(4)}  (before ${n.previous}, ${changeInWords(n)})`);
  }
  out.push("", `New contacts (${review.newContacts.length})`);
  for (const c of review.newContacts) {
    const met = c.metAt === null ? "" : ` · met at ${c.metAt}`;
    const by = c.introducedBy === null ? "" : ` · introduced by ${c.introducedBy.name}`;
    out.push(`  ${c.name} — ${c.date}${met}${by}  (${c.contact})`);
  }
  out.push("", "Seen most");
  if (review.seenMost.length === 0) out.push("  No one seen in this period.");
  for (const p of review.seenMost) out.push(`  ${p.name} — ${plural(p.count, "interaction")}  (${p.contact})`);
  out.push("", "By kind");
  if (review.byKind.length === 0) out.push("  No interactions in this period.");
  for (const k of review.byKind) out.push(`  ${k.kind}: ${k.count}`);
  out.push("", "Interactions per week", ...review.perWeek.map((w) => `  week of ${w.start}: ${w.count}`));
  const { giving, followUps } = review;
  out.push("", `Given and asked: gave ${giving.gave} · asked for ${giving.asked}`);
  for (const note of giving.notes) out.push(`  ${note}`);
  out.push("", `Follow-ups: ${followUps.done} done · ${followUps.missed} missed`);
  for (const note of followUps.missedNotes) out.push(`  missed: ${note}`);
  out.push("", `Goals hit (${review.goals.hit.length})`, ...review.goals.hit.map(goal));
  out.push("", `Goals missed (${review.goals.missed.length})`, ...review.goals.missed.map(goal));
  const l = review.byLevel;
  out.push("", `People met by level: senior ${l.senior} · peer ${l.peer} · junior ${l.junior} · not set ${l.unknown}`);
  out.push("", "People met by company");
  if (review.byCompany.length === 0) out.push("  No one met in this period.");
  for (const c of review.byCompany) out.push(`  ${c.company ?? "No company"}: ${c.count}`);
  for (const w of review.warnings) out.push(`  Note: ${w}`);
  out.push("", `Drifted past their cadence (${review.drifted.length})`);
  for (const r of review.drifted) {
    out.push(`  ${r.name} — last contact ${r.lastContact ?? ""}, due ${r.due ?? ""} · ${plural(r.daysOverdue ?? 0, "day")} overdue  (${r.contact})`);
  }
  return out;
}
