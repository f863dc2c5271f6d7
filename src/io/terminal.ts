// Text bound for a terminal (the CLI, Obsidian's command line), made safe to print there.

/**
 * Control characters (C0 with newline and tab, DEL, C1: escape sequences that clear the screen, set the title
 * or draw fake lines) and the bidirectional controls that reorder what a terminal shows, written as `\u001b`
 * instead of sent to the terminal. Note names and values go through it: no note can speak to the terminal.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export function terminalSafe(line: string): string {
  return line.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Lines for a terminal, each made safe: whatever a note put in one (a newline too) is shown, not obeyed. */
export function terminalText(lines: readonly string[]): string {
  return lines.map(terminalSafe).join("\n");
}
