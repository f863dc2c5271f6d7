// Pieces of a goal shared by the `network-goal` block and the sidebar: status words, badge, count line.
import type { GoalProgress } from "../insights/goal-progress";
import type { GoalStatus } from "../insights/goal-pace";
import type { LocalDate, Period } from "../model/types";
import type { BadgeTone } from "./dom";
import { badge } from "./dom";
import { windowInWords } from "./format";

export const STATUS_WORDS: Record<GoalStatus, string> = {
  "on-track": "On track",
  behind: "Behind",
  done: "Done",
  missed: "Missed",
  "not-started": "Not started",
  invalid: "Invalid",
};

export const STATUS_TONES: Record<GoalStatus, BadgeTone> = {
  "on-track": "good",
  behind: "warn",
  done: "good",
  missed: "bad",
  "not-started": "muted",
  invalid: "bad",
};

export function goalStatusBadge(parent: HTMLElement, status: GoalStatus): HTMLElement {
  return badge(parent, STATUS_WORDS[status], STATUS_TONES[status], `ng-goal-status-${status}`);
}

/** "this quarter", "this week" … for the window being counted now. */
function periodPhrase(period: Period | null, state: GoalProgress["state"]): string {
  if (period === null) return "";
  if (state === "over") return ` in the last ${period}`;
  if (state === "not-started") return ` in the first ${period}`;
  return ` this ${period}`;
}

/** "3 of 5 this quarter (1 Oct – 31 Dec)"; "Not counted" for an invalid goal. */
export function goalCountText(progress: GoalProgress, today: LocalDate): string {
  if (progress.count === null || progress.target === null || progress.window === null) return "Not counted";
  const range = windowInWords(progress.window, today);
  return `${progress.count} of ${progress.target}${periodPhrase(progress.period, progress.state)} (${range})`;
}

/** "3 quarters in a row", "1 month in a row"; null when there is no streak to speak of. */
export function streakText(progress: Pick<GoalProgress, "streak" | "period" | "history">): string | null {
  if (progress.streak === null || progress.period === null || progress.history.length === 0) return null;
  if (progress.streak === 0) return `Missed the last ${progress.period}`;
  const unit = progress.streak === 1 ? progress.period : `${progress.period}s`;
  return `${progress.streak} ${unit} in a row`;
}
