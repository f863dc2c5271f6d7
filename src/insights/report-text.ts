// The report as text, one entry a line, the same sections as the sidebar: what `network-goals report` and
// Obsidian's `network-goals` print. Lines hold note text as it is: the caller makes them safe for a terminal.
import type { Report } from "./report";
import { introducerWords } from "./people-to-meet";
import type { GoalProgress } from "./goal-progress";
import type { FollowUpRow } from "./follow-ups";
import { dayInWords, overdueInWords } from "./order";
import { SMART_LETTERS } from "./goal-smart";
import { plural } from "../model/words";

function heading(title: string, count: number): string {
  return `${title} (${count})`;
}

function followUpWhen(row: FollowUpRow): string {
  if (row.status === "overdue") return overdueInWords(row.days);
  if (row.status === "due") return "due today";
  return `in ${plural(row.days, "day")}`;
}

function goalLines(goal: GoalProgress, today: string): string[] {
  const lines = [`  ${goal.title} — ${goal.note}`];
  if (goal.status === "invalid" || goal.window === null || goal.count === null) {
    lines.push("    not counted: the goal is not complete enough to measure");
  } else {
    const window = `${dayInWords(goal.window.start, today)} – ${dayInWords(goal.window.end, today)}`;
    const streak = goal.streak === null ? "" : ` · streak ${goal.streak}`;
    lines.push(`    ${goal.metric}: ${goal.count} of ${goal.target} (${window}) · ${goal.status}${streak}`);
    if (goal.paceText) lines.push(`    pace: ${goal.paceText}`);
    if (goal.history.length > 0) {
      const periods = goal.history.map((h) => `${h.start}: ${h.count}${h.hit ? " ✓" : " ✗"}`);
      lines.push(`    history: ${periods.join(", ")}`);
    }
  }
  const letters = SMART_LETTERS.map(({ letter, short }) => (goal.smart[letter].ok ? short : `${short}✗`)).join(" ");
  lines.push(`    SMART: ${letters}`);
  for (const { letter, short } of SMART_LETTERS) {
    const { ok, reason } = goal.smart[letter];
    if (!ok && reason) lines.push(`      ${short}: ${reason}`);
  }
  return lines;
}

/** The report's lines; `names` gives a contact's name for a path. */
export function reportLines(report: Report, names: (path: string) => string): string[] {
  const { today } = report;
  const out: string[] = [
    `Network Goals — report for ${dayInWords(today, "")}`,
    `${plural(report.counts.contacts, "contact")} · ${plural(report.counts.interactions, "interaction")} · ${plural(report.counts.goals, "goal")}`,
  ];

  out.push("", heading("Follow-ups", report.followUps.length));
  if (report.followUps.length === 0) out.push("  No follow-ups due.");
  for (const row of report.followUps) {
    const who = row.contacts.length > 0 ? ` — ${row.contacts.map(names).join(", ")}` : "";
    out.push(`  ${followUpWhen(row).padEnd(18)} ${row.due}  ${row.note}${who}`);
  }

  out.push("", heading("Reconnect", report.reconnect.length));
  if (report.reconnect.length === 0) out.push("  Nobody to reconnect with today.");
  for (const row of report.reconnect) {
    const when =
      row.lastContact === null
        ? "no contact logged"
        : `last contact ${row.lastContact}, due ${row.due} · ${overdueInWords(row.daysOverdue ?? 0)}`;
    out.push(`  ${row.name} — ${when}  (${row.contact})`);
  }

  // As in the sidebar, birthdays are a section only while some are coming up.
  if (report.birthdays.length > 0) {
    out.push("", heading("Birthdays", report.birthdays.length));
    for (const row of report.birthdays) {
      const when = row.inDays === 0 ? "today" : `in ${plural(row.inDays, "day")}`;
      const turns = row.turns === null ? "" : ` · turns ${row.turns}`;
      out.push(`  ${row.name} — ${row.date}, ${when}${turns}  (${row.contact})`);
    }
  }

  out.push("", heading("People to meet", report.peopleToMeet.length));
  for (const person of report.peopleToMeet) {
    out.push(`  ${person.name}  (${person.contact})`);
    if (person.purpose !== null) out.push(`    purpose: ${person.purpose}`);
    for (const i of person.introducers) out.push(`    could introduce you: ${i.name} — ${introducerWords(i)}${i.reason === "mentioned" && i.via !== null ? ` ${i.via}` : ""}`);
  }

  out.push("", heading("Goals", report.goals.length));
  for (const goal of report.goals) out.push(...goalLines(goal, today));

  out.push("", heading("Problems", report.problems.length));
  if (report.problems.length === 0) out.push("  None: every note reads cleanly.");
  for (const problem of report.problems) out.push(`  ${problem.note} · ${problem.field}: ${problem.message}`);
  return out;
}
