// Every field a note or a goal block may have, with its aliases (SPEC §1, docs/note-format.md): the one table
// that the parser, the templates of new notes and the writes all read. The first name of each list is the key
// we write; a note's keys match in any case, and when a note has two aliases of one field the first listed
// that is filled in wins. A new alias is one more name here (and a word in docs/note-format.md).
import { aliases } from "./fields";

/** What any note may say about what it is (SPEC §1: type and tags decide contact or interaction). */
export const NOTE_FIELDS = {
  type: aliases("type", "category"),
  tags: aliases("tags", "tag"),
};

/** A contact's fields (SPEC §1.1). */
export const CONTACT_FIELDS = {
  name: aliases("name", "full_name", "fullname"),
  aliases: aliases("aliases", "alias"),
  tags: NOTE_FIELDS.tags,
  status: aliases("status"),
  company: aliases("company", "organization", "organisation", "org"),
  role: aliases("role", "title", "job_title", "position"),
  level: aliases("level"),
  met: aliases("met", "first_met", "met_on"),
  metAt: aliases("met_at"),
  introducer: aliases("introduced_by", "via"),
  cadence: aliases("cadence", "keep_in_touch", "frequency", "prm-cadence"),
  lastContact: aliases("last_contact", "last_contacted", "last_chat", "last contact", "prm-last-contacted"),
  snooze: aliases("snooze_until", "prm-snooze-until"),
  purpose: aliases("purpose"),
  offer: aliases("offer"),
  birthday: aliases("birthday", "bday", "birth_date"),
  email: aliases("email", "emails"),
  phone: aliases("phone", "phones"),
  linkedin: aliases("linkedin"),
};

/** The parts of a name written as an object (`name: {first: Jane, last: Doe}`), in the order they join. */
export const NAME_PART_FIELDS = [aliases("first"), aliases("middle"), aliases("last")] as const;

/** An interaction's fields (SPEC §1.2). */
export const INTERACTION_FIELDS = {
  date: aliases("date", "day", "start_date", "when"),
  attendees: aliases("with", "attendees", "participants", "people", "person", "contacts"),
  kind: aliases("kind"),
  followUp: aliases("follow_up", "follow-up", "followup", "follow_up_by"),
  followUpDone: aliases("follow_up_done", "followed_up"),
  gave: aliases("gave", "given", "offered"),
  asked: aliases("asked", "requested"),
  learned: aliases("learned", "takeaways"),
};

/** A `network-goal` block's fields (SPEC §1.3). */
export const GOAL_FIELDS = {
  title: aliases("title"),
  metric: aliases("metric"),
  target: aliases("target"),
  period: aliases("period"),
  start: aliases("start"),
  end: aliases("end"),
  due: aliases("due"),
  kind: aliases("kind", "kinds"),
  tag: aliases("tag", "tags"),
  level: aliases("level", "levels"),
  company: aliases("company", "companies"),
  why: aliases("why"),
};
