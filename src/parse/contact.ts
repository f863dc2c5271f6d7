// Reading a contact note's frontmatter into a Contact (SPEC §1.1), one problem per unreadable field.
import type { Contact, ContactStatus, Level } from "../model/types";
import { readBirthday, readDate } from "./dates";
import { readCadence } from "./durations";
import type { Field, Frontmatter, Read } from "./fields";
import { asRecord, dropUndefined, fail, ok, pickField, readText } from "./fields";
import { linkTarget, readFreeText, readReferenceList, readTextList } from "./links";
import type { ProblemLog } from "./problems";

const LEVELS: Record<string, Level> = {
  senior: "senior", above: "senior", manager: "senior",
  peer: "peer", same: "peer", colleague: "peer",
  junior: "junior", below: "junior", report: "junior",
};

const STATUSES: Record<string, ContactStatus> = {
  active: "active", target: "target", prospect: "target",
  dormant: "dormant", inactive: "dormant", archived: "archived",
};

/** A level word or one of its synonyms, any case. Also used for goal filters. */
export function readLevel(value: unknown): Read<Level> {
  const text = readText(value);
  if (!text.ok) return text;
  const level = LEVELS[text.value.toLowerCase()];
  return level
    ? ok(level)
    : fail(`'${text.value}' is not senior, peer or junior (also above/manager, same/colleague, below/report)`);
}

function readStatus(value: unknown): Read<ContactStatus> {
  const text = readText(value);
  if (!text.ok) return text;
  const status = STATUSES[text.value.toLowerCase()];
  return status ? ok(status) : fail(`'${text.value}' is not active, target, dormant or archived`);
}

/** A name: text, or `{first, last}` (and `middle`) joined with spaces. */
function readName(value: unknown): Read<string> {
  const record = asRecord(value);
  if (!record) return readText(value);
  const part = (key: string) => {
    const found = pickField(record, [key]);
    return typeof found?.value === "string" ? found.value.trim() : "";
  };
  const joined = ["first", "middle", "last"].map(part).filter((p) => p !== "").join(" ");
  return joined !== "" ? ok(joined) : fail("is an object without first or last text");
}

/** The display text of a text-or-link value: `[[Companies/Acme|Acme Inc]]` → `Acme`. */
export function linkOrText(text: string): string {
  const target = linkTarget(text);
  if (target === text) return text;
  const base = target.replace(/\.md$/i, "");
  return base.slice(base.lastIndexOf("/") + 1).trim();
}

function joined(items: string[]): string | undefined {
  return items.length > 0 ? items.join("; ") : undefined;
}

export function readContact(fm: Frontmatter, path: string, basename: string, log: ProblemLog): Contact {
  const field = (aliases: string[]) => pickField(fm, aliases);
  const read = <T>(aliases: string[], reader: (value: unknown) => Read<T>): T | undefined => {
    const found = field(aliases);
    return found ? log.take(found, reader(found.value)) : undefined;
  };
  const list = (found: Field | undefined, reader: typeof readFreeText) =>
    found ? log.takeList(found, reader(found.value)) : [];

  const contact: Contact = {
    path,
    basename,
    name: read(["name", "full_name", "fullName"], readName) ?? basename,
    aliases: list(field(["aliases", "alias"]), (v) => readTextList(v)),
    tags: list(field(["tags", "tag"]), (v) => readTextList(v, { tags: true })),
    status: read(["status"], readStatus) ?? "active",
  };
  const company = read(["company", "organization", "organisation", "org"], readText);
  if (company !== undefined) contact.company = linkOrText(company);
  contact.role = read(["role", "title", "job_title", "position"], readText);
  contact.level = read(["level"], readLevel);
  contact.met = read(["met", "first_met", "met_on"], readDate);
  const metAt = read(["met_at"], readText);
  if (metAt !== undefined) contact.metAt = linkOrText(metAt);

  const introducer = field(["introduced_by", "via"]);
  if (introducer) {
    const refs = list(introducer, readReferenceList);
    contact.introducedBy = refs[0];
    if (refs.length > 1) {
      log.add(introducer.key, `${introducer.key} names ${refs.length} people; only the first, ${refs[0]}, is used`);
    }
  }
  const cadenceField = field(["cadence", "keep_in_touch", "frequency", "prm-cadence"]);
  if (cadenceField) {
    const cadence = readCadence(cadenceField.value);
    if (cadence.ok) contact.cadence = cadence.value;
    else log.take(cadenceField, cadence);
  }
  contact.lastContactManual = read(
    ["last_contact", "last_contacted", "last_chat", "last contact", "prm-last-contacted"],
    readDate,
  );
  contact.snoozeUntil = read(["snooze_until", "prm-snooze-until"], readDate);
  contact.purpose = joined(list(field(["purpose"]), readFreeText));
  contact.offer = joined(list(field(["offer"]), readFreeText));
  contact.birthday = read(["birthday", "bday", "birth_date"], readBirthday);
  contact.email = read(["email"], readText);
  contact.phone = read(["phone"], (v) => readText(v, { allowNumber: true }));
  contact.linkedin = read(["linkedin"], readText);
  return dropUndefined(contact);
}
