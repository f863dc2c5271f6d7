// What a note's file says before its fields are read (src/parse/file-text.ts): BOM, UTF-16, CR-only, unclosed blocks.
import { describe, expect, it } from "vitest";
import { noteText } from "../../src/parse/file-text";

const utf16 = (text: string, bom: string): string => new TextDecoder("utf-8").decode(Buffer.concat([Buffer.from(bom, "latin1"), Buffer.from(text, "utf16le")]));

describe("noteText", () => {
  it("takes off a UTF-8 byte-order mark, so --- right after it opens the frontmatter", () => {
    expect(noteText("\uFEFF---\nname: Ada\n---\n")).toEqual({ text: "---\nname: Ada\n---\n" });
  });

  it("reads ordinary notes as they are", () => {
    for (const text of ["", "plain", "---\na: 1\n---\n", "---\r\na: 1\r\n---", "---\n---\n", "----\nrule", "--- \na: 1\n--- \n"]) {
      expect(noteText(text)).toEqual({ text });
    }
  });

  it("refuses UTF-16 (either byte order) and NUL-holding files, reading nothing of them", () => {
    const le = noteText(utf16("---\ntype: contact\n---\n", "\xff\xfe"));
    expect(le.problem).toEqual({ message: expect.stringContaining("UTF-16") as string, unread: true });
    expect(le.text).toBe("");
    expect(noteText(utf16("---\n", "\xfe\xff")).problem?.message).toContain("UTF-16");
    expect(noteText("a\u0000b").problem).toEqual({ message: expect.stringContaining("NUL") as string, unread: true });
  });

  it("says why a frontmatter block with CR-only lines, or never closed, is not read", () => {
    expect(noteText("---\rtype: contact\r---\r").problem).toEqual({ message: expect.stringContaining("lone CR") as string, unread: false });
    expect(noteText("---\ntype: contact\nbody [[Jane]]\n").problem).toEqual({ message: expect.stringContaining("never closed") as string, unread: false });
    expect(noteText("\uFEFF---\r\ntype: contact\r\n").problem?.message).toContain("never closed");
  });
});
