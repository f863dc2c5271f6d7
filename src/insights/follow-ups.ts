// Open follow-ups (SPEC §3.3): overdue, due today, or coming up within the upcoming window.
import { daysFrom, plusDays } from "../model/calendar";
import type { LocalDate, ResolvedInteraction } from "../model/types";
import type { Settings } from "../model/settings";
import { comparePaths } from "./order";

export type FollowUpStatus = "overdue" | "due" | "upcoming";

export interface FollowUpRow {
  note: string;
  due: LocalDate;
  status: FollowUpStatus;
  /** Days overdue for `overdue`, 0 for `due`, days ahead for `upcoming`. */
  days: number;
  contacts: string[];
}

/** The last due date shown today: the upcoming window's end. */
export function followUpHorizon(today: LocalDate, settings: Pick<Settings, "upcomingDays">): LocalDate {
  return plusDays(today, settings.upcomingDays);
}

/** The row of one interaction's follow-up, or null when it is done, absent or beyond `horizon`. */
export function followUpRow(interaction: ResolvedInteraction, today: LocalDate, horizon: LocalDate): FollowUpRow | null {
  // A scheduled (future) interaction still has its own follow-up, so the interaction date is not checked.
  const due = interaction.followUp;
  if (due === undefined || interaction.followUpDone !== false || due > horizon) return null;
  const status: FollowUpStatus = due < today ? "overdue" : due === today ? "due" : "upcoming";
  return { note: interaction.path, due, status, days: Math.abs(daysFrom(today, due)), contacts: [...interaction.attendees] };
}

/**
 * Overdue, then due, then upcoming; within each status the earliest date first (oldest overdue, soonest upcoming):
 * that is by date, since a row's status is its date against the same today.
 */
export function compareFollowUps(a: FollowUpRow, b: FollowUpRow): number {
  return comparePaths(a.due, b.due) || comparePaths(a.note, b.note);
}
