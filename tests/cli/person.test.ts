// network-goals person over the demo vault: the approved JSON and text, and how a name is found.
import { resolve, join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./run-cli";

const demo = join(resolve(__dirname, "../.."), "demo-vault");

describe("network-goals person", () => {
  it("prints the approved JSON page of a contact with a rich history", async () => {
    const { code, out } = cli(["person", "Jane Doe", "--vault", demo, "--today", "2026-11-22", "--json"]);
    expect(code).toBe(0);
    await expect(out).toMatchFileSnapshot("__snapshots__/demo-person-jane.json");
  });

  it("prints the approved text page", async () => {
    const { code, out } = cli(["person", "Jane Doe", "--vault", demo, "--today", "2026-11-22"]);
    expect(code).toBe(0);
    await expect(out).toMatchFileSnapshot("__snapshots__/demo-person-jane.txt");
  });

  it.each([["People/Jane Doe.md"], ["People/Jane Doe"], ["JD"], ["[[Jane Doe]]"], ["jane doe"]])("finds %s as an attendee is found", (name) => {
    const { code, out } = cli(["person", name, "--vault", demo, "--today", "2026-11-22", "--json"]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { contact: string }).contact).toBe("People/Jane Doe.md");
  });

  it("exits 2 with the candidates when a name is ambiguous", () => {
    const { code, out, err } = cli(["person", "Sam", "--vault", demo, "--today", "2026-11-22"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("matches several contacts");
    expect(err).toContain("People/Samantha Patel.md");
    expect(err).toContain("People/Samuel Okoro.md");
  });

  it("exits 2 for an unknown name, with the contacts whose names contain it", () => {
    const unknown = cli(["person", "Jan", "--vault", demo]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("no contact is called 'Jan'");
    expect(unknown.err).toContain("People/Jane Doe.md");
    expect(cli(["person", "Nobody At All", "--vault", demo]).code).toBe(2);
  });

  it("is a usage error without a name, or with two", () => {
    expect(cli(["person", "--vault", demo]).err).toContain("person needs the NAME");
    expect(cli(["person", "Jane", "Doe", "--vault", demo]).code).toBe(2);
  });
});
