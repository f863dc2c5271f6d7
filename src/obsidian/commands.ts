// The plugin's commands and the sidebar's write actions: each one an explicit user action with a notice.
import { Notice, type Command, type TFile } from "obsidian";
import type { RowActions } from "../render/actions";
import { LogInteractionModal } from "./modals/log-interaction";
import { NewContactModal } from "./modals/new-contact";
import type { ModalContext } from "./modals/context";
import { markFollowUpDone, snoozeContact, snoozeFollowUp } from "./writes";
import { registerImportExportCommands } from "./import-export-commands";
import { errorMessage } from "../model/errors";
import { isOpenFollowUp } from "../parse/interaction";
import { createQuarterlyReview, type ReviewCommandHost } from "./review-note";

/** What the commands need from the plugin (the plugin class itself satisfies it). */
export interface CommandHost extends ReviewCommandHost {
  addCommand(command: Command): Command;
  /** Reveals the Network sidebar view, creating it when needed. */
  openView(): unknown;
}

/** The row actions that write or open a modal; the view adds openNote and hoverNote. */
export type WriteActions = Pick<RowActions, "markFollowUpDone" | "snoozeFollowUp" | "logContact" | "snoozeContact">;

/** Runs one write and says what it did, or why it could not (`what`: "snooze the contact"). */
async function tell(what: string, write: () => Promise<string>): Promise<void> {
  try {
    new Notice(await write());
  } catch (error) {
    new Notice(`Could not ${what}: ${errorMessage(error)}`);
  }
}

/** The active note when it is an interaction whose follow-up is still open. */
export function activeOpenFollowUp(host: ModalContext): TFile | null {
  const file = host.app.workspace.getActiveFile();
  if (!file) return null;
  const interaction = host.index().interaction(file.path);
  return interaction !== undefined && isOpenFollowUp(interaction) ? file : null;
}

/** The active note when it is a contact. */
export function activeContact(host: ModalContext): TFile | null {
  const file = host.app.workspace.getActiveFile();
  return file && host.index().contact(file.path) ? file : null;
}

export function markDone(host: ModalContext, path: string): Promise<void> {
  return tell("mark the follow-up done", async () => {
    await markFollowUpDone(host.app, path, host.today());
    return "Follow-up marked done";
  });
}

export function snoozeNoteFollowUp(host: ModalContext, path: string): Promise<void> {
  return tell("snooze the follow-up", async () => `Follow-up moved to ${await snoozeFollowUp(host.app, path, host.settings.snoozeDays, host.today())}`);
}

export function snoozeContactNote(host: ModalContext, path: string): Promise<void> {
  return tell("snooze the contact", async () => {
    const until = await snoozeContact(host.app, path, host.settings.snoozeDays, host.today());
    return `${host.index().contact(path)?.name ?? path} snoozed until ${until}`;
  });
}

export function openLogModal(host: ModalContext, contacts: readonly string[] = []): LogInteractionModal {
  const modal = new LogInteractionModal(host, contacts);
  modal.open();
  return modal;
}

/** What the sidebar rows call (RowActions minus opening and hovering, which the view does itself). */
export function writeActions(host: ModalContext): WriteActions {
  return {
    markFollowUpDone: (note) => void markDone(host, note),
    snoozeFollowUp: (note) => void snoozeNoteFollowUp(host, note),
    snoozeContact: (contact) => void snoozeContactNote(host, contact),
    logContact: (contact) => void openLogModal(host, [contact]),
  };
}

export function registerCommands(host: CommandHost): void {
  host.addCommand({
    id: "open-view",
    name: "Open network view",
    callback: () => void host.openView(),
  });
  host.addCommand({
    id: "new-contact",
    name: "New contact",
    callback: () => new NewContactModal(host).open(),
  });
  host.addCommand({
    id: "log-interaction",
    name: "Log an interaction",
    callback: () => {
      const contact = activeContact(host);
      openLogModal(host, contact ? [contact.path] : []);
    },
  });
  // Offered only while the active note is an interaction with an open follow-up.
  const followUpCommand = (id: string, name: string, run: (host: ModalContext, path: string) => Promise<void>): void => {
    host.addCommand({
      id,
      name,
      checkCallback: (checking) => {
        const file = activeOpenFollowUp(host);
        if (!file) return false;
        if (!checking) void run(host, file.path);
        return true;
      },
    });
  };
  followUpCommand("mark-follow-up-done", "Mark this note's follow-up done", markDone);
  followUpCommand("snooze-follow-up", "Snooze this note's follow-up", snoozeNoteFollowUp);
  host.addCommand({
    id: "create-quarterly-review",
    name: "Create quarterly review",
    callback: () => void tell("write the review", () => createQuarterlyReview(host)),
  });
  registerImportExportCommands(host);
}
