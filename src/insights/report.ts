// Everything the sidebar and the CLI show, computed once for a given today, and its JSON form (SPEC §5).
import type { DateWindow } from "../model/calendar";
import type { LocalDate, Problem } from "../model/types";
import type { FollowUpRow } from "./follow-ups";
import type { GoalProgress } from "./goal-progress";
import type { ReconnectRow } from "./reconnect";
import type { PersonToMeetRow } from "./people-to-meet";
import type { BirthdayRow } from "./birthdays";

export interface ReportCounts {
  contacts: number;
  interactions: number;
  goals: number;
}

export interface Report {
  today: LocalDate;
  /** The view revision the report was computed from, so a view can skip redrawing. */
  revision: number;
  counts: ReportCounts;
  followUps: FollowUpRow[];
  reconnect: ReconnectRow[];
  /** Within the birthday window (SPEC §3.8), soonest first. */
  birthdays: BirthdayRow[];
  /** Every contact's next birthday (all within a year), in the same order: a block with its own `days` reads it. */
  birthdaysAhead: BirthdayRow[];
  /** Target contacts by name, each with its purpose and who could introduce you (SPEC §3.6). */
  peopleToMeet: PersonToMeetRow[];
  goals: GoalProgress[];
  problems: Problem[];
}

export interface FollowUpJson {
  note: string;
  due: LocalDate;
  status: string;
  days: number;
  contacts: string[];
}

export interface ReconnectJson {
  contact: string;
  name: string;
  lastContact: LocalDate | null;
  due: LocalDate | null;
  daysOverdue: number | null;
}

export interface BirthdayJson {
  contact: string;
  name: string;
  date: LocalDate;
  inDays: number;
  turns: number | null;
}

export interface PersonToMeetJson {
  contact: string;
  name: string;
  purpose: string | null;
  introducers: { contact: string; name: string; reason: string; via: string | null }[];
}

export interface GoalJson {
  note: string;
  title: string;
  metric: string | null;
  target: number | null;
  window: DateWindow | null;
  count: number | null;
  status: string;
  streak: number | null;
  history: { start: LocalDate; end: LocalDate; count: number; hit: boolean }[];
  smart: { specific: boolean; measurable: boolean; achievable: boolean; relevant: boolean; timeBound: boolean };
}

export interface ReportJson {
  today: LocalDate;
  counts: ReportCounts;
  followUps: FollowUpJson[];
  reconnect: ReconnectJson[];
  birthdays: BirthdayJson[];
  peopleToMeet: PersonToMeetJson[];
  goals: GoalJson[];
  problems: Problem[];
}

/** Exactly the keys, order and nulls of SPEC §5: objects are rebuilt, never spread, so nothing extra leaks. */
export function reportToJson(report: Report): ReportJson {
  return {
    today: report.today,
    counts: {
      contacts: report.counts.contacts,
      interactions: report.counts.interactions,
      goals: report.counts.goals,
    },
    followUps: report.followUps.map(followUpToJson),
    reconnect: report.reconnect.map(reconnectToJson),
    birthdays: report.birthdays.map((b) => ({ contact: b.contact, name: b.name, date: b.date, inDays: b.inDays, turns: b.turns })),
    peopleToMeet: report.peopleToMeet.map((p) => ({
      contact: p.contact,
      name: p.name,
      purpose: p.purpose,
      introducers: p.introducers.map((i) => ({ contact: i.contact, name: i.name, reason: i.reason, via: i.via })),
    })),
    goals: report.goals.map(goalToJson),
    problems: report.problems.map((p) => ({ note: p.note, field: p.field, message: p.message })),
  };
}

export function reconnectToJson(r: ReconnectRow): ReconnectJson {
  return { contact: r.contact, name: r.name, lastContact: r.lastContact, due: r.due, daysOverdue: r.daysOverdue };
}

export function followUpToJson(f: FollowUpRow): FollowUpJson {
  return { note: f.note, due: f.due, status: f.status, days: f.days, contacts: [...f.contacts] };
}

export function goalToJson(goal: GoalProgress): GoalJson {
  return {
    note: goal.note,
    title: goal.title,
    metric: goal.metric,
    target: goal.target,
    window: goal.window === null ? null : { start: goal.window.start, end: goal.window.end },
    count: goal.count,
    status: goal.status,
    streak: goal.streak,
    history: goal.history.map((h) => ({ start: h.start, end: h.end, count: h.count, hit: h.hit })),
    smart: {
      specific: goal.smart.specific.ok,
      measurable: goal.smart.measurable.ok,
      achievable: goal.smart.achievable.ok,
      relevant: goal.smart.relevant.ok,
      timeBound: goal.smart.timeBound.ok,
    },
  };
}
