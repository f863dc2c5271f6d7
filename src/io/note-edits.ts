// The writes a user asks for (SPEC §9), as text edits shared by the plugin and the CLI: a follow-up done, a
// follow-up snoozed, a contact snoozed. Each changes one key through the frontmatter editor.
import { plusDays } from "../model/calendar";
import type { LocalDate, YamlParser } from "../model/types";
import { readDate } from "../parse/dates";
import { CONTACT_FIELDS, INTERACTION_FIELDS } from "../parse/field-aliases";
import { setFrontmatterKey, type EditResult } from "./frontmatter";

/** An edit, and the date it writes. */
export interface DatedEdit {
  result: EditResult;
  date: LocalDate;
}

/** The follow-up done today: `follow_up_done: <date>` (or the note's own `followed_up`). */
export function followUpDoneEdit(text: string, on: LocalDate, parseYaml?: YamlParser): DatedEdit {
  return { result: setFrontmatterKey(text, INTERACTION_FIELDS.followUpDone.names, on, { parseYaml }), date: on };
}

/**
 * The date a snoozed follow-up moves to: `days` after the later of today and its current date (snoozing an
 * overdue follow-up from its old date could leave it overdue still).
 */
export function snoozedFollowUpDate(current: unknown, days: number, today: LocalDate): LocalDate {
  const read = current === undefined ? undefined : readDate(current);
  const from = read?.ok && read.value > today ? read.value : today;
  return plusDays(from, days);
}

/** The follow-up moved later (`snoozedFollowUpDate`), in the note's own key. */
export function snoozeFollowUpEdit(text: string, days: number, today: LocalDate, parseYaml?: YamlParser): DatedEdit {
  let date = plusDays(today, days);
  const result = setFrontmatterKey(
    text,
    INTERACTION_FIELDS.followUp.names,
    (current) => (date = snoozedFollowUpDate(current, days, today)),
    { parseYaml },
  );
  return { result, date };
}

/** The date a contact is snoozed until. */
export function snoozedContactDate(days: number, today: LocalDate): LocalDate {
  return plusDays(today, days);
}

/** A contact hidden from "reconnect" until today + days: `snooze_until` (or the note's `prm-snooze-until`). */
export function snoozeContactEdit(text: string, days: number, today: LocalDate, parseYaml?: YamlParser): DatedEdit {
  const date = snoozedContactDate(days, today);
  return { result: setFrontmatterKey(text, CONTACT_FIELDS.snooze.names, date, { parseYaml }), date };
}
