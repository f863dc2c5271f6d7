// The plugin's commands and the sidebar's write actions: each one an explicit user action with a notice.
import { Notice, type Command, type TFile } from "obsidian";
import type { RowActions } from "../render/actions";
import { LogInteractionModal } from "./modals/log-interaction";
import { NewContactModal } from "./modals/new-contact";
import type { ModalContext } from "./modals/context";
import { markFollowUpDone, snoozeContact, snoozeFollowUp } from "./writes";
import { registerImportExportCommands } from "./import-export-commands";
import { errorMessage } from "../model/errors";

/** What the commands need from the plugin (the plugin class itself satisfies it). */
export interface CommandHost extends ModalContext {
  addCommand(command: Command): Command;
  /** Reveals the Network sidebar view, creating it when needed. */
  openView(): unknown;
}

/** The row actions that write or open a modal; the view adds openNote and hoverNote. */
export type WriteActions = Pick<RowActions, "markFollowUpDone" | "snoozeFollowUp" | "logContact" | "snoozeContact">;

function failed(what: string, error: unknown): void {
  new Notice(`Could not ${what}: ${errorMessage(error)}`);
}

/** The active note when it is an interaction whose follow-up is still open. */
export function activeOpenFollowUp(host: ModalContext): TFile | null {
  const file = host.app.workspace.getActiveFile();
  if (!file) return null;
  const interaction = host.index().interaction(file.path);
  return interaction?.followUp !== undefined && interaction.followUpDone === false ? file : null;
}

/** The active note when it is a contact. */
export function activeContact(host: ModalContext): TFile | null {
  const file = host.app.workspace.getActiveFile();
  return file && host.index().contact(file.path) ? file : null;
}

export async function markDone(host: ModalContext, path: string): Promise<void> {
  try {
    await markFollowUpDone(host.app, path, host.today());
    new Notice("Follow-up marked done");
  } catch (error) {
    failed("mark the follow-up done", error);
  }
}

export async function snoozeNoteFollowUp(host: ModalContext, path: string): Promise<void> {
  try {
    const until = await snoozeFollowUp(host.app, path, host.settings.snoozeDays, host.today());
    new Notice(`Follow-up moved to ${until}`);
  } catch (error) {
    failed("snooze the follow-up", error);
  }
}

export async function snoozeContactNote(host: ModalContext, path: string): Promise<void> {
  try {
    const until = await snoozeContact(host.app, path, host.settings.snoozeDays, host.today());
    const name = host.index().contact(path)?.name ?? path;
    new Notice(`${name} snoozed until ${until}`);
  } catch (error) {
    failed("snooze the contact", error);
  }
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
  host.addCommand({
    id: "mark-follow-up-done",
    name: "Mark this note's follow-up done",
    checkCallback: (checking) => {
      const file = activeOpenFollowUp(host);
      if (!file) return false;
      if (!checking) void markDone(host, file.path);
      return true;
    },
  });
  host.addCommand({
    id: "snooze-follow-up",
    name: "Snooze this note's follow-up",
    checkCallback: (checking) => {
      const file = activeOpenFollowUp(host);
      if (!file) return false;
      if (!checking) void snoozeNoteFollowUp(host, file.path);
      return true;
    },
  });
  registerImportExportCommands(host);
}
