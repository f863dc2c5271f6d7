// "New contact": name, company, role, cadence; creates the note in the new-contact folder and opens it.
import type { TFile } from "obsidian";
import { readCadence } from "../../parse/durations";
import { contactNoteText } from "../templates";
import { sanitizeFileName } from "../../io/file-names";
import { folderPath } from "../writes";
import { inFolders, type ModalContext } from "./context";
import { NoteFormModal, createNoteTelling } from "./note-form";

export interface NewContactValues {
  name: string;
  company: string;
  role: string;
  cadence: string;
}

/** What is wrong with the form, in words for the user; null when it can be saved. */
export function newContactProblem(values: NewContactValues): string | null {
  if (values.name.trim() === "") return "Enter the person's name.";
  return values.cadence.trim() === "" ? null : cadenceProblem(values.cadence);
}

/** Creates the contact note (never over an existing one) and returns it, with the warnings to show. */
export async function createContactNote(context: ModalContext, values: NewContactValues): Promise<TFile> {
  const { app, settings } = context;
  const folder = folderPath(settings.newContactFolder);
  const name = values.name.trim().replace(/\s+/g, " ");
  const title = sanitizeFileName(name);
  const note = await contactNoteText(
    app,
    settings.contactTemplate,
    {
      name,
      company: values.company.trim(),
      role: values.role.trim(),
      cadence: values.cadence.trim(),
      // A note outside the contact folders is a contact only if it says so.
      type: inFolders(folder, settings.contactFolders) ? undefined : "contact",
    },
    { name, title, date: context.today() },
  );
  return createNoteTelling(context, folder, title, note);
}

export class NewContactModal extends NoteFormModal {
  readonly values: NewContactValues = { name: "", company: "", role: "", cadence: "" };

  constructor(context: ModalContext, onCreated: (file: TFile) => void | Promise<void> = (file) => context.app.workspace.getLeaf(false).openFile(file)) {
    super(context, "New contact", "Create contact", onCreated);
  }

  protected fields(form: HTMLFormElement): void {
    const name = this.textField(form, "Name", "network-goals-input-name", (value) => (this.values.name = value)).setPlaceholder("Full name");
    window.setTimeout(() => name.inputEl.focus(), 0);
    this.textField(form, "Company", "network-goals-input-company", (value) => (this.values.company = value));
    this.textField(form, "Role", "network-goals-input-role", (value) => (this.values.role = value));
    const { defaultCadence } = this.context.settings;
    const desc = `A duration such as 30d, 2w or monthly, or none. Empty: the default (${defaultCadence}).`;
    this.textField(form, "Keep in touch every", "network-goals-input-cadence", (value) => {
      this.values.cadence = value;
      this.showProblem(value.trim() === "" ? null : cadenceProblem(value));
    }, desc).setPlaceholder(defaultCadence);
  }

  protected problem(): string | null {
    return newContactProblem(this.values);
  }

  protected create(): Promise<TFile> {
    return createContactNote(this.context, this.values);
  }
}

function cadenceProblem(value: string): string | null {
  const cadence = readCadence(value);
  return cadence.ok ? null : `Cadence ${cadence.error}.`;
}
