// How much of a note the engine reads (docs/note-format.md, "Limits"). Past each limit the excess is a
// problem naming the note and the field, never a crash, a hang or work that grows with the square of it.

/** A note file larger than this is not read at all: a problem says so (a 600 MB log is no contact). */
export const NOTE_BYTES_LIMIT = 4 * 1024 * 1024;

/** The most items one list field (attendees, tags, aliases, what I gave…) is read with; the rest is a problem. */
export const LIST_ITEMS_LIMIT = 1_000;

/** The most `network-goal` blocks one note is read with (a journal holds a handful); the rest is a problem. */
export const GOAL_BLOCKS_LIMIT = 100;

// Lines have no limit of their own: every reader of a line is linear in it (no regex backtracks over the rest
// of the line), so the longest line is the largest note.

/** `1,000`-style numbers for the messages. */
export function count(n: number): string {
  return n.toLocaleString("en-US");
}
