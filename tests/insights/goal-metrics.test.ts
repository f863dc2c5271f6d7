import { describe, expect, it } from "vitest";
import { goalProgress } from "../../src/insights/goal-progress";
import type { Contact, GoalFilters, GoalSpec, ResolvedInteraction } from "../../src/model/types";
import { contact, goal, makeView, meeting, counterOf } from "./view";

const TODAY = "2026-05-20";
// Q2 2026 is the window for a quarterly goal on TODAY.
const quarterly = (extra: Partial<GoalSpec> = {}): GoalSpec => goal({ period: "quarter", start: "2026-01-01", target: 5, ...extra });
const filters = (f: Partial<GoalFilters>): GoalFilters => ({ kind: [], tag: [], level: [], company: [], ...f });

function countOf(g: GoalSpec, contacts: Contact[], interactions: ResolvedInteraction[], today = TODAY): number | null {
  const view = makeView({ contacts, interactions, goals: [g] });
  return goalProgress(g, counterOf(view, today), "monday").count;
}

const people = [
  contact("Ann", { tags: ["marketing"], level: "senior", company: "Acme" }),
  contact("Ben", { tags: ["person/mentor"], level: "peer", company: "[[Companies/Acme|Acme Inc]]" }),
  contact("Cat", { level: "junior", company: "Globex" }),
  contact("Dan"),
];

describe("goal metrics (SPEC §3.4)", () => {
  const interactions = [
    meeting("2026-03-31", ["Ann"]), // last quarter
    meeting("2026-04-01", ["Ann", "Ben"], { kind: "coffee", gave: ["an intro"] }),
    meeting("2026-04-15", ["Ann"], { kind: "event" }),
    meeting("2026-05-02", ["Cat"], { kind: "informational-interview" }),
    meeting(TODAY, ["Dan"]),
    meeting("2026-05-21", ["Dan", "Cat"], { kind: "event", gave: ["help"] }), // scheduled: counts for nothing
    meeting(undefined, ["Dan"]),
  ];

  it("interactions counts interactions dated in the window, today included, future excluded", () => {
    expect(countOf(quarterly({ metric: "interactions" }), people, interactions)).toBe(4);
  });

  it("events counts interactions of kind event", () => {
    expect(countOf(quarterly({ metric: "events" }), people, interactions)).toBe(1);
  });

  it("people-met counts distinct attendees", () => {
    expect(countOf(quarterly({ metric: "people-met" }), people, interactions)).toBe(4);
    expect(countOf(quarterly({ metric: "people-met" }), people, interactions.slice(0, 3))).toBe(2);
  });

  it("intros-made counts interactions of kind intro", () => {
    const intros = [...interactions, meeting("2026-04-20", ["Ben"], { kind: "intro" }), meeting("2026-03-20", ["Ben"], { kind: "intro" })];
    expect(countOf(quarterly({ metric: "intros-made" }), people, intros)).toBe(1);
    expect(countOf(quarterly({ metric: "intros-made", filters: filters({ kind: ["intro", "coffee"] }) }), people, intros)).toBe(1);
    expect(countOf(quarterly({ metric: "intros-made", filters: filters({ kind: ["coffee"] }) }), people, intros)).toBe(0);
  });

  it("given counts interactions with something under what I gave", () => {
    expect(countOf(quarterly({ metric: "given" }), people, interactions)).toBe(1);
  });

  it("kind filters interactions, compared normalised", () => {
    const g = quarterly({ metric: "interactions", filters: filters({ kind: ["Informational Interview", "coffee"] }) });
    expect(countOf(g, people, interactions)).toBe(2);
    const underscored = quarterly({ metric: "interactions", filters: filters({ kind: ["informational_interview"] }) });
    expect(countOf(underscored, people, interactions)).toBe(1);
  });

  it("tag filters contacts, nested tags included; an interaction passes when one attendee does", () => {
    expect(countOf(quarterly({ metric: "interactions", filters: filters({ tag: ["marketing"] }) }), people, interactions)).toBe(2);
    expect(countOf(quarterly({ metric: "interactions", filters: filters({ tag: ["person"] }) }), people, interactions)).toBe(1);
  });

  it("people-met with a contact filter counts only the people who pass it", () => {
    const g = quarterly({ metric: "people-met", filters: filters({ level: ["senior"] }) });
    expect(countOf(g, people, interactions)).toBe(1);
  });

  it("level and company filter contacts; company compares case-insensitively and reads links", () => {
    expect(countOf(quarterly({ metric: "people-met", filters: filters({ company: ["acme"] }) }), people, interactions)).toBe(2);
    expect(countOf(quarterly({ metric: "people-met", filters: filters({ level: ["junior", "peer"] }) }), people, interactions)).toBe(2);
    const both = quarterly({ metric: "people-met", filters: filters({ company: ["Acme"], level: ["peer"] }) });
    expect(countOf(both, people, interactions)).toBe(1);
  });

  it("contacts-added uses first-met, else the earliest interaction, and leaves out targets", () => {
    const contacts = [
      contact("MetInQ2", { met: "2026-04-10" }),
      contact("MetEarlier", { met: "2025-01-01" }), // seen in Q2, but first met earlier
      contact("FirstSeenInQ2"),
      contact("FirstSeenInQ1"),
      contact("Target", { status: "target", met: "2026-04-10" }),
      contact("MetTomorrow", { met: "2026-05-21" }),
      contact("OnlyScheduled"),
    ];
    const seen = [
      meeting("2026-04-20", ["MetEarlier", "FirstSeenInQ2", "FirstSeenInQ1"]),
      meeting("2026-02-01", ["FirstSeenInQ1"]),
      meeting("2026-05-25", ["OnlyScheduled"]),
    ];
    expect(countOf(quarterly({ metric: "contacts-added" }), contacts, seen)).toBe(2);
  });

  it("follow-ups-done counts by done date, or by the follow-up date when done is true, up to today", () => {
    const done = [
      meeting("2026-03-01", ["Ann"], { followUp: "2026-03-10", followUpDone: "2026-04-02" }), // done in Q2
      meeting("2026-04-01", ["Ann"], { followUp: "2026-04-10", followUpDone: true }),
      meeting("2026-03-01", ["Ann"], { followUp: "2026-03-20", followUpDone: true }), // Q1
      meeting("2026-05-01", ["Ann"], { followUp: "2026-05-10", followUpDone: false }),
      meeting("2026-05-01", ["Ann"], { followUp: "2026-05-30", followUpDone: true }), // not yet
      meeting("2026-05-01", ["Cat"], { followUp: "2026-05-10", followUpDone: "2026-05-11" }),
    ];
    expect(countOf(quarterly({ metric: "follow-ups-done" }), people, done)).toBe(3);
    const senior = quarterly({ metric: "follow-ups-done", filters: filters({ level: ["senior"] }) });
    expect(countOf(senior, people, done)).toBe(2);
  });
});
