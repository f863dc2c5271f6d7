// `network-goals person NAME`: one contact's page (SPEC §3.7), found as an attendee is (SPEC §2.3).
import type { NetworkIndex } from "../index/network-index";
import type { PersonInteraction, PersonPage } from "../insights/person-page";
import { cadenceInWords, personLine, personPage, personToJson, untrackedInWords } from "../insights/person-page";
import { dayInWords } from "../insights/order";
import type { Settings } from "../model/settings";
import type { LocalDate } from "../model/types";
import { nameKey } from "../parse/keys";
import { terminalText } from "../io/terminal";

/** The contact NAME means: a path (with or without `.md`) first, then as an attendee reference resolves. */
export function findPerson(index: NetworkIndex, name: string): { path: string } | { candidates: string[]; ambiguous: boolean } {
  const trimmed = name.trim();
  for (const path of [trimmed, `${trimmed}.md`]) if (index.contact(path) !== undefined) return { path };
  const found = index.resolveContact(trimmed);
  if (found.kind === "found") return { path: found.path };
  if (found.kind === "ambiguous") return { candidates: found.paths, ambiguous: true };
  // Unknown: the contacts whose name or file name contains what was typed, as a hint.
  const key = nameKey(trimmed);
  const candidates = [...index.contacts()]
    .filter((c) => nameKey(c.name).includes(key) || nameKey(c.basename).includes(key))
    .map((c) => c.path)
    .sort()
    .slice(0, 10);
  return { candidates, ambiguous: false };
}

export function runPerson(
  index: NetworkIndex,
  name: string,
  today: LocalDate,
  settings: Settings,
  json: boolean,
  out: (text: string) => void,
  err: (text: string) => void,
): number {
  const found = findPerson(index, name);
  if (!("path" in found)) {
    const list = found.candidates.map((path) => `  ${path}`).join("\n");
    if (found.ambiguous) err(`network-goals: '${name}' matches several contacts; give one of their paths:\n${list}`);
    else err(`network-goals: no contact is called '${name}'${found.candidates.length > 0 ? `; did you mean one of these?\n${list}` : ""}`);
    return 2;
  }
  const page = personPage(index, found.path, today, settings) as PersonPage;
  out(json ? JSON.stringify(personToJson(page), null, 2) : formatPerson(page));
  return 0;
}

function interactionLines(i: PersonInteraction, today: LocalDate): string[] {
  const lines = [`  ${i.date === null ? "no date" : dayInWords(i.date, today)} · ${i.kind} · ${i.note}`];
  for (const [label, items] of [["gave", i.gave], ["asked", i.asked], ["learned", i.learned]] as const) {
    for (const item of items) lines.push(`    ${label}: ${item}`);
  }
  return lines;
}

/** The page as text for a terminal: each line one entry, whatever a note put in it. */
export function formatPerson(page: PersonPage): string {
  const { today } = page;
  const out: string[] = [page.name, `  ${page.contact}`];
  const who = personLine(page);
  out.push(`  status: ${page.status}${who === "" ? "" : ` · ${who}`}`);
  if (page.purpose !== null) out.push(`  purpose: ${page.purpose}`);
  if (page.offer !== null) out.push(`  offer: ${page.offer}`);
  out.push(`  last contact: ${page.lastContact === null ? "none logged" : dayInWords(page.lastContact, today)}`);
  if (page.tracked && page.trackedCadence !== null) {
    const due = page.due === null ? "no contact logged" : `due ${dayInWords(page.due, today)}${page.daysOverdue === null ? "" : page.daysOverdue === 0 ? " (today)" : ` (${page.daysOverdue} days overdue)`}`;
    out.push(`  keep in touch every ${cadenceInWords(page.trackedCadence)}: ${due}`);
  } else {
    out.push(`  not on the reconnect list: ${untrackedInWords(page)}`);
  }
  if (page.snoozedUntil !== null) out.push(`  snoozed until ${dayInWords(page.snoozedUntil, today)}`);
  if (page.birthday !== null) out.push(`  birthday: ${dayInWords(page.birthday.date, today)}${page.birthday.turns === null ? "" : ` (turns ${page.birthday.turns})`}`);
  if (page.introducedBy !== null) out.push(`  introduced by ${page.introducedBy.name}`);
  if (page.introduced.length > 0) out.push(`  introduced: ${page.introduced.map((p) => p.name).join(", ")}`);
  out.push("", `Follow-ups (${page.followUps.length})`);
  for (const f of page.followUps) out.push(`  ${f.status} ${f.due}  ${f.note}`);
  out.push("", `Interactions (${page.interactions.length}) · gave ${page.giving.gave}, asked ${page.giving.asked}`);
  for (const i of page.interactions) out.push(...interactionLines(i, today));
  if (page.scheduled.length > 0) {
    out.push("", `Scheduled (${page.scheduled.length})`);
    for (const i of page.scheduled) out.push(...interactionLines(i, today));
  }
  return terminalText(out);
}
