// Synthetic contact notes: every field alias of SPEC §1.1, every value form, and a few §7 mistakes.
import { Rng, dayToDate } from "./prng";
import { setLine } from "./frontmatter-lines";

const FIRST = ("Ada Alan Alice Amara Ana Andre Anika Arjun Ben Bianca Carlos Chen Chloe Daniel Dara Diego Elena Emeka Emma Eva " +
  "Farah Felix Fatima Gabriel Grace Hana Hugo Ines Isaac Ivan Jade James Jana Javier Jin Jonas Julia Kai Kara Kofi Lars " +
  "Layla Leo Lina Luca Maya Mateo Mei Mina Nadia Nia Noah Nora Olga Omar Oscar Paula Priya Rafael Rania Rosa Ruth Sam " +
  "Sara Sofia Tariq Tessa Theo Uma Victor Vera Wei Yara Yusuf Zoe Zara Aiko Bruno Cleo Dmitri Esme Finn Greta Hiro Iris " +
  "Joel Kenji Lea Milo Nils Ola Pia Quinn Rhea Soren Tao Ugo Vida Wren Xia Yuki Zane").split(" ");
const LAST = ("Abe Adams Ahmed Alvarez Andersen Bakker Banda Becker Bianchi Brown Chen Costa Cruz Dahl Diaz Dubois Eze Fischer " +
  "Flores Garcia Gomez Gupta Haddad Hansen Hoffmann Ito Jansen Jensen Kato Kaur Khan Kim Kowalski Kumar Larsen Lee Li " +
  "Lopez Martin Meyer Moreau Mueller Nakamura Nguyen Novak Okafor Olsen Park Patel Perez Petrov Rossi Ruiz Sato Schmidt " +
  "Silva Singh Smith Sousa Suzuki Tanaka Torres Van Dijk Vogel Wagner Wang Weber Wilson Wong Yamamoto Yilmaz Zhang Ziegler " +
  "Acosta Berg Castro Dietrich Engel Ferreira Gallo Horvat Ivanova Jovanovic Keller Lind Marino Nilsson Ortiz Pereira " +
  "Quint Romano Sandberg Toth Ueda Varga Walsh Xu Young Zielinski").split(" ");
const COMPANIES = ("Acme,Globex,Initech,Umbrella,Hooli,Stark,Wayne,Wonka,Tyrell,Cyberdyne,Soylent,Vandelay,Pied Piper," +
  "Aperture,Black Mesa,Gringotts,Monarch,Oscorp,Massive Dynamic,Nakatomi").split(",");
const SECTORS = ["marketing", "design", "engineering", "finance", "sales", "research", "product", "legal", "hr", "ops"];
const ROLES = ["Engineer", "Designer", "Product Manager", "VP Marketing", "Recruiter", "CTO", "Analyst", "Founder", "Director"];
const LEVELS = ["senior", "peer", "junior", "above", "manager", "same", "colleague", "below", "report", "Senior"];
const CADENCES = ["30d", "2 weeks", "3m", "quarterly", "monthly", "90", "6 months", "1y", "biweekly", "none", "60 days", "fortnightly"];

export interface GenContact {
  path: string;
  basename: string;
  /** A name that resolves to this contact and no other (basename or a unique display name). */
  plainName: string;
  status: string;
}

export interface ContactOptions {
  count: number;
  today: number;
  /** Share of notes carrying a deliberate mistake (SPEC §7). */
  problemRate: number;
}

function uniqueBasenames(rng: Rng, count: number): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  while (names.length < count) {
    let name = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
    if (seen.has(name.toLowerCase())) name = `${name} ${String.fromCharCode(65 + rng.int(0, 25))}.`;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${name.replace(/ \d+$/, "")} ${n}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

function folderFor(rng: Rng): { folder: string; typed: boolean } {
  return rng.weighted<{ folder: string; typed: boolean }>([
    [{ folder: "People", typed: false }, 70],
    [{ folder: `People/${rng.pick(["Work", "Friends", "Alumni"])}`, typed: false }, 20],
    // Outside the contact folder: a contact only by its `type` or `tags`.
    [{ folder: "Contacts", typed: true }, 10],
  ]);
}

const yamlText = (text: string): string => JSON.stringify(text);

/** One contact note; `lines` is the frontmatter, one `key: value` per entry. */
function contactNote(rng: Rng, basename: string, index: number, all: readonly GenContact[], opts: ContactOptions, typed: boolean): {
  text: string;
  status: string;
  plainName: string;
} {
  const lines: string[] = [];
  const [first = "", ...rest] = basename.split(" ");
  const last = rest.join(" ");
  if (typed) lines.push(rng.chance(0.5) ? "type: person" : "type: [contact]");
  let plainName = basename;
  if (rng.chance(0.25)) {
    const key = rng.weighted([["name", 6], ["full_name", 2], ["fullName", 1], ["Name", 1]]);
    const display = `${first} ${String.fromCharCode(65 + (index % 26))}. ${last}`;
    lines.push(`${key}: ${yamlText(display)}`);
  } else if (rng.chance(0.02)) {
    lines.push(`name:`, `  first: ${yamlText(first)}`, `  last: ${yamlText(last)}`);
  }
  if (rng.chance(0.2)) {
    const nick = `${first.slice(0, 3)}${index}`;
    lines.push(rng.chance(0.5) ? `aliases: [${yamlText(nick)}]` : `alias: ${yamlText(nick)}`);
    if (rng.chance(0.5)) plainName = nick;
  }
  const company = `${rng.pick(COMPANIES)}${rng.chance(0.5) ? " " + rng.pick(["Inc", "Labs", "Group", "GmbH"]) : ""}`;
  const companyKey = rng.weighted([["company", 6], ["organization", 1], ["organisation", 1], ["org", 1]]);
  lines.push(`${companyKey}: ${rng.chance(0.15) ? yamlText(`[[${company}]]`) : yamlText(company)}`);
  lines.push(`${rng.pick(["role", "title", "job_title", "position"])}: ${rng.pick(ROLES)}`);
  if (rng.chance(0.8)) lines.push(`level: ${rng.pick(LEVELS)}`);
  const sector = rng.pick(SECTORS);
  const tagForm = rng.int(0, 3);
  if (typed || tagForm === 0) lines.push(`tags: [${sector}, ${rng.pick(["contact", "person/mentor", "people", "alumni"])}]`);
  else if (tagForm === 1) lines.push(`tags: "#${sector}, #network"`);
  else if (tagForm === 2) lines.push(`tags:`, `  - ${sector}`, `  - person/${rng.pick(["mentor", "peer", "client"])}`);
  const metDay = opts.today - rng.int(30, 3650);
  if (rng.chance(0.7)) lines.push(`${rng.pick(["met", "first_met", "met_on"])}: ${dayToDate(metDay)}`);
  if (rng.chance(0.3)) lines.push(`met_at: ${yamlText(`[[${rng.pick(["WebSummit", "Meetup", "Conference", "University"])} ${2018 + rng.int(0, 7)}]]`)}`);
  const introducer = index > 0 && rng.chance(0.15) ? all[rng.int(0, index - 1)] : undefined;
  if (introducer) lines.push(`${rng.pick(["introduced_by", "via"])}: ${yamlText(`[[${introducer.basename}]]`)}`);
  if (rng.chance(0.45)) {
    const key = rng.weighted([["cadence", 5], ["keep_in_touch", 2], ["frequency", 1], ["prm-cadence", 1]]);
    lines.push(`${key}: ${rng.pick(CADENCES)}`);
  }
  if (rng.chance(0.2)) {
    const key = rng.pick(["last_contact", "last_contacted", "last_chat", "last contact", "prm-last-contacted"]);
    lines.push(`${key}: ${rng.chance(0.1) ? yamlText(`[[${dayToDate(opts.today - rng.int(1, 400))}]]`) : dayToDate(opts.today - rng.int(1, 400))}`);
  }
  if (rng.chance(0.03)) lines.push(`${rng.pick(["snooze_until", "prm-snooze-until"])}: ${dayToDate(opts.today + rng.int(-10, 40))}`);
  if (rng.chance(0.3)) lines.push(`purpose: ${yamlText(`Learn how ${company} hires in ${sector}`)}`);
  if (rng.chance(0.2)) lines.push(`offer: ${yamlText(`Intro to my ${sector} contacts`)}`);
  const status = rng.weighted([["active", 84], ["target", 6], ["prospect", 1], ["dormant", 5], ["inactive", 1], ["archived", 3]]);
  if (status !== "active" || rng.chance(0.3)) lines.push(`status: ${status}`);
  if (rng.chance(0.25)) {
    const m = String(rng.int(1, 12)).padStart(2, "0");
    const d = String(rng.int(1, 28)).padStart(2, "0");
    lines.push(`${rng.pick(["birthday", "bday", "birth_date"])}: ${rng.pick([`${rng.int(1960, 2000)}-${m}-${d}`, `"--${m}-${d}"`, `"${m}-${d}"`])}`);
  }
  if (rng.chance(0.6)) lines.push(`email: ${first.toLowerCase()}.${index}@example.com`);
  if (rng.chance(0.3)) lines.push(`phone: "+1 555 ${String(index).padStart(4, "0")}"`);
  if (rng.chance(0.3)) lines.push(`linkedin: https://www.linkedin.com/in/${first.toLowerCase()}-${index}`);
  if (rng.chance(opts.problemRate)) setLine(lines, contactMistake(rng));
  const body = `\n# ${basename}\n\nWorks at [[${company}]] on ${sector}. ${rng.chance(0.3) ? `Knows [[${introducer?.basename ?? "Nobody Known"}]].` : ""}\n\n## Notes\n- Likes talking about ${rng.pick(SECTORS)}.\n`;
  return { text: `---\n${lines.join("\n")}\n---\n${body}`, status, plainName };
}

/** The everyday mistakes of SPEC §7: impossible dates, words that are not durations, wrong types, broken YAML. */
function contactMistake(rng: Rng): string {
  return rng.pick([
    "last_contact: 2026-02-30",
    "met: soon",
    "first_met: 03/02/2026",
    "cadence: sometimes",
    "keep_in_touch: every now and then",
    "level: boss",
    "status: maybe",
    "snooze_until: tomorrow",
    "birthday: 13-45",
    "tags: 5",
    'company: "unterminated',
    "role: [broken: yaml",
  ]);
}

export function generateContacts(rng: Rng, opts: ContactOptions, files: Record<string, string>): GenContact[] {
  const contacts: GenContact[] = [];
  const basenames = uniqueBasenames(rng, opts.count);
  basenames.forEach((basename, index) => {
    const { folder, typed } = folderFor(rng);
    const path = `${folder}/${basename}.md`;
    const note = contactNote(rng, basename, index, contacts, opts, typed);
    files[path] = note.text;
    contacts.push({ path, basename, plainName: note.plainName, status: note.status });
  });
  return contacts;
}
