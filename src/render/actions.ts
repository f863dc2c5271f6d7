// What a rendered row can ask the host to do; the Obsidian shell implements it, tests record it.

export interface RowActions {
  /** Open a note (a click, or Enter on the focused link; Mod opens a new tab), at 0-based `line` when given (a goal's block). */
  openNote(path: string, event: MouseEvent | KeyboardEvent, line?: number): void;
  /** Show Obsidian's hover preview of a note over `target`. */
  hoverNote(path: string, event: MouseEvent, target: HTMLElement): void;
  /** Mark an interaction's follow-up done today (writes `follow_up_done`). */
  markFollowUpDone(note: string): void;
  /** Move an interaction's follow-up date later by the snooze length. */
  snoozeFollowUp(note: string): void;
  /** Log an interaction with this contact (opens the log modal prefilled). */
  logContact(contact: string): void;
  /** Hide this contact from "reconnect" for the snooze length (writes `snooze_until`). */
  snoozeContact(contact: string): void;
}
