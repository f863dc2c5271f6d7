// The running totals and sweeps of goal-count.ts against a plain reading of SPEC §3.4, on a random vault.
import { describe, expect, it } from "vitest";
import { countWindows } from "../../src/insights/goal-count";
import { compileFilters } from "../../src/parse/filters";
import { buildMetricIndex } from "../../src/insights/metric-index";
import { followUpDoneDate } from "../../src/parse/interaction";
import { plusDays } from "../../src/model/calendar";
import type { DateWindow } from "../../src/model/calendar";
import { METRICS } from "../../src/model/metrics";
import type { Contact, GoalFilters, Level, Metric, ResolvedInteraction } from "../../src/model/types";
import { contact, makeView, meeting, personPath } from "./view";

const TODAY = "2026-05-20";
const METRIC_NAMES: Metric[] = METRICS.map((m) => m.name);

/** A small deterministic generator, so a failure reproduces. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function randomVault(seed: number): { contacts: Contact[]; interactions: ResolvedInteraction[] } {
  const r = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;
  const day = (): string => plusDays("2024-01-01", Math.floor(r() * 1000));
  const contacts = Array.from({ length: 30 }, (_, i) =>
    contact(`P${i}`, {
      tags: r() < 0.5 ? [pick(["sales", "person/mentor", "Person", "design"])] : [],
      level: r() < 0.7 ? pick<Level>(["senior", "peer", "junior"]) : undefined,
      company: r() < 0.6 ? pick(["Acme", "[[Companies/Acme|Acme Inc]]", "Globex", "acme.md"]) : undefined,
      met: r() < 0.4 ? day() : undefined,
      status: r() < 0.1 ? "target" : "active",
    }),
  );
  const interactions = Array.from({ length: 200 }, () => {
    const people = Array.from({ length: 1 + Math.floor(r() * 3) }, () => `P${Math.floor(r() * 32)}`); // P30, P31: no contact
    const done = r();
    return meeting(r() < 0.05 ? undefined : day(), [...new Set(people)], {
      kind: pick(["meeting", "coffee", "event", "call", "intro"]),
      gave: r() < 0.3 ? ["help"] : [],
      followUp: r() < 0.5 ? day() : undefined,
      followUpDone: done < 0.3 ? true : done < 0.6 ? day() : false,
    });
  });
  return { contacts, interactions };
}

/** SPEC §3.4 read literally: every fact checked against every window. */
function naive(contacts: Contact[], interactions: ResolvedInteraction[], metric: Metric, f: GoalFilters, w: DateWindow): number {
  const test = compileFilters(f);
  const byPath = new Map(contacts.map((c) => [c.path, c]));
  const passes = (path: string): boolean => test.contact === null || test.contact(byPath.get(path));
  const kindOk = (i: ResolvedInteraction): boolean => test.kinds === null || test.kinds.has(i.kind);
  const inWindow = (date: string | undefined): boolean => date !== undefined && date >= w.start && date <= w.end && date <= TODAY;
  const ok = (i: ResolvedInteraction): boolean => kindOk(i) && (test.contact === null || i.attendees.some(passes));
  switch (metric) {
    case "interactions":
      return interactions.filter((i) => inWindow(i.date) && ok(i)).length;
    case "events":
      return interactions.filter((i) => inWindow(i.date) && i.kind === "event" && ok(i)).length;
    case "intros-made":
      return interactions.filter((i) => inWindow(i.date) && i.kind === "intro" && ok(i)).length;
    case "given":
      return interactions.filter((i) => inWindow(i.date) && i.gave.length > 0 && ok(i)).length;
    case "follow-ups-done":
      return interactions.filter((i) => inWindow(followUpDoneDate(i)) && ok(i)).length;
    case "people-met": {
      const people = new Set<string>();
      for (const i of interactions) if (inWindow(i.date) && kindOk(i)) for (const p of i.attendees) if (passes(p)) people.add(p);
      return people.size;
    }
    case "contacts-added":
      return contacts.filter((c) => {
        if (c.status === "target" || !passes(c.path)) return false;
        const seen = interactions.filter((i) => i.date !== undefined && i.date <= TODAY && i.attendees.includes(c.path));
        const first = seen.map((i) => i.date as string).sort()[0];
        return inWindow(c.met ?? first);
      }).length;
  }
}

const FILTERS: Partial<GoalFilters>[] = [
  {},
  { kind: ["coffee"] },
  { kind: ["Coffee", "event"] },
  { tag: ["person"] },
  { tag: ["#Sales"], level: ["peer", "senior"] },
  { company: ["acme"] },
  { company: ["Globex"], kind: ["call"] },
  { level: ["junior"] },
  { kind: ["no-such-kind"] },
];

describe("goal counts by running totals and sweeps", () => {
  it("agree with a literal count for every metric, filter set and window, windows counted independently", () => {
    const { contacts, interactions } = randomVault(7);
    const index = buildMetricIndex(makeView({ contacts, interactions }), TODAY);
    const windows: DateWindow[] = [
      { start: "2024-01-01", end: "2024-03-31" },
      { start: "2024-02-15", end: "2025-02-14" }, // overlaps the first
      { start: "2020-01-01", end: "2030-12-31" }, // beyond every fact, past today
      { start: "2025-06-10", end: "2025-06-10" },
      { start: "2026-05-01", end: "2026-06-30" },
      { start: "2025-01-02", end: "2025-01-01" }, // empty
    ];
    const mismatches: string[] = [];
    for (const metric of METRIC_NAMES) {
      for (const partial of FILTERS) {
        const f: GoalFilters = { kind: [], tag: [], level: [], company: [], ...partial };
        const got = countWindows(index, metric, compileFilters(f), windows);
        const want = windows.map((w) => naive(contacts, interactions, metric, f, w));
        if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${metric} ${JSON.stringify(partial)}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("counts nothing in an empty vault and keeps a stray old date in its place", () => {
    const empty = buildMetricIndex(makeView({}), TODAY);
    expect(countWindows(empty, "people-met", compileFilters({ kind: [], tag: [], level: [], company: [] }), [{ start: "2026-01-01", end: "2026-12-31" }])).toEqual([0]);
    const old = makeView({ contacts: [contact("Ann", { met: "1901-02-03" })], interactions: [meeting("2026-05-01", ["Ann"])] });
    const index = buildMetricIndex(old, TODAY);
    const none = compileFilters({ kind: [], tag: [], level: [], company: [] });
    expect(countWindows(index, "contacts-added", none, [{ start: "1901-01-01", end: "1901-12-31" }, { start: "2026-01-01", end: "2026-12-31" }])).toEqual([1, 0]);
    expect(index.lastInteraction.get(personPath("Ann"))).toBe("2026-05-01");
  });
});
