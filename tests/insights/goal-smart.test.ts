import { describe, expect, it } from "vitest";
import { goalProgress } from "../../src/insights/goal-progress";
import type { Contact, GoalSpec, ResolvedInteraction } from "../../src/model/types";
import { plusDays } from "../../src/model/calendar";
import { contact, goal, makeView, meeting, counterOf } from "./view";

const TODAY = "2026-05-20";

function progress(g: GoalSpec, contacts: Contact[] = [], interactions: ResolvedInteraction[] = [], today = TODAY) {
  const view = makeView({ contacts, interactions, goals: [g] });
  return goalProgress(g, counterOf(view, today), "monday");
}

/** `perMonth` new contacts in each of the 12 months before May 2026, met mid-month. */
function steadyAdder(perMonth: number): Contact[] {
  const contacts: Contact[] = [];
  for (let m = 0; m < 12; m++) {
    const month = new Date(2025, 4 + m, 1);
    const ym = `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, "0")}`;
    for (let i = 0; i < perMonth; i++) contacts.push(contact(`P${m}-${i}`, { met: `${ym}-15` }));
  }
  return contacts;
}

describe("SMART check (SPEC §3.4)", () => {
  const good = goal({ metric: "people-met", target: 5, period: "quarter", why: "Move into brand leadership" });

  it("passes every letter for a complete, modest goal", () => {
    const smart = progress(good).smart;
    for (const letter of Object.values(smart)) expect(letter).toEqual({ ok: true, reason: null });
  });

  it("Specific fails for an unknown metric, naming it, and for kind on contacts-added", () => {
    const unknown = progress(goal({ metricText: "vibes", target: 5, period: "month" })).smart.specific;
    expect(unknown.ok).toBe(false);
    expect(unknown.reason).toContain("vibes");
    const kind = progress(goal({ metric: "contacts-added", target: 2, period: "month", filters: { kind: ["coffee"], tag: [], level: [], company: [] } }));
    expect(kind.smart.specific.ok).toBe(false);
    // SPEC §3.4: a goal counts only when S holds; a filter that does not apply is not a valid filter.
    expect(kind.status).toBe("invalid");
    expect(kind.count).toBeNull();
  });

  it("Specific carries the parser's issues (an invalid filter)", () => {
    const issue = { letter: "specific" as const, field: "level", message: "level 'boss' is not senior, peer or junior" };
    const smart = progress({ ...good, issues: [issue] }).smart;
    expect(smart.specific).toEqual({ ok: false, reason: issue.message });
  });

  it("Measurable fails without a whole-number target ≥ 1, preferring the parser's message", () => {
    expect(progress(goal({ metric: "events", period: "month" })).smart.measurable.ok).toBe(false);
    const issue = { letter: "measurable" as const, field: "target", message: "target '2.5' is not a whole number" };
    expect(progress(goal({ metric: "events", period: "month", issues: [issue] })).smart.measurable.reason).toBe(issue.message);
  });

  it("Relevant fails when why is missing or blank", () => {
    expect(progress({ ...good, why: undefined }).smart.relevant.ok).toBe(false);
    expect(progress({ ...good, why: "   " }).smart.relevant.ok).toBe(false);
  });

  it("Time-bound fails without a period or due, or with contradictory dates", () => {
    expect(progress(goal({ metric: "events", target: 1 })).smart.timeBound.ok).toBe(false);
    const backwards = progress(goal({ metric: "events", target: 1, due: "2026-03-01", start: "2026-04-01" }));
    expect(backwards.smart.timeBound.reason).toContain("after it is due");
  });
});

describe("Achievable", () => {
  const fiftyAMonth = goal({ metric: "contacts-added", target: 50, period: "month" });

  it("flags 50 new contacts a month for someone who adds a handful a month", () => {
    const p = progress(fiftyAMonth, steadyAdder(5));
    expect(p.smart.achievable.ok).toBe(false);
    expect(p.achievability).toMatchObject({ best: 5, limit: 10 });
    expect(p.smart.achievable.reason).toContain("at most 10");
  });

  it("flags it for a brand-new user too: no track record, so only the floor of 2 a week applies", () => {
    const p = progress(fiftyAMonth);
    expect(p.smart.achievable.ok).toBe(false);
    expect(p.achievability).toMatchObject({ best: 0, floor: 9 });
  });

  it("does not flag one new person a week for a brand-new user", () => {
    const p = progress(goal({ metric: "contacts-added", target: 1, period: "week" }));
    expect(p.smart.achievable).toEqual({ ok: true, reason: null });
  });

  it("accepts up to twice the best recent period, and not one more", () => {
    const contacts = steadyAdder(8);
    expect(progress({ ...fiftyAMonth, target: 16 }, contacts).smart.achievable.ok).toBe(true);
    expect(progress({ ...fiftyAMonth, target: 17 }, contacts).smart.achievable.ok).toBe(false);
  });

  it("reads the user's whole record, not only what the goal's filters select", () => {
    const contacts = steadyAdder(8);
    const focused = { ...fiftyAMonth, target: 12, filters: { kind: [], tag: ["marketing"], level: [], company: [] } };
    expect(progress(focused, contacts).smart.achievable.ok).toBe(true);
  });

  it("judges a one-off goal against spans as long as its window", () => {
    // 30-day window; one interaction every day for the last 60 days: best span 30, limit 60.
    const daily = Array.from({ length: 60 }, (_, i) => meeting(plusDays(TODAY, -i), ["X"]));
    const g = goal({ metric: "interactions", due: "2026-06-18", start: TODAY });
    expect(progress({ ...g, target: 60 }, [contact("X")], daily).smart.achievable.ok).toBe(true);
    expect(progress({ ...g, target: 61 }, [contact("X")], daily).smart.achievable.ok).toBe(false);
  });
});
