// People to meet and who can introduce you (SPEC §3.6), over notes written the way users write them.
import { describe, expect, it } from "vitest";
import { load, CORE_SCHEMA } from "js-yaml";
import { NetworkIndex } from "../../src/index/network-index";
import { LiveReport } from "../../src/insights/live-report";
import { reportToJson } from "../../src/insights/report";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { md, noteInput } from "../parse/notes";
import { report as oracleReport } from "../oracle/spec";

const parseYaml = (text: string): unknown => load(text, { schema: CORE_SCHEMA });
const TODAY = "2026-05-20";

function vault(notes: Record<string, string>): NetworkIndex {
  const index = new NetworkIndex(DEFAULT_SETTINGS, parseYaml);
  index.upsertAll(Object.entries(notes).map(([path, text]) => noteInput(path, text, parseYaml)));
  return index;
}

const NOTES: Record<string, string> = {
  "People/Ada Lovelace.md": md('status: target\ncompany: "[[Analytical Engines]]"\npurpose: Ask how she got into engines\nintroduced_by: "[[Bob Li]]"', "Friend of [[Grace Hopper]]."),
  "People/Bob Li.md": md("name: Bob Li\nlast_contact: 2026-01-01"),
  "People/Carol.md": md("company: Analytical Engines\nlast_contact: 2026-05-01"),
  "People/Dan.md": md("company: analytical engines"),
  "People/Grace Hopper.md": md("name: Grace Hopper"),
  "People/Eve.md": md("company: Analytical Engines\nstatus: dormant"),
  "People/Frank.md": md("tags: [mentor]", "Frank knows [[Ada Lovelace|Ada]] from school."),
  "People/Old.md": md("status: archived", "Knows [[Ada Lovelace]]."),
  // Bob is mentioned too, and Carol works with her: each appears once, under the first reason.
  "Meetings/2026-03-01 Coffee with Bob and Carol.md": md('with: "[[Bob Li]], [[Carol]]"', "Bob said I should meet [[Ada Lovelace]]."),
  "Meetings/2026-04-01 Call with Henry.md": md('with: "[[Henry]]"\ntopic: "[[Ada Lovelace]]"'),
  "Meetings/2026-02-01 Earlier with Henry.md": md('with: "[[Henry]]"', "We talked about [[Ada Lovelace]] too."),
  "Meetings/2026-06-01 Lunch with Ivy.md": md('with: "[[Ivy]]"', "Ask Ivy about [[Ada Lovelace]]."),
  "People/Henry.md": md("last_contact: 2026-04-01"),
  "People/Ivy.md": md("name: Ivy"),
  "People/Kofi.md": md("status: prospect"),
};

describe("people to meet", () => {
  const index = vault(NOTES);
  const [ada, kofi] = new LiveReport(index).report(TODAY, DEFAULT_SETTINGS).peopleToMeet;

  it("lists each target with its purpose", () => {
    expect(ada).toMatchObject({ contact: "People/Ada Lovelace.md", purpose: "Ask how she got into engines" });
    expect(kofi).toMatchObject({ contact: "People/Kofi.md", purpose: null, introducers: [] });
  });

  it("gives the introducers in the order of the reasons, each once, most recent contact first within a reason", () => {
    expect(ada?.introducers.map((i) => [i.name, i.reason, i.via])).toEqual([
      ["Bob Li", "named", null],
      // Carol was at Bob's coffee and was seen last on 1 May; Henry came up in two meetings (the latest is named).
      ["Carol", "mentioned", "Meetings/2026-03-01 Coffee with Bob and Carol.md"],
      ["Henry", "mentioned", "Meetings/2026-04-01 Call with Henry.md"],
      ["Frank", "linked", "People/Frank.md"],
      ["Grace Hopper", "linked", "People/Ada Lovelace.md"],
      ["Dan", "same-company", null],
    ]);
  });

  it("never has target, dormant or archived contacts introduce, nor someone met only at a scheduled meeting", () => {
    const names = ada?.introducers.map((i) => i.name) ?? [];
    expect(names).not.toContain("Eve");
    expect(names).not.toContain("Old");
    expect(names).not.toContain("Ivy");
    expect(names).not.toContain("Kofi");
  });

  it("is in the report JSON with the keys of SPEC §5", () => {
    const json = reportToJson(new LiveReport(index).report(TODAY, DEFAULT_SETTINGS));
    expect(Object.keys(json.peopleToMeet[0] ?? {})).toEqual(["contact", "name", "purpose", "introducers"]);
    expect(json.peopleToMeet[0]?.introducers[2]).toEqual({ contact: "People/Henry.md", name: "Henry", reason: "mentioned", via: "Meetings/2026-04-01 Call with Henry.md" });
  });

  it("agrees with the plain reading of SPEC §3.6", () => {
    expect(new LiveReport(index).report(TODAY, DEFAULT_SETTINGS).peopleToMeet).toEqual(oracleReport(index, TODAY, DEFAULT_SETTINGS).peopleToMeet);
  });

  it("works out a row when it is read, from the vault as it is then, though the rows before it share its company's", () => {
    const live = vault({
      ...NOTES,
      "People/Una.md": md("status: target\ncompany: Analytical Engines"),
    });
    const report = new LiveReport(live).report(TODAY, DEFAULT_SETTINGS);
    const [ada, , una] = report.peopleToMeet;
    expect(una?.contact).toBe("People/Una.md");
    expect(ada?.introducers.at(-1)).toMatchObject({ name: "Dan", reason: "same-company" });
    // Dan is seen after Ada's row was read: Una's row, read now, has him first among her colleagues.
    live.upsert(noteInput("People/Dan.md", md("company: analytical engines\nlast_contact: 2026-05-10"), parseYaml));
    expect(una?.introducers.map((i) => [i.name, i.lastContact])).toEqual([
      ["Dan", "2026-05-10"],
      ["Carol", "2026-05-01"],
    ]);
    expect(una?.introducers).toEqual(oracleReport(live, TODAY, DEFAULT_SETTINGS).peopleToMeet[2]?.introducers);
  });

  it("follows edits after the first question: a new mention, a removed link, a renamed target", () => {
    const live = vault(NOTES);
    const report = new LiveReport(live);
    report.report(TODAY, DEFAULT_SETTINGS);
    live.upsert(noteInput("Meetings/2026-05-19 Coffee with Grace.md", md('with: "[[Grace Hopper]]"', "More about [[Ada Lovelace]]."), parseYaml));
    live.upsert(noteInput("People/Frank.md", md("tags: [mentor]", "No links now."), parseYaml));
    let ada = report.report(TODAY, DEFAULT_SETTINGS).peopleToMeet[0];
    expect(ada?.introducers.find((i) => i.name === "Grace Hopper")).toMatchObject({ reason: "mentioned", via: "Meetings/2026-05-19 Coffee with Grace.md" });
    expect(ada?.introducers.find((i) => i.name === "Frank")).toBeUndefined();
    // The target answers to an alias now: links by it count too.
    live.upsert(noteInput("People/Ada Lovelace.md", md("status: target\naliases: [Countess]", "Friend of [[Grace Hopper]]."), parseYaml));
    live.upsert(noteInput("People/Zed.md", md("name: Zed", "Zed met the [[Countess]]."), parseYaml));
    ada = report.report(TODAY, DEFAULT_SETTINGS).peopleToMeet[0];
    expect(ada?.introducers.find((i) => i.name === "Zed")).toMatchObject({ reason: "linked", via: "People/Zed.md" });
    expect(report.report(TODAY, DEFAULT_SETTINGS).peopleToMeet).toEqual(oracleReport(live, TODAY, DEFAULT_SETTINGS).peopleToMeet);
    live.remove("Meetings/2026-03-01 Coffee with Bob and Carol.md");
    expect(report.report(TODAY, DEFAULT_SETTINGS).peopleToMeet).toEqual(oracleReport(live, TODAY, DEFAULT_SETTINGS).peopleToMeet);
  });
});
