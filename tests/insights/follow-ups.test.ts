import { describe, expect, it } from "vitest";
import type { Settings } from "../../src/model/settings";
import type { NetworkView } from "../../src/model/types";
import { SETTINGS, contact, live, makeView, meeting, personPath } from "./view";

const followUpsDue = (view: NetworkView, today: string, settings: Partial<Settings>) => live(view).report.report(today, { ...SETTINGS, ...settings }).followUps;

const TODAY = "2026-05-20";

describe("follow-ups (SPEC §3.3)", () => {
  const at = (followUp: string, extra = {}) => meeting("2026-05-01", ["Jane"], { followUp, ...extra });

  it("classifies open follow-ups as overdue, due or upcoming, with days as in §5", () => {
    const view = makeView({ contacts: [contact("Jane")], interactions: [at("2026-05-09"), at(TODAY), at("2026-05-27"), at("2026-05-28")] });
    const rows = followUpsDue(view, TODAY, SETTINGS);
    expect(rows.map((r) => [r.due, r.status, r.days])).toEqual([
      ["2026-05-09", "overdue", 11],
      [TODAY, "due", 0],
      ["2026-05-27", "upcoming", 7],
    ]);
    expect(rows[0]?.contacts).toEqual([personPath("Jane")]);
  });

  it("honours the upcoming-days setting", () => {
    const view = makeView({ interactions: [at("2026-05-21"), at("2026-05-22")] });
    expect(followUpsDue(view, TODAY, { upcomingDays: 1 }).map((r) => r.due)).toEqual(["2026-05-21"]);
    expect(followUpsDue(view, TODAY, { upcomingDays: 0 })).toEqual([]);
  });

  it("leaves out done follow-ups, by true or by date", () => {
    const view = makeView({
      interactions: [at("2026-05-09", { followUpDone: true }), at("2026-05-10", { followUpDone: "2026-05-12" }), at("2026-05-11")],
    });
    expect(followUpsDue(view, TODAY, SETTINGS).map((r) => r.due)).toEqual(["2026-05-11"]);
  });

  it("orders overdue oldest first, then due, then upcoming soonest first; ties by note path", () => {
    const a = meeting("2026-05-01", [], { path: "Meetings/b.md", followUp: "2026-05-10" });
    const b = meeting("2026-05-01", [], { path: "Meetings/a.md", followUp: "2026-05-10" });
    const view = makeView({ interactions: [at("2026-05-25"), at("2026-05-22"), at(TODAY), a, at("2026-05-01"), b] });
    const rows = followUpsDue(view, TODAY, SETTINGS);
    expect(rows.map((r) => r.due)).toEqual(["2026-05-01", "2026-05-10", "2026-05-10", TODAY, "2026-05-22", "2026-05-25"]);
    expect(rows[1]?.note).toBe("Meetings/a.md");
    expect(rows[2]?.note).toBe("Meetings/b.md");
  });

  it("keeps the follow-up of a scheduled (future-dated) interaction", () => {
    const view = makeView({ interactions: [meeting("2026-06-01", ["Jane"], { followUp: "2026-05-22" })] });
    expect(followUpsDue(view, TODAY, SETTINGS)).toHaveLength(1);
  });
});
