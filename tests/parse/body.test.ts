import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findBodyLinks, findGoalBlocks } from "../../src/parse/note";

describe("findGoalBlocks", () => {
  it("finds backtick and tilde fences of any length, with the line of the opening fence", () => {
    const body = [
      "# Plan",
      "```network-goal",
      "metric: events",
      "```",
      "````network-goal  ",
      "metric: people-met",
      "```",
      "still inside",
      "````",
      "~~~ network-goal",
      "metric: given",
      "~~~",
    ].join("\n");
    expect(findGoalBlocks(body)).toEqual([
      { source: "metric: events", line: 1 },
      { source: "metric: people-met\n```\nstill inside", line: 4 },
      { source: "metric: given", line: 9 },
    ]);
  });

  it("ignores other languages and examples inside other code blocks", () => {
    const body = "```network-goals\nmetric: x\n```\n````markdown\n```network-goal\nmetric: events\n```\n````\n```Network-Goal\nx: 1\n```";
    expect(findGoalBlocks(body)).toEqual([]);
  });

  it("un-indents a block inside a list item and reads CRLF notes", () => {
    expect(findGoalBlocks("- goal:\r\n  ```network-goal\r\n  metric: events\r\n    # note\r\n  ```\r\n")).toEqual([
      { source: "metric: events\n  # note", line: 1 },
    ]);
  });

  it("runs an unclosed block to the end of the note", () => {
    expect(findGoalBlocks("```network-goal\nmetric: events\ntarget: 2")).toEqual([
      { source: "metric: events\ntarget: 2", line: 0 },
    ]);
  });
});

describe("findBodyLinks", () => {
  it("finds wikilinks and Markdown links to notes, in order, once each", () => {
    const body = [
      "Coffee with [[Jane Doe|Jane]] and [Bob](People/Bob%20Li.md).",
      "Also [[People/Ada#Notes]], [[jane doe]] again, and [Cy](<People/Cy Young.md>).",
      "See [the site](https://acme.com), [mail](mailto:a@b.c), [top](#agenda), [pdf](files/deck.pdf).",
      "![[photo.png]] ![[Jane Doe]] ![img](People/pic.md)",
    ].join("\n");
    expect(findBodyLinks(body)).toEqual(["Jane Doe", "People/Bob Li.md", "People/Ada", "People/Cy Young.md"]);
  });

  it("skips links in fenced and inline code", () => {
    const body = "Met `[[Not Me]]` and [[Jane]].\n```\n[[Code Person]]\n```\n~~~network-goal\ncompany: [[Acme]]\n~~~\n[[Bob]]";
    expect(findBodyLinks(body)).toEqual(["Jane", "Bob"]);
  });

  it("never throws and returns non-empty targets", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("[", "]", "(", ")", "!", "`", "~", "\n", "a", " ", "|", "#", ".md", "<", ">", "%") }), (body) => {
        expect(findBodyLinks(body).every((t) => t !== "")).toBe(true);
        findGoalBlocks(body);
      }),
    );
  });
});

describe("body scans skip what cannot hold a link or a goal", () => {
  it("a body without [ has no links; without network-goal, no goal blocks", () => {
    expect(findBodyLinks("no links here\n```\ncode\n```\n")).toEqual([]);
    expect(findGoalBlocks("```yaml\nmetric: x\n```\n[[Jane]]")).toEqual([]);
    expect(findBodyLinks("`[[Code]]` and [[Jane]]\n~~~\n[[Fenced]]\n~~~")).toEqual(["Jane"]);
  });
});
