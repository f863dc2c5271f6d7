// What a note's file says before any field is read: its encoding, its line endings, whether its frontmatter
// block is closed. Hosts that read files themselves (the CLI) pass every note's text through noteText; Obsidian
// hands the plugin its own reading of the file.

/** A note's text as it is read, and what is wrong with the file, in words, when something is. */
export interface NoteText {
  text: string;
  /** `unread`: nothing of the file is read. */
  problem?: { message: string; unread: boolean };
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/;
const EMPTY_BLOCK = /^---[ \t]*\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The text a note is read from:
 * - a UTF-8 byte-order mark is not part of it (CommonMark reads a file as if the mark were not there, and SPEC §9
 *   keeps it on every write), so `---` right after one opens the frontmatter as usual;
 * - a file holding NUL characters is not UTF-8 text (UTF-16, as some Windows tools save, or a binary file):
 *   nothing of it is read, and the problem says so;
 * - a frontmatter block whose lines end in a lone CR (classic Mac OS) or that is never closed by a `---` line is
 *   not frontmatter, as in Obsidian: the problem says why its fields are not read.
 */
export function noteText(raw: string): NoteText {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.includes("\u0000")) {
    const utf16 = raw.startsWith("\ufffd\ufffd");
    return {
      text: "",
      problem: {
        message: utf16
          ? "this file is saved as UTF-16, and notes are read as UTF-8 (as Obsidian reads them): save it as UTF-8 to have it read"
          : "this file holds NUL characters, so it is not a UTF-8 text note and is not read (saved as UTF-16, or not text at all?)",
        unread: true,
      },
    };
  }
  if (!text.startsWith("---")) return { text };
  if (/^---[ \t]*\r(?!\n)/.test(text)) {
    return {
      text,
      problem: {
        message: "this file's lines end in a lone CR (old Mac line endings), so its frontmatter is not read: save it with LF or CRLF line endings",
        unread: false,
      },
    };
  }
  const open = OPENING.exec(text);
  if (open && !EMPTY_BLOCK.test(text) && !CLOSING.test(text.slice(open[0].length - 1))) {
    return {
      text,
      problem: {
        message: "the frontmatter opened by --- on the first line is never closed by a --- line, so its fields are not read",
        unread: false,
      },
    };
  }
  return { text };
}
