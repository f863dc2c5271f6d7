// The pace a goal needs, as data and in words ("2 more by 30 June, about one every 3 weeks").
import type { DateWindow } from "../model/calendar";
import { daysFrom } from "../model/calendar";
import type { LocalDate } from "../model/types";
import { dayInWords } from "./order";

export type GoalStatus = "done" | "missed" | "on-track" | "behind" | "not-started" | "invalid";

export interface Pace {
  /** How many more are needed (0 once done). */
  remaining: number;
  /** The window's last day. */
  by: LocalDate;
  /** Days left in the window, today included (the whole window when not started; 0 once ended). */
  daysLeft: number;
  /** Days per remaining item at an even pace; null when nothing remains or no time does. */
  everyDays: number | null;
}

export function goalPace(
  status: Exclude<GoalStatus, "invalid">,
  count: number,
  target: number,
  window: DateWindow,
  today: LocalDate,
): Pace {
  const remaining = Math.max(0, target - count);
  const daysLeft =
    status === "not-started"
      ? daysFrom(window.start, window.end) + 1
      : window.end < today
        ? 0
        : daysFrom(today, window.end) + 1;
  const everyDays = remaining > 0 && daysLeft > 0 ? daysLeft / remaining : null;
  return { remaining, by: window.end, daysLeft, everyDays };
}

/** "about one every 3 weeks": rounded to a unit a person plans in. */
export function frequencyWords(remaining: number, daysLeft: number): string {
  const every = daysLeft / remaining;
  if (every < 1) return `about ${Math.ceil(remaining / daysLeft)} a day`;
  if (every < 1.5) return "about one a day";
  if (every < 10) return `about one every ${Math.round(every)} days`;
  if (every < 26) {
    const weeks = Math.round(every / 7);
    return weeks === 1 ? "about one a week" : `about one every ${weeks} weeks`;
  }
  const months = Math.round(every / 30.44);
  return months === 1 ? "about one a month" : `about one every ${months} months`;
}

export interface PaceTextInput {
  status: GoalStatus;
  count: number | null;
  target: number | null;
  window: DateWindow | null;
  pace: Pace | null;
}

/** One line for the goal block and the sidebar. */
export function paceText(progress: PaceTextInput, today: LocalDate): string {
  const { status, count, target, window, pace } = progress;
  if (status === "invalid" || count === null || target === null || window === null || pace === null) {
    return "Not counted until the goal is complete: see the SMART check";
  }
  const by = pace.by === today ? "today" : dayInWords(pace.by, today);
  if (status === "done") return `Done: ${count} of ${target}`;
  if (status === "missed") return `Missed: ${count} of ${target} by ${by}`;
  const need = `${pace.remaining} ${status === "not-started" ? "" : "more "}by ${by}`;
  const rhythm = pace.remaining > 1 ? `, ${frequencyWords(pace.remaining, pace.daysLeft)}` : "";
  if (status === "not-started") return `Starts ${dayInWords(window.start, today)}: ${need}${rhythm}`;
  return `${need}${rhythm}`;
}
