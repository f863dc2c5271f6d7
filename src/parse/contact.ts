// Reading a contact note's frontmatter into a Contact (SPEC §1.1), one problem per unreadable field.
import type { Contact, ContactStatus, Level } from "../model/types";
import { wordTable } from "../model/words";
import { readBirthday, readDate } from "./dates";
import { readCadence } from "./durations";
import type { Aliases, Field, Read } from "./fields";
import { CONTACT_FIELDS, NAME_PART_FIELDS } from "./field-aliases";
import { FieldLookup, asRecord, fail, isAbsent, ok, readText, readWord, rememberText } from "./fields";
import { fromNoteFolder, linkTarget, noteLinks, readFreeText, readReferenceList, readTextList } from "./links";
import type { ProblemLog } from "./problems";
import { NO_ITEMS } from "./problems";

const LEVELS = wordTable<Level>({
  senior: "senior", above: "senior", manager: "senior",
  peer: "peer", same: "peer", colleague: "peer",
  junior: "junior", below: "junior", report: "junior",
});

const STATUSES = wordTable<ContactStatus>({
  active: "active", target: "target", prospect: "target",
  dormant: "dormant", inactive: "dormant", archived: "archived",
});

/** A level word or one of its synonyms, any case. Also used for goal filters. */
export const readLevel = readWord(LEVELS, "senior, peer or junior (also above/manager, same/colleague, below/report)");

const readStatus = readWord(STATUSES, "active, target, dormant or archived");

/** A name: text, or `{first, last}` (and `middle`) joined with spaces. */
function readName(value: unknown): Read<string> {
  const record = asRecord(value);
  if (!record) return readText(value);
  const fields = new FieldLookup(record);
  const part = (names: Aliases) => {
    const found = fields.pick(names);
    return typeof found?.value === "string" ? found.value.trim() : "";
  };
  const joined = NAME_PART_FIELDS.map(part).filter((p) => p !== "").join(" ");
  return joined !== "" ? ok(joined) : fail("is an object without first or last text");
}

/** The display text of a text-or-link value: `[[Companies/Acme|Acme Inc]]` → `Acme`. */
export function linkOrText(text: string): string {
  const target = linkTarget(text);
  if (target === text) return text;
  const base = target.replace(/\.md$/i, "");
  return base.slice(base.lastIndexOf("/") + 1).trim();
}

function joined(items: readonly string[]): string | undefined {
  return items.length > 0 ? items.join("; ") : undefined;
}

const readLevelRemembered = rememberText(readLevel);
const readStatusRemembered = rememberText(readStatus);
/** Contact details: a text, or a list for several whose first is the main one (SPEC §1.1). */
const readDetail = (value: unknown, options: { allowNumber?: boolean } = {}) =>
  readText(Array.isArray(value) ? value.find((item) => !isAbsent(item)) : value, options);
const readPhone = (value: unknown) => readDetail(value, { allowNumber: true });
const readAliases = (value: unknown) => readTextList(value);
const readTags = (value: unknown) => readTextList(value, { tags: true });

/**
 * Every contact has every field, in the type's order (undefined where the note has none): one object shape for
 * all contacts, so the index and the insights read them through one inline cache instead of as many shapes as
 * there are combinations of optional fields (docs/performance.md).
 */
export function readContact(fields: FieldLookup, path: string, basename: string, bodyLinks: readonly string[], log: ProblemLog): Contact {
  const read = <T>(names: Aliases, reader: (value: unknown) => Read<T>): T | undefined => {
    const found = fields.pick(names);
    return found ? log.take(found, reader(found.value)) : undefined;
  };
  const list = (found: Field | undefined, reader: typeof readFreeText) =>
    found ? log.takeList(found, reader(found.value)) : NO_ITEMS;

  // Read in this order, so a note's problems keep their order.
  const name = read(CONTACT_FIELDS.name, readName) ?? basename;
  const aliases = list(fields.pick(CONTACT_FIELDS.aliases), readAliases);
  const tags = list(fields.pick(CONTACT_FIELDS.tags), readTags);
  const status = read(CONTACT_FIELDS.status, readStatusRemembered) ?? "active";
  const company = read(CONTACT_FIELDS.company, readText);
  const role = read(CONTACT_FIELDS.role, readText);
  const level = read(CONTACT_FIELDS.level, readLevelRemembered);
  const met = read(CONTACT_FIELDS.met, readDate);
  const metAt = read(CONTACT_FIELDS.metAt, readText);
  let introducedBy: string | undefined;
  let introducedByUnquoted: boolean | undefined;
  const introducer = fields.pick(CONTACT_FIELDS.introducer);
  if (introducer) {
    const read = readReferenceList(introducer.value);
    const refs = log.takeList(introducer, read);
    introducedBy = refs[0] === undefined ? undefined : fromNoteFolder(refs[0], path);
    if (introducedBy !== undefined && read.unquoted?.includes(introducedBy)) introducedByUnquoted = true;
    if (refs.length > 1) {
      log.add(introducer.key, `${introducer.key} names ${refs.length} people; only the first, ${refs[0]}, is used`);
    }
  }
  let cadence: Contact["cadence"];
  const cadenceField = fields.pick(CONTACT_FIELDS.cadence);
  if (cadenceField) {
    const readCadenceField = readCadence(cadenceField.value);
    if (readCadenceField.ok) cadence = readCadenceField.value;
    else log.take(cadenceField, readCadenceField);
  }
  const lastContactManual = read(CONTACT_FIELDS.lastContact, readDate);
  const snoozeUntil = read(CONTACT_FIELDS.snooze, readDate);
  const purpose = joined(list(fields.pick(CONTACT_FIELDS.purpose), readFreeText));
  const offer = joined(list(fields.pick(CONTACT_FIELDS.offer), readFreeText));
  const birthday = read(CONTACT_FIELDS.birthday, readBirthday);
  const email = read(CONTACT_FIELDS.email, readDetail);
  const phone = read(CONTACT_FIELDS.phone, readPhone);
  const linkedin = read(CONTACT_FIELDS.linkedin, readDetail);
  return {
    path,
    basename,
    name,
    aliases,
    company: company === undefined ? undefined : linkOrText(company),
    role,
    level,
    tags,
    met,
    metAt: metAt === undefined ? undefined : linkOrText(metAt),
    introducedBy,
    introducedByUnquoted,
    cadence,
    lastContactManual,
    snoozeUntil,
    purpose,
    offer,
    status,
    birthday,
    email,
    phone,
    linkedin,
    links: noteLinks(fields, bodyLinks),
  };
}
