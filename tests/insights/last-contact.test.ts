import { describe, expect, it } from "vitest";
import { NO_DAY } from "../../src/index/people";
import { lastContactDay } from "../../src/insights/reconnect";
import { dayNumber, fromDayNumber } from "../../src/model/calendar";
import type { LocalDate, NetworkView } from "../../src/model/types";
import { contact, live, makeView, meeting, personPath } from "./view";

/** Every contact's last contact (SPEC §3.1) as the live facts give it. */
function lastContacts(view: NetworkView, asOf: LocalDate): Map<string, LocalDate> {
  const { facts } = live(view).index;
  const result = new Map<string, LocalDate>();
  for (const c of view.contacts()) {
    const day = lastContactDay(facts, facts.personId(c.path), dayNumber(asOf));
    if (day !== NO_DAY) result.set(c.path, fromDayNumber(day));
  }
  return result;
}

const TODAY = "2026-05-20";

describe("last contact (SPEC §3.1)", () => {
  it("is the latest interaction on or before today that lists the contact", () => {
    const view = makeView({
      contacts: [contact("Jane"), contact("Bob")],
      interactions: [meeting("2026-01-10", ["Jane"]), meeting("2026-03-02", ["Jane", "Bob"]), meeting("2026-02-01", ["Jane"])],
    });
    const last = lastContacts(view, TODAY);
    expect(last.get(personPath("Jane"))).toBe("2026-03-02");
    expect(last.get(personPath("Bob"))).toBe("2026-03-02");
  });

  it("ignores interactions after today (scheduled, not done) but counts one on today", () => {
    const view = makeView({
      contacts: [contact("Jane"), contact("Bob")],
      interactions: [meeting("2026-04-01", ["Jane"]), meeting("2026-05-21", ["Jane"]), meeting(TODAY, ["Bob"])],
    });
    const last = lastContacts(view, TODAY);
    expect(last.get(personPath("Jane"))).toBe("2026-04-01");
    expect(last.get(personPath("Bob"))).toBe(TODAY);
  });

  it("takes the latest of interactions, the manual field and first met, each only when not in the future", () => {
    const view = makeView({
      contacts: [
        contact("Manual", { lastContactManual: "2026-04-15", met: "2025-01-01" }),
        contact("Met", { met: "2026-05-01" }),
        contact("FutureManual", { lastContactManual: "2026-06-01", met: "2026-01-01" }),
        contact("Nothing"),
        contact("FutureOnly", { met: "2026-07-01" }),
      ],
      interactions: [meeting("2026-02-01", ["Manual", "Met"])],
    });
    const last = lastContacts(view, TODAY);
    expect(last.get(personPath("Manual"))).toBe("2026-04-15");
    expect(last.get(personPath("Met"))).toBe("2026-05-01");
    expect(last.get(personPath("FutureManual"))).toBe("2026-01-01");
    expect(last.has(personPath("Nothing"))).toBe(false);
    expect(last.has(personPath("FutureOnly"))).toBe(false);
  });

  it("ignores undated interactions", () => {
    const view = makeView({ contacts: [contact("Jane")], interactions: [meeting(undefined, ["Jane"])] });
    expect(lastContacts(view, TODAY).has(personPath("Jane"))).toBe(false);
  });
});
