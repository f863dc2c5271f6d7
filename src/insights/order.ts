// Shared orderings and date words for the insight lists, so every list sorts and reads the same way
// (the keys names and companies sort by are parse/keys.ts).
import { monthName } from "../model/calendar";
import type { LocalDate } from "../model/types";
import { plural } from "../model/words";

type SortKey = readonly (string | number)[];

/** Sorts by a key computed once per item; keys compare element by element (strings by code unit). */
export function sortByKey<T>(items: T[], keyOf: (item: T) => SortKey): T[] {
  const keyed = items.map((item) => ({ item, key: keyOf(item) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const x = a.key[i];
      const y = b.key[i];
      if (x === y || x === undefined || y === undefined) continue;
      return x < y ? -1 : 1;
    }
    return 0;
  });
  return keyed.map((k) => k.item);
}

/** Paths compare by code unit, as the index orders notes. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Month names are the calendar's (model/calendar.ts); the review and the titles read them from here too.
export { monthName };

/** "30 June", with the year only when it is not this year's: short in the UI, never ambiguous. */
export function dayInWords(date: LocalDate, today: LocalDate): string {
  const [year, month, day] = date.split("-");
  const words = `${Number(day)} ${monthName(Number(month))}`;
  return year === today.slice(0, 4) ? words : `${words} ${year}`;
}

/** "11 days overdue", "due today", "1 day overdue". */
export function overdueInWords(daysOverdue: number): string {
  return daysOverdue <= 0 ? "due today" : `${plural(daysOverdue, "day")} overdue`;
}
