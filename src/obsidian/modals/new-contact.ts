// "New contact": name, company, role, cadence; creates the note in the new-contact folder and opens it.
import { Modal, Notice, Setting, type TFile } from "obsidian";
import { readCadence } from "../../parse/durations";
import { contactNoteText } from "../templates";
import { sanitizeFileName } from "../../io/file-names";
import { createNote, folderPath } from "../writes";
import { inFolders, type ModalContext } from "./context";

export interface NewContactValues {
  name: string;
  company: string;
  role: string;
  cadence: string;
}

/** What is wrong with the form, in words for the user; null when it can be saved. */
export function newContactProblem(values: NewContactValues): string | null {
  if (values.name.trim() === "") return "Enter the person's name.";
  if (values.cadence.trim() !== "") {
    const cadence = readCadence(values.cadence);
    if (!cadence.ok) return `Cadence ${cadence.error}.`;
  }
  return null;
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
  const created = await createNote(app, folder, title, note.text);
  const messages = [...note.warnings];
  if (created.renamed) messages.unshift(`a note named ${title} already exists, so this one is ${created.file.basename}`);
  for (const message of messages) new Notice(capitalise(message));
  return created.file;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export class NewContactModal extends Modal {
  readonly values: NewContactValues = { name: "", company: "", role: "", cadence: "" };
  private errorEl: HTMLElement | null = null;
  private busy = false;

  constructor(
    private readonly context: ModalContext,
    private readonly onCreated: (file: TFile) => void | Promise<void> = (file) =>
      context.app.workspace.getLeaf(false).openFile(file),
  ) {
    super(context.app);
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle("New contact");
    contentEl.addClass("network-goals-modal");
    const form = contentEl.createEl("form");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.submit();
    });
    new Setting(form).setName("Name").addText((text) => {
      text.setPlaceholder("Full name").onChange((value) => (this.values.name = value));
      text.inputEl.addClass("network-goals-input-name");
      window.setTimeout(() => text.inputEl.focus(), 0);
    });
    new Setting(form).setName("Company").addText((text) => {
      text.onChange((value) => (this.values.company = value));
      text.inputEl.addClass("network-goals-input-company");
    });
    new Setting(form).setName("Role").addText((text) => {
      text.onChange((value) => (this.values.role = value));
      text.inputEl.addClass("network-goals-input-role");
    });
    new Setting(form)
      .setName("Keep in touch every")
      .setDesc(`A duration such as 30d, 2w or monthly, or none. Empty: the default (${this.context.settings.defaultCadence}).`)
      .addText((text) => {
        text.setPlaceholder(this.context.settings.defaultCadence).onChange((value) => {
          this.values.cadence = value;
          this.showProblem(value.trim() === "" ? null : cadenceProblem(value));
        });
        text.inputEl.addClass("network-goals-input-cadence");
      });
    this.errorEl = form.createDiv({ cls: "network-goals-form-error" });
    new Setting(form).addButton((button) =>
      button
        .setButtonText("Create contact")
        .setCta()
        .onClick(() => void this.submit()),
    );
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** Validates, creates the note, closes and opens it. Returns the note, or null when the form is not valid. */
  async submit(): Promise<TFile | null> {
    if (this.busy) return null;
    const problem = newContactProblem(this.values);
    this.showProblem(problem);
    if (problem) return null;
    this.busy = true;
    try {
      const file = await createContactNote(this.context, this.values);
      this.close();
      await this.onCreated(file);
      return file;
    } catch (error) {
      this.showProblem(`Could not create the note: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    } finally {
      this.busy = false;
    }
  }

  private showProblem(problem: string | null): void {
    this.errorEl?.setText(problem ?? "");
  }
}

function cadenceProblem(value: string): string | null {
  const cadence = readCadence(value);
  return cadence.ok ? null : `Cadence ${cadence.error}.`;
}
