import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { KeyedReconnectRow } from "../../src/insights/reconnect";
import { compareKeyedRows, keyReconnectRow, sortKeyedRows } from "../../src/insights/reconnect";
import type { NetworkView } from "../../src/model/types";
import { SETTINGS, contact, live, makeView, meeting, personPath } from "./view";

const reconnectList = (view: NetworkView, today: string) => live(view).report.report(today, SETTINGS).reconnect;
const peopleToMeet = (view: NetworkView) => live(view).report.report("2026-05-20", SETTINGS).peopleToMeet;

const TODAY = "2026-05-20";

describe("who to reconnect with (SPEC §3.2)", () => {
  it("lists a contact whose last contact + cadence is today or earlier, with days overdue", () => {
    const view = makeView({
      contacts: [
        contact("Jane", { cadence: { amount: 3, unit: "month" } }),
        contact("Exactly", { cadence: { amount: 30, unit: "day" } }),
        contact("NotYet", { cadence: { amount: 30, unit: "day" } }),
      ],
      interactions: [
        meeting("2026-01-20", ["Jane"]),
        meeting("2026-04-20", ["Exactly"]),
        meeting("2026-04-21", ["NotYet"]),
      ],
    });
    const rows = reconnectList(view, TODAY);
    expect(rows.map((r) => r.name)).toEqual(["Jane", "Exactly"]);
    expect(rows[0]).toMatchObject({ lastContact: "2026-01-20", due: "2026-04-20", daysOverdue: 30 });
    expect(rows[1]).toMatchObject({ lastContact: "2026-04-20", due: TODAY, daysOverdue: 0 });
  });

  it("adds calendar months: 31 January + 1 month is 28 February (29 in a leap year)", () => {
    const monthly = { amount: 1, unit: "month" } as const;
    const view = makeView({ contacts: [contact("Jane", { cadence: monthly })], interactions: [meeting("2026-01-31", ["Jane"])] });
    expect(reconnectList(view, "2026-02-27")).toEqual([]);
    expect(reconnectList(view, "2026-02-28")[0]).toMatchObject({ due: "2026-02-28", daysOverdue: 0 });
    const leap = makeView({ contacts: [contact("Jane", { cadence: monthly })], interactions: [meeting("2028-01-31", ["Jane"])] });
    expect(reconnectList(leap, "2028-02-28")).toEqual([]);
    expect(reconnectList(leap, "2028-02-29")[0]).toMatchObject({ due: "2028-02-29" });
  });

  it("applies the default cadence only to contacts with an interaction or a manual last contact", () => {
    const view = makeView({
      contacts: [
        contact("Imported", { met: "2024-01-01" }),
        contact("Seen"),
        contact("Manual", { lastContactManual: "2026-01-01" }),
        contact("FutureOnly"),
      ],
      interactions: [meeting("2026-01-01", ["Seen"]), meeting("2026-06-01", ["FutureOnly"])],
    });
    expect(reconnectList(view, TODAY).map((r) => r.name)).toEqual(["Manual", "Seen"]);
    const off = makeView({
      contacts: [contact("Seen")],
      interactions: [meeting("2026-01-01", ["Seen"])],
      defaultCadence: null,
    });
    expect(reconnectList(off, TODAY)).toEqual([]);
  });

  it("never lists a contact whose own cadence is none", () => {
    const view = makeView({ contacts: [contact("Jane", { cadence: null })], interactions: [meeting("2020-01-01", ["Jane"])] });
    expect(reconnectList(view, TODAY)).toEqual([]);
  });

  it("lists a cadence with no last contact as 'no contact logged', first, by name", () => {
    const weekly = { amount: 1, unit: "week" } as const;
    const view = makeView({
      contacts: [
        contact("Zed", { cadence: weekly }),
        contact("amy", { cadence: weekly }),
        contact("Old", { cadence: weekly }),
        contact("Future", { cadence: weekly, met: "2026-06-01" }),
      ],
      interactions: [meeting("2026-01-01", ["Old"])],
    });
    const rows = reconnectList(view, TODAY);
    expect(rows.map((r) => r.name)).toEqual(["amy", "Future", "Zed", "Old"]);
    expect(rows[0]).toMatchObject({ lastContact: null, due: null, daysOverdue: null });
  });

  it("orders by most days overdue, then by name", () => {
    const c = { cadence: { amount: 10, unit: "day" } } as const;
    const view = makeView({
      contacts: [contact("B", c), contact("A", c), contact("C", c)],
      interactions: [meeting("2026-05-01", ["B", "A"]), meeting("2026-04-01", ["C"])],
    });
    expect(reconnectList(view, TODAY).map((r) => r.name)).toEqual(["C", "A", "B"]);
  });

  it("sorts names ignoring case and accents", () => {
    const view = makeView({ contacts: ["Eve", "Émile", "eden", "Zoë", "zack"].map((n) => contact(n, { status: "target" })) });
    expect(peopleToMeet(view).map((p) => p.name)).toEqual(["eden", "Émile", "Eve", "zack", "Zoë"]);
  });

  it("hides a contact snoozed until after today, not one snoozed until today", () => {
    const c = { cadence: { amount: 10, unit: "day" } } as const;
    const view = makeView({
      contacts: [contact("Later", { ...c, snoozeUntil: "2026-05-21" }), contact("Today", { ...c, snoozeUntil: TODAY })],
      interactions: [meeting("2026-01-01", ["Later", "Today"])],
    });
    expect(reconnectList(view, TODAY).map((r) => r.name)).toEqual(["Today"]);
  });

  it("never lists target, dormant or archived contacts; targets are people to meet, by name", () => {
    const c = { cadence: { amount: 10, unit: "day" } } as const;
    const view = makeView({
      contacts: [
        contact("Zoe", { ...c, status: "target" }),
        contact("Ada", { status: "target" }),
        contact("Dora", { ...c, status: "dormant" }),
        contact("Archie", { ...c, status: "archived" }),
      ],
      interactions: [meeting("2026-01-01", ["Zoe", "Dora", "Archie"])],
    });
    expect(reconnectList(view, TODAY)).toEqual([]);
    expect(peopleToMeet(view).map((p) => ({ contact: p.contact, name: p.name }))).toEqual([
      { contact: personPath("Ada"), name: "Ada" },
      { contact: personPath("Zoe"), name: "Zoe" },
    ]);
  });
});

describe("the reconnect order, sorted by days first", () => {
  it("is the order of compareKeyedRows for any rows: unlogged first, most days overdue, then name and path", () => {
    const row = fc.record({
      days: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      name: fc.constantFrom("Ada", "ada", "Bo", "Zoë", "Zoe", "Émile", ""),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 300 }), (drawn) => {
        const rows: KeyedReconnectRow[] = drawn.map(({ days, name }, i) =>
          keyReconnectRow({ contact: `People/${i}.md`, name, lastContact: null, due: null, daysOverdue: days, cadence: { amount: 1, unit: "week" } }),
        );
        expect(sortKeyedRows(rows)).toEqual([...rows].sort(compareKeyedRows));
      }),
    );
  });
});
