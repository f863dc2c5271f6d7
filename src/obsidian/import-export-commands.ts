// The commands "Import LinkedIn connections", "Import vCard", "Export contacts as CSV" and "Export calendar".
import { Notice, type Command } from "obsidian";
import { exportPath, exportText, writeExport, type ExportKind } from "./import-export";
import { ConfirmReplaceModal } from "./modals/confirm-replace";
import type { ModalContext } from "./modals/context";
import { ImportModal } from "./modals/import-modal";
import { errorMessage } from "../model/errors";

/**
 * Writes an export into the vault: a new file, or — only after the user says yes — over the previous export.
 * Resolves to the path written, or null when nothing was written.
 */
export async function exportToVault(context: ModalContext, kind: ExportKind): Promise<string | null> {
  const { app } = context;
  const path = exportPath(context, kind);
  try {
    const { text, what } = exportText(context, kind);
    const exists = app.vault.getAbstractFileByPath(path) !== null;
    const replace = exists ? await new Promise<boolean>((resolve) => new ConfirmReplaceModal(app, path, resolve).open()) : false;
    if (exists && !replace) {
      new Notice(`Nothing exported: ${path} was kept.`);
      return null;
    }
    await writeExport(app, path, text, replace);
    new Notice(`Exported ${what} to ${path}.`);
    return path;
  } catch (error) {
    new Notice(`Could not export: ${errorMessage(error)}`);
    return null;
  }
}

export function registerImportExportCommands(host: ModalContext & { addCommand(command: Command): Command }): void {
  host.addCommand({ id: "import-linkedin", name: "Import LinkedIn connections", callback: () => new ImportModal(host, "linkedin").open() });
  host.addCommand({ id: "import-vcard", name: "Import vCard", callback: () => new ImportModal(host, "vcard").open() });
  host.addCommand({ id: "export-csv", name: "Export contacts as CSV", callback: () => void exportToVault(host, "csv") });
  host.addCommand({ id: "export-calendar", name: "Export calendar", callback: () => void exportToVault(host, "ics") });
}
