// What the two forms that create a note share (new contact, log an interaction): a form that submits on Enter
// and on its button, a line that says what to fix, one submission at a time, and the new note opened.
import { Modal, Notice, Setting, type TextComponent, type TFile } from "obsidian";
import { capitalise } from "../../model/words";
import type { NoteText } from "../../io/templates";
import { createNote } from "../writes";
import type { ModalContext } from "./context";
import { errorMessage } from "../../model/errors";

export abstract class NoteFormModal extends Modal {
  #errorEl: HTMLElement | null = null;
  #busy = false;
  readonly #title: string;
  readonly #button: string;
  readonly #onCreated: (file: TFile) => void | Promise<void>;

  constructor(
    protected readonly context: ModalContext,
    title: string,
    button: string,
    onCreated: (file: TFile) => void | Promise<void>,
  ) {
    super(context.app);
    this.#title = title;
    this.#button = button;
    this.#onCreated = onCreated;
  }

  /** The form's fields, between its title and the line that says what to fix. */
  protected abstract fields(form: HTMLFormElement): void;
  /** What is wrong with the form, in words for the user; null when the note can be created. */
  protected abstract problem(): string | null;
  protected abstract create(): Promise<TFile>;

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle(this.#title);
    contentEl.addClass("network-goals-modal");
    const form = contentEl.createEl("form");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.fields(form);
    this.#errorEl = form.createDiv({ cls: "network-goals-form-error" });
    new Setting(form).addButton((button) =>
      button
        .setButtonText(this.#button)
        .setCta()
        .onClick(() => void this.submit()),
    );
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** A text field named `name` (described by `desc`), its input classed `cls`, that hands each change to `onChange`. */
  protected textField(form: HTMLElement, name: string, cls: string, onChange: (value: string) => void, desc?: string): TextComponent {
    let field: TextComponent | undefined;
    const setting = new Setting(form).setName(name);
    if (desc !== undefined) setting.setDesc(desc);
    setting.addText((text) => {
      text.onChange(onChange);
      text.inputEl.addClass(cls);
      field = text;
    });
    if (!field) throw new Error(`no text field for ${name}`);
    return field;
  }

  protected showProblem(problem: string | null): void {
    this.#errorEl?.setText(problem ?? "");
  }

  /** Validates, creates the note, closes and opens it. Returns the note, or null when the form is not valid. */
  async submit(): Promise<TFile | null> {
    if (this.#busy) return null;
    const problem = this.problem();
    this.showProblem(problem);
    if (problem !== null) return null;
    this.#busy = true;
    try {
      const file = await this.create();
      this.close();
      await this.#onCreated(file);
      return file;
    } catch (error) {
      this.showProblem(`Could not create the note: ${errorMessage(error)}`);
      return null;
    } finally {
      this.#busy = false;
    }
  }
}

/** Creates the note (never over an existing one) and says what the user should know: a new name, a missing template. */
export async function createNoteTelling(context: ModalContext, folder: string, title: string, note: NoteText): Promise<TFile> {
  const created = await createNote(context.app, folder, title, note.text);
  const messages = [...note.warnings];
  if (created.renamed) messages.unshift(`a note named ${title} already exists, so this one is ${created.file.basename}`);
  for (const message of messages) new Notice(capitalise(message));
  return created.file;
}
