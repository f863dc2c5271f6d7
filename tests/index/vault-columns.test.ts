import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { NO_DAY } from "../../src/index/people";
import { InteractionColumns, orderByDay } from "../../src/index/vault-columns";
import { dayNumber, fromDayNumber } from "../../src/model/calendar";
import type { ResolvedInteraction } from "../../src/model/types";

/** The order by a plain stable sort: the definition orderByDay is held to. */
function sortedPositions(days: readonly number[]): number[] {
  return days
    .map((day, i) => ({ day, i }))
    .filter(({ day }) => day !== NO_DAY)
    .sort((a, b) => a.day - b.day || a.i - b.i)
    .map(({ i }) => i);
}

describe("orderByDay", () => {
  it("orders positions by day, ties in position order, leaving out the undated", () => {
    const day = fc.oneof(fc.integer({ min: 20_000, max: 20_100 }), fc.constant(NO_DAY));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 200 }), (days) => {
        expect([...orderByDay(Int32Array.from(days))]).toEqual(sortedPositions(days));
      }),
      { numRuns: 300 },
    );
  });

  it("sorts instead of counting when the days span more than a vault's years (a date in year 1 and one in 9999)", () => {
    const day = fc.oneof(fc.integer({ min: -719_162, max: 2_932_896 }), fc.integer({ min: 0, max: 3 }), fc.constant(NO_DAY));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 100 }), (days) => {
        expect([...orderByDay(Int32Array.from(days))]).toEqual(sortedPositions(days));
      }),
      { numRuns: 300 },
    );
  });

  it("is empty when nothing is dated", () => {
    expect([...orderByDay(Int32Array.from([NO_DAY, NO_DAY]))]).toEqual([]);
    expect([...orderByDay(new Int32Array(0))]).toEqual([]);
  });
});

const KINDS = ["meeting", "coffee", "call", "event"];

/** When a follow-up was done, read plainly: its done date, or its follow-up date when done is just `true`. */
function doneDate(i: ResolvedInteraction): string | undefined {
  if (i.followUpDone === false) return undefined;
  return i.followUpDone === true ? i.followUp : i.followUpDone;
}
const PEOPLE = ["a.md", "b.md", "c.md", "d.md", "e.md", "f.md"];

/** Ids given out on first sight, as the facts give them. */
function ids(): { personId(path: string): number; kindId(kind: string): number; kinds: string[] } {
  const people = new Map<string, number>();
  const kinds: string[] = [];
  return {
    personId: (path) => people.get(path) ?? (people.set(path, people.size), people.size - 1),
    kindId: (kind) => (kinds.includes(kind) ? kinds.indexOf(kind) : kinds.push(kind) - 1),
    kinds,
  };
}

const interaction = fc.record({
  day: fc.option(fc.integer({ min: 20_000, max: 20_060 }), { nil: undefined }),
  followUp: fc.option(fc.integer({ min: 20_000, max: 20_060 }), { nil: undefined }),
  done: fc.oneof(fc.boolean(), fc.integer({ min: 20_000, max: 20_060 })),
  kind: fc.constantFrom(...KINDS),
  gave: fc.boolean(),
  attendees: fc.uniqueArray(fc.constantFrom(...PEOPLE), { maxLength: 3 }),
});

describe("InteractionColumns", () => {
  it("counts the days a plain walk over every interaction in day order does, whatever the kinds, the gift and who passes; and reads follow-ups as written", () => {
    fc.assert(
      fc.property(
        fc.array(interaction, { maxLength: 60 }),
        fc.boolean(),
        fc.option(fc.subarray(KINDS), { nil: null }),
        fc.boolean(),
        fc.option(fc.subarray(PEOPLE), { nil: null }),
        (rows, byDone, kindNames, given, passing) => {
          const interactions: ResolvedInteraction[] = rows.map((row, n) => ({
            path: `M${n}.md`,
            date: row.day === undefined ? undefined : fromDayNumber(row.day),
            attendeeRefs: [],
            attendeesFromBody: false,
            kind: row.kind,
            followUp: row.followUp === undefined ? undefined : fromDayNumber(row.followUp),
            followUpDone: typeof row.done === "number" ? fromDayNumber(row.done) : row.done,
            gave: row.gave ? ["a book"] : [],
            asked: [],
            learned: [],
            attendees: row.attendees,
          }));
          const source = ids();
          const columns = new InteractionColumns(interactions, source);
          const kinds = kindNames === null ? null : Uint8Array.from(source.kinds, (kind) => (kindNames.includes(kind) ? 1 : 0));
          let pass: Uint8Array | null = null;
          if (passing !== null) {
            pass = new Uint8Array(PEOPLE.length);
            for (const path of passing) pass[source.personId(path)] = 1;
          }
          const plain = interactions
            .map((i, at) => ({ i, at, day: byDone ? doneDate(i) : i.date }))
            .filter(({ i, day }) => day !== undefined && (kindNames === null || kindNames.includes(i.kind)) && (!given || i.gave.length > 0))
            .filter(({ i }) => passing === null || i.attendees.some((p) => passing.includes(p)))
            .map(({ day, at }) => ({ day: dayNumber(day as string), at }))
            .sort((a, b) => a.day - b.day || a.at - b.at)
            .map(({ day }) => day);
          expect([...columns.countedDays(byDone, kinds, given, pass)]).toEqual(plain);
          // The follow-up columns: each interaction's follow-up day, whether it is open, and the order by that day.
          const day = (date: string | undefined): number => (date === undefined ? NO_DAY : dayNumber(date));
          expect([...columns.due]).toEqual(interactions.map((i) => day(i.followUp)));
          expect([...columns.open]).toEqual(interactions.map((i) => (i.followUp !== undefined && i.followUpDone === false ? 1 : 0)));
          expect([...columns.byDue]).toEqual(sortedPositions(interactions.map((i) => day(i.followUp))));
        },
      ),
      { numRuns: 300 },
    );
  });
});
