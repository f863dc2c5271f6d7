// Asks before an export replaces the file it wrote last time (nothing is overwritten without the user's say).
import { Modal, requireApiVersion, Setting, type App } from "obsidian";

export class ConfirmReplaceModal extends Modal {
  readonly #path: string;
  readonly #onAnswer: (replace: boolean) => void;

  constructor(app: App, path: string, onAnswer: (replace: boolean) => void) {
    super(app);
    this.#path = path;
    this.#onAnswer = onAnswer;
  }

  #answered = false;

  override onOpen(): void {
    this.setTitle("Replace the file?");
    this.contentEl.createEl("p", { text: `${this.#path} already exists. Replace it with this export?` });
    new Setting(this.contentEl)
      .addButton((button) => button.setButtonText("Cancel").onClick(() => this.answer(false)))
      .addButton((button) => {
        button.setButtonText("Replace").onClick(() => this.answer(true));
        // setDestructive is 1.13; before it, Obsidian's mod-warning class (what the deprecated setWarning set).
        if (requireApiVersion("1.13.0")) button.setDestructive();
        else button.buttonEl.addClass("mod-warning");
        button.buttonEl.addClass("network-goals-replace");
      });
  }

  answer(replace: boolean): void {
    if (this.#answered) return;
    this.#answered = true;
    this.close();
    this.#onAnswer(replace);
  }

  override onClose(): void {
    this.contentEl.empty();
    // Closed with Escape or the ×: that is a no.
    if (!this.#answered) {
      this.#answered = true;
      this.#onAnswer(false);
    }
  }
}
