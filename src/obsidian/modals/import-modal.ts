// "Import LinkedIn connections" and "Import vCard": pick a file (an <input type=file>, which works on desktop and
// on mobile), see what will happen before anything is written (new, updated, skipped, each with its reason),
// import with progress shown, and a summary at the end (SPEC §6).
import { Modal, Notice, Setting } from "obsidian";
import type { ImportPlan, ImportSummary } from "../../io/import-plan";
import { importSummary } from "../../io/import-apply";
import { carryOutImport, planVaultImport, summaryLine, type ImportKind } from "../import-export";
import type { ModalContext } from "./context";
import { errorMessage } from "../../model/errors";
import { plural } from "../../model/words";

/** Rows shown per section of the preview; the rest are counted ("and 4,321 more"). */
const SHOWN = 100;

const KINDS: Record<ImportKind, { title: string; accept: string; help: string }> = {
  linkedin: {
    title: "Import LinkedIn connections",
    accept: ".csv,text/csv",
    help: "Choose Connections.csv from LinkedIn's data export (Settings, Data privacy, Get a copy of your data, Connections).",
  },
  vcard: {
    title: "Import vCard",
    accept: ".vcf,.vcard,text/vcard,text/x-vcard",
    help: "Choose a .vcf file exported from Apple Contacts, Google Contacts or a phone; it may hold one card or many.",
  },
};

export class ImportModal extends Modal {
  inputEl: HTMLInputElement | null = null;
  #bodyEl: HTMLElement | null = null;
  plan: ImportPlan | null = null;
  summary: ImportSummary | null = null;
  #busy = false;
  readonly #context: ModalContext;
  readonly #kind: ImportKind;

  constructor(context: ModalContext, kind: ImportKind) {
    super(context.app);
    this.#context = context;
    this.#kind = kind;
  }

  override onOpen(): void {
    const { contentEl } = this;
    const kind = KINDS[this.#kind];
    this.setTitle(kind.title);
    contentEl.addClass("network-goals-modal", "network-goals-import");
    contentEl.createEl("p", { text: kind.help });
    const input = contentEl.createEl("input", { type: "file", cls: "network-goals-import-file" });
    input.accept = kind.accept;
    input.addEventListener("change", () => void this.choose());
    this.inputEl = input;
    this.#bodyEl = contentEl.createDiv({ cls: "network-goals-import-body" });
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** Reads the chosen file and shows what importing it would do. */
  async choose(): Promise<void> {
    const file = this.inputEl?.files?.[0];
    if (!file || this.#busy) return;
    const body = this.#bodyEl;
    if (!body) return;
    body.empty();
    body.createEl("p", { text: `Reading ${file.name}…` });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      this.#showPreview(await planVaultImport(this.#context, this.#kind, bytes), file.name);
    } catch (error) {
      showError(body, `Could not read ${file.name}: ${errorMessage(error)}`);
    }
  }

  #showPreview(plan: ImportPlan, fileName: string): void {
    this.plan = plan;
    const body = this.#bodyEl as HTMLElement;
    body.empty();
    const preview = importSummary(plan, plan.created.map((note) => note.path));
    body.createEl("p", {
      cls: "network-goals-import-counts",
      text: `${fileName}: ${preview.created.length} new, ${preview.updated.length} to update, ${preview.skipped.length} skipped, ${plural(preview.problems.length, "problem")}. Nothing is written until you import.`,
    });
    showSection(body, "New notes", preview.created);
    showSection(body, "Updated (empty fields filled, e-mails and phones added)", preview.updated.map((u) => `${u.note}: ${u.fields.join(", ")}`));
    showSection(body, "Skipped", preview.skipped.map((s) => `${s.name}: ${s.reason}`));
    showSection(body, "Problems in the file", problemLines(preview.problems));
    const nothing = plan.created.length + plan.updated.length === 0;
    new Setting(body)
      .addButton((button) => button.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((button) => {
        button
          .setButtonText(nothing ? "Nothing to import" : "Import")
          .setCta()
          .setDisabled(nothing)
          .onClick(() => void this.confirm());
        button.buttonEl.addClass("network-goals-import-confirm");
      });
  }

  /** Imports what the preview showed, with progress, then shows the summary and a notice. */
  async confirm(): Promise<ImportSummary | null> {
    const plan = this.plan;
    if (!plan || this.#busy) return null;
    this.#busy = true;
    const body = this.#bodyEl as HTMLElement;
    body.empty();
    if (this.inputEl) this.inputEl.disabled = true;
    const progress = body.createEl("progress", { cls: "network-goals-import-progress" });
    progress.max = Math.max(1, plan.created.length + plan.updated.length);
    const label = body.createEl("p", { text: "Importing…" });
    try {
      const summary = await carryOutImport(this.app, plan, ({ done, total }) => {
        progress.value = done;
        label.setText(`Importing… ${done} of ${total}`);
      });
      this.summary = summary;
      const line = summaryLine(summary);
      new Notice(line);
      body.empty();
      body.createEl("p", { cls: "network-goals-import-counts", text: line });
      showSection(body, "Problems", problemLines(summary.problems));
      new Setting(body).addButton((button) => button.setButtonText("Done").setCta().onClick(() => this.close()));
      return summary;
    } catch (error) {
      showError(body, `The import stopped: ${errorMessage(error)}`);
      return null;
    } finally {
      this.#busy = false;
    }
  }
}

/** A file's problems, one line each: "Line 12: …". */
function problemLines(problems: ImportSummary["problems"]): string[] {
  return problems.map((p) => `Line ${p.line}: ${p.message}`);
}

/** What went wrong, in place of what the modal showed. */
function showError(body: HTMLElement, text: string): void {
  body.empty();
  body.createEl("p", { cls: "network-goals-form-error", text });
}

/** A heading and up to SHOWN rows, as text; nothing when the section is empty. */
function showSection(parent: HTMLElement, title: string, rows: readonly string[]): void {
  if (rows.length === 0) return;
  const details = parent.createEl("details", { cls: "network-goals-import-section" });
  details.open = rows.length <= 20;
  details.createEl("summary", { text: `${title} (${rows.length})` });
  const list = details.createEl("ul");
  for (const row of rows.slice(0, SHOWN)) list.createEl("li", { text: row });
  if (rows.length > SHOWN) list.createEl("li", { text: `and ${rows.length - SHOWN} more` });
}
