// Every metric counted by the live facts (series, people-met sweeps) against the oracle's plain reading of SPEC
// §3.4, on a random vault: every metric of the registry, every filter set, windows counted independently.
import { describe, expect, it } from "vitest";
import { compileFilters } from "../../src/parse/filters";
import { plusDays } from "../../src/model/calendar";
import type { DateWindow } from "../../src/model/calendar";
import { METRICS } from "../../src/model/metrics";
import type { Contact, GoalFilters, Level, ResolvedInteraction } from "../../src/model/types";
import { count } from "../oracle/spec";
import { SETTINGS, contact, live, makeView, meeting } from "./view";

const TODAY = "2026-05-20";

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

const FILTERS: Partial<GoalFilters>[] = [
  {},
  { kind: ["coffee"] },
  { kind: ["Coffee", "event"] },
  { kind: ["intro", "call"] },
  { tag: ["person"] },
  { tag: ["#Sales"], level: ["peer", "senior"] },
  { company: ["acme"] },
  { company: ["Globex"], kind: ["call"] },
  { level: ["junior"] },
  { kind: ["no-such-kind"] },
];

describe("goal counts of the live facts", () => {
  it("agree with the oracle for every metric, filter set and window, windows counted independently", () => {
    const { index, report } = live(makeView(randomVault(7)));
    const counter = report.counter(TODAY, SETTINGS);
    const windows: DateWindow[] = [
      { start: "2024-01-01", end: "2024-03-31" },
      { start: "2024-02-15", end: "2025-02-14" }, // overlaps the first
      { start: "2020-01-01", end: "2030-12-31" }, // beyond every fact, past today
      { start: "2025-06-10", end: "2025-06-10" },
      { start: "2026-05-01", end: "2026-06-30" },
      { start: "2025-01-02", end: "2025-01-01" }, // empty
    ];
    const mismatches: string[] = [];
    for (const { name: metric } of METRICS) {
      for (const partial of FILTERS) {
        const f: GoalFilters = { kind: [], tag: [], level: [], company: [], ...partial };
        const got = counter.countWindows(metric, compileFilters(f), windows);
        const want = windows.map((w) => (w.start > w.end ? 0 : count(index, metric, f, w, TODAY)));
        if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${metric} ${JSON.stringify(partial)}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      }
    }
    expect(mismatches).toEqual([]);
    // The vault has something of every metric in the long window, so an agreement on zeros proves nothing missing.
    const all = { start: "2020-01-01", end: "2030-12-31" };
    for (const { name } of METRICS) expect(count(index, name, compileFilters({ kind: [], tag: [], level: [], company: [] }), all, TODAY), name).toBeGreaterThan(0);
  });

  it("counts nothing in an empty vault and keeps a stray old date in its place", () => {
    const none = compileFilters({ kind: [], tag: [], level: [], company: [] });
    const empty = live(makeView({})).report.counter(TODAY, SETTINGS);
    expect(empty.countWindows("people-met", none, [{ start: "2026-01-01", end: "2026-12-31" }])).toEqual([0]);
    const old = makeView({ contacts: [contact("Ann", { met: "1901-02-03" })], interactions: [meeting("2026-05-01", ["Ann"])] });
    const counter = live(old).report.counter(TODAY, SETTINGS);
    expect(counter.countWindows("contacts-added", none, [{ start: "1901-01-01", end: "1901-12-31" }, { start: "2026-01-01", end: "2026-12-31" }])).toEqual([1, 0]);
  });
});
