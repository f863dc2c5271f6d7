// Vaults built to hurt the plugin, one per class of failure (issue 14), each with a known-good contact and meeting
// that must still count. The big ones are built here at test time, never committed.

/** A file's content: text, or bytes (encodings no text editor here would keep). */
export type FileContent = string | Uint8Array;

/** A problem the report must hold: the note and the field, and optionally words in the message. */
export interface ExpectedProblem {
  note: string;
  field: string;
  says?: string;
}

export interface HostileVault {
  files: Record<string, FileContent>;
  problems: ExpectedProblem[];
  /** Only for the CLI: the case is about reading files from disk, which Obsidian does for the plugin. */
  cliOnly?: boolean;
  /**
   * Files left out of the plugin's run: the fake host's own Markdown reader (standing in for Obsidian's metadata
   * cache, which Obsidian builds) takes seconds on them; the plugin's reader of the same text is the CLI's.
   */
  notInFakeHost?: string[];
}

/** "Today" for every hostile vault. */
export const TODAY = "2026-02-01";

/** Names every JavaScript object has (Object.prototype's own names), for fields that hold a word. */
export const PROTOTYPE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype);

/**
 * The known-good notes: Good Person is overdue to reconnect (cadence 30d, last contact 2025-12-01) and the
 * meeting with them has an open follow-up, overdue since 2026-01-15. Both must show whatever else the vault holds.
 */
export const GOOD_CONTACT = "People/Good Person.md";
export const GOOD_MEETING = "Meetings/2025-11-20 Coffee with Good Person.md";
function good(): Record<string, string> {
  return {
    [GOOD_CONTACT]: "---\ntype: contact\ncadence: 30d\nlast_contact: 2025-12-01\n---\nA friend.\n",
    [GOOD_MEETING]: '---\ntype: meeting\nwith: "[[Good Person]]"\nfollow_up: 2026-01-15\n---\n',
  };
}

const fm = (lines: string): string => `---\n${lines}\n---\n`;

/** Words looked up in a table: each value from Object.prototype's names is an unknown word, a problem. */
function prototypeNames(): HostileVault {
  const files: Record<string, FileContent> = good();
  const problems: ExpectedProblem[] = [];
  PROTOTYPE_NAMES.forEach((word, i) => {
    const contact = `People/Proto ${i}.md`;
    files[contact] = fm(`type: contact\ncadence: "${word}"\nstatus: "${word}"\nlevel: "${word}"`);
    problems.push({ note: contact, field: "cadence", says: word }, { note: contact, field: "status", says: word }, { note: contact, field: "level", says: word });
    const unit = `People/Proto unit ${i}.md`;
    files[unit] = fm(`type: contact\ncadence: "2 ${word}"`);
    problems.push({ note: unit, field: "cadence", says: word });
    const meeting = `Meetings/2026-01-1${i % 10} Proto ${i}.md`;
    files[meeting] = fm(`type: meeting\nkind: "${word}"\nwith: "${word}"\nfollow_up: 2026-01-20\nfollow_up_done: "${word}"`);
    problems.push({ note: meeting, field: "follow_up_done", says: word }, { note: meeting, field: "with", says: word });
    const journal = `Journal/Proto ${i}.md`;
    files[journal] =
      "```network-goal\n" + `metric: "${word}"\ntarget: 3\nperiod: "${word}"\nlevel: "${word}"\n` + "```\n" +
      "```network-goal\n" + `metric: people-met\ntarget: 3\nperiod: quarter\nlevel: "${word}"\n` + "```\n";
    problems.push({ note: journal, field: "metric", says: word }, { note: journal, field: "period", says: word }, { note: journal, field: "level", says: word });
  });
  files[".obsidian/plugins/network-goals/data.json"] = JSON.stringify({ defaultCadence: "constructor" });
  problems.push({ note: ".obsidian/plugins/network-goals/data.json", field: "defaultCadence", says: "constructor" });
  return { files, problems };
}

/** Dates outside the range the engine reads, and goals and reviews that used to loop on them. */
function farDates(): HostileVault {
  const files: Record<string, FileContent> = good();
  const problems: ExpectedProblem[] = [];
  ["10000-01-01", "99999-12-31", "0999-12-31", "0050-06-01", "0001-01-01", "9999-12-31"].forEach((date, i) => {
    const contact = `People/Far ${i}.md`;
    files[contact] = fm(`type: contact\nmet: ${date}\nlast_contact: ${date}\nbirthday: ${date}\ncadence: 1000000000d`);
    problems.push({ note: contact, field: "met" }, { note: contact, field: "last_contact" }, { note: contact, field: "birthday" }, { note: contact, field: "cadence" });
    const meeting = `Meetings/Far ${i}.md`;
    files[meeting] = fm(`type: meeting\ndate: ${date}\nwith: "[[Good Person]]"\nfollow_up: ${date}`);
    problems.push({ note: meeting, field: "date" }, { note: meeting, field: "follow_up" });
    const journal = `Journal/Far ${i}.md`;
    files[journal] =
      "```network-goal\n" + `metric: people-met\ntarget: 2\nperiod: year\nstart: ${date}\n` + "```\n" +
      "```network-goal\n" + `metric: people-met\ntarget: 2\ndue: ${date}\n` + "```\n" +
      "```network-review\n" + `period: ${date.slice(0, -6)}-Q4\n` + "```\n";
    problems.push({ note: journal, field: "start" }, { note: journal, field: "due" });
  });
  // The last years the engine reads, next to a yearly goal: the review of that quarter must return.
  files["Journal/Last year.md"] =
    "```network-goal\nmetric: people-met\ntarget: 2\nperiod: year\nstart: 9899-01-01\n```\n```network-review\nperiod: 9899-Q4\n```\n";
  files[".obsidian/plugins/network-goals/data.json"] = JSON.stringify({ upcomingDays: 1e9, snoozeDays: 1e9 });
  return { files, problems };
}

/** Work that grew with the square of the input: long lists, long lines, many links. */
function bigInputs(): HostileVault {
  const files: Record<string, FileContent> = good();
  const tags = Array.from({ length: 100_000 }, (_, i) => `t${i}`);
  files["People/Many tags.md"] = fm(`type: contact\ntags: [${tags.join(", ")}]`);
  files["People/Many tags text.md"] = fm(`type: contact\ntags: "${tags.join(", ")}"`);
  const attendees = Array.from({ length: 150_000 }, (_, i) => `"[[P${i}]]"`);
  files["Meetings/2026-01-05 Everyone.md"] = fm(`type: meeting\nwith: [${attendees.join(", ")}]`);
  files["Meetings/2026-01-06 Brackets.md"] = `${fm("type: meeting")}${"[[".repeat(60_000)}\n${"[a](".repeat(30_000)}\n${"![[".repeat(40_000)}\n`;
  files["Meetings/2026-01-07 Links.md"] = `${fm("type: meeting")}${Array.from({ length: 100_000 }, (_, i) => `[[P${i}]]`).join(" ")}\n`;
  files["Journal/Many goals.md"] = "```network-goal\nmetric: people-met\ntarget: 2\nperiod: month\n```\n".repeat(20_000);
  return {
    files,
    notInFakeHost: ["Meetings/2026-01-06 Brackets.md", "Journal/Many goals.md"],
    problems: [
      { note: "People/Many tags.md", field: "tags", says: "only the first 1,000" },
      { note: "People/Many tags text.md", field: "tags", says: "only the first 1,000" },
      { note: "Meetings/2026-01-05 Everyone.md", field: "with", says: "only the first 1,000" },
      { note: "Journal/Many goals.md", field: "goal", says: "only the first 100" },
    ],
  };
}

/** Files that cannot be read as notes: a note over the size limit, UTF-16, CR-only lines, an unclosed block, a BOM. */
function awkwardFiles(): HostileVault {
  const files: Record<string, FileContent> = good();
  const utf16 = (text: string, bom: number[]): Uint8Array => Uint8Array.from([...bom, ...Buffer.from(text, "utf16le")]);
  files["People/Huge.md"] = `${fm("type: contact")}${"x".repeat(5 * 1024 * 1024)}`;
  files["People/Wide.md"] = utf16(fm("type: contact"), [0xff, 0xfe]);
  files["People/Binary.md"] = Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]);
  files["People/Old Mac.md"] = "---\rtype: contact\rcadence: 7d\r---\rSee [[Good Person]]\r";
  files["Meetings/2026-01-13 Unclosed.md"] = '---\ntype: meeting\nwith: "[[Nobody]]"\n\nNotes without a closing line.\n';
  // Read as Obsidian reads it: the mark is not part of the text, so this contact is overdue too.
  files["People/Bom.md"] = "\uFEFF---\ntype: contact\ncadence: 7d\nlast_contact: 2026-01-01\n---\n";
  return {
    cliOnly: true,
    files,
    problems: [
      { note: "People/Huge.md", field: "file", says: "larger than 4 MB" },
      { note: "People/Wide.md", field: "file", says: "UTF-16" },
      { note: "People/Binary.md", field: "file", says: "NUL" },
      { note: "People/Old Mac.md", field: "file", says: "lone CR" },
      { note: "Meetings/2026-01-13 Unclosed.md", field: "file", says: "never closed" },
    ],
  };
}

/** Text that must stay in its place: escape sequences, newlines and bidi controls in names, script in a file name. */
function escapingText(): HostileVault {
  const files: Record<string, FileContent> = good();
  files["People/Terminal.md"] = fm('type: contact\nname: "\\e[2J\\e]0;pwned\\a\\e[31mEvil\\nFake line\\u202Eexe.md"\ncadence: 1d\nlast_contact: 2026-01-01');
  files["People/javascript:alert(1).md"] = fm("type: contact\ncadence: 1d\nlast_contact: 2026-01-01");
  files["Meetings/2026-01-14 javascript:alert(2).md"] = fm('type: meeting\nwith: "[[javascript:alert(1)]]"\nfollow_up: 2026-01-20');
  return { files, problems: [] };
}

/** Ordinary notes the engine used to misread (issue 14's five places and the rules SPEC now pins). */
function ordinaryNotes(): HostileVault {
  const files: Record<string, FileContent> = good();
  files["People/Jane Doe (UX-UI).md"] = fm('type: contact\nname: "Jane Doe (UX/UI)"\naliases: ["Jane/UX"]');
  files["People/Bob Li.md"] = fm("type: contact");
  files["Meetings/2026-01-12 Call.md"] = fm('type: call\nwith: ["Jane Doe (UX/UI)", "Jane/UX", "[Bob](../People/Bob%20Li.md)"]');
  files["Meetings/2026-01-13 One on one.md"] = fm('type: 1on1\nwith: "[[Bob Li]]"\nkind: "Informational   Interview"');
  files["Journal/Goals.md"] =
    "```network-goal\ntitle: Misspelt level\nmetric: people-met\ntarget: 2\nperiod: quarter\nlevel: seniro\n```\n" +
    "```network-goal\ntitle: Bad start\nmetric: people-met\ntarget: 2\nperiod: quarter\nstart: 2026-13-01\n```\n";
  return {
    files,
    problems: [
      { note: "Journal/Goals.md", field: "level", says: "seniro" },
      { note: "Journal/Goals.md", field: "start", says: "2026-13-01" },
    ],
  };
}

export const HOSTILE_VAULTS: Record<string, () => HostileVault> = {
  "names JavaScript objects already have": prototypeNames,
  "dates outside the range": farDates,
  "inputs that used to take quadratic time": bigInputs,
  "files that cannot be read as notes": awkwardFiles,
  "text that must stay in its place": escapingText,
  "ordinary notes once misread": ordinaryNotes,
};
