// "Log an interaction": who (several contacts), kind, date, follow-up; creates the meeting note and opens it.
import { Setting, type App, type TFile } from "obsidian";
import type { NetworkIndex } from "../../index/network-index";
import { referenceKey } from "../../index/resolver";
import { parseLocalDate, plusDays } from "../../model/calendar";
import type { Contact, LocalDate } from "../../model/types";
import { interactionNoteText } from "../templates";
import { sanitizeFileName } from "../../io/file-names";
import { folderPath } from "../writes";
import { capitalise } from "../../model/words";
import { ContactSuggest } from "./contact-suggest";
import { inFolders, type ModalContext } from "./context";
import { NoteFormModal, createNoteTelling } from "./note-form";

/**
 * The kinds of SPEC §1.2, as written to `kind:`, with their label in the form and the note's name: the kind
 * capitalised, a hyphen read as a space ("Informational interview").
 */
export const KINDS: readonly { value: string; label: string }[] = ["meeting", "coffee", "call", "event", "informational-interview", "email", "message", "intro"].map(
  (value) => ({ value, label: capitalise(value.replace("-", " ")) }),
);
export const OTHER_KIND = "other";

export interface LogValues {
  /** Paths of the contacts, in the order chosen. */
  contacts: string[];
  /** A value of KINDS, or OTHER_KIND with `otherKind`. */
  kind: string;
  otherKind: string;
  date: string;
  /** Whole days, or "" for no follow-up. */
  followUpDays: string;
}

/** The form read and checked; `problem` says what to fix when it cannot be saved. */
export type CheckedLog =
  | { ok: true; contacts: Contact[]; kind: string; kindLabel: string; date: LocalDate; followUp?: LocalDate }
  | { ok: false; problem: string };

export function checkLog(values: LogValues, index: NetworkIndex, today: LocalDate): CheckedLog {
  const contacts = values.contacts.map((path) => index.contact(path)).filter((c): c is Contact => c !== undefined);
  if (contacts.length === 0) return { ok: false, problem: "Choose at least one person." };
  let kind = values.kind;
  let kindLabel = KINDS.find((k) => k.value === kind)?.label;
  if (kind === OTHER_KIND || kindLabel === undefined) {
    const other = values.otherKind.trim().replace(/\s+/g, " ");
    if (other === "") return { ok: false, problem: "Enter the kind of interaction." };
    kind = other;
    kindLabel = capitalise(other);
  }
  const date = parseLocalDate(values.date.trim());
  if (!date) return { ok: false, problem: `Date '${values.date.trim()}' is not a date such as ${today}.` };
  const daysText = values.followUpDays.trim();
  if (daysText === "") return { ok: true, contacts, kind, kindLabel, date };
  if (!/^\d+$/.test(daysText)) return { ok: false, problem: `Follow up in '${daysText}' days: enter a whole number of days.` };
  // Logged after the fact, "in 3 days" counts from today; for a meeting still to come, from the meeting.
  const followUp = plusDays(date > today ? date : today, Number(daysText));
  return { ok: true, contacts, kind, kindLabel, date, followUp };
}

/** `Jane Doe`, `Jane Doe and Bob Li`, `Jane Doe, Bob Li and Ann Lee`, `Jane Doe, Bob Li and 3 others`. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  if (names.length > 3) return `${names.slice(0, 2).join(", ")} and ${names.length - 2} others`;
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

/**
 * The link that names this contact for both Obsidian and our resolver: `[[Jane Doe]]` when the file name
 * is unique, else the path (`[[People/Work/Jane Doe]]`).
 */
export function contactLink(app: App, index: NetworkIndex, contact: Contact, sourcePath: string): string {
  const key = referenceKey(contact.basename);
  let unique = app.metadataCache.getFirstLinkpathDest(contact.basename, sourcePath)?.path === contact.path;
  if (unique) {
    for (const other of index.contacts()) {
      if (other.path !== contact.path && referenceKey(other.basename) === key) unique = false;
    }
  }
  if (unique) unique = app.vault.getMarkdownFiles().every((f) => f.path === contact.path || referenceKey(f.basename) !== key);
  return `[[${unique ? contact.basename : contact.path.replace(/\.md$/i, "")}]]`;
}

/** Creates `<date> <Kind> with <Names>.md` in the new-interaction folder (never over an existing note). */
export async function createInteractionNote(context: ModalContext, values: LogValues): Promise<TFile> {
  const { app, settings } = context;
  const today = context.today();
  const index = context.index();
  const checked = checkLog(values, index, today);
  if (!checked.ok) throw new Error(checked.problem);
  const folder = folderPath(settings.newInteractionFolder);
  const names = joinNames(checked.contacts.map((c) => c.name));
  const title = sanitizeFileName(`${checked.date} ${checked.kindLabel} with ${names}`);
  const source = folder === "" ? `${title}.md` : `${folder}/${title}.md`;
  const note = await interactionNoteText(
    app,
    settings.interactionTemplate,
    {
      date: checked.date,
      kind: checked.kind,
      with: checked.contacts.map((c) => contactLink(app, index, c, source)),
      followUp: checked.followUp,
      type: inFolders(folder, settings.interactionFolders) ? undefined : "interaction",
    },
    { name: names, title, date: checked.date },
  );
  return createNoteTelling(context, folder, title, note);
}

export class LogInteractionModal extends NoteFormModal {
  readonly values: LogValues;
  #chipsEl: HTMLElement | null = null;
  /** Fake-host tests drive the picker through it. */
  suggest: ContactSuggest | null = null;

  constructor(
    context: ModalContext,
    prefill: readonly string[] = [],
    onCreated: (file: TFile) => void | Promise<void> = (file) => context.app.workspace.getLeaf(false).openFile(file),
  ) {
    super(context, "Log an interaction", "Log interaction", onCreated);
    this.values = {
      contacts: prefill.filter((path) => context.index().contact(path) !== undefined),
      kind: "meeting",
      otherKind: "",
      date: context.today(),
      followUpDays: "",
    };
  }

  protected fields(form: HTMLFormElement): void {
    const people = new Setting(form).setName("With").setDesc("Type to find a contact; choose as many as took part.");
    people.addText((text) => {
      text.setPlaceholder("Name or company");
      text.inputEl.addClass("network-goals-input-contacts");
      // Enter here picks a suggestion; it must not also submit the form half filled in.
      text.inputEl.addEventListener("keydown", (event) => {
        if (event.key === "Enter") event.preventDefault();
      });
      this.suggest = new ContactSuggest(this.app, text.inputEl, () =>
        [...this.context.index().contacts()].filter((c) => !this.values.contacts.includes(c.path)),
      );
      this.suggest.onSelect((contact) => {
        this.addContact(contact.path);
        this.suggest?.setValue("");
        this.suggest?.close();
      });
      window.setTimeout(() => text.inputEl.focus(), 0);
    });
    this.#chipsEl = form.createDiv({ cls: "network-goals-chips" });
    this.#renderChips();

    new Setting(form).setName("Kind").addDropdown((dropdown) => {
      for (const kind of KINDS) dropdown.addOption(kind.value, kind.label);
      dropdown.addOption(OTHER_KIND, "Other…");
      dropdown.setValue(this.values.kind).onChange((value) => {
        this.values.kind = value;
        other.settingEl.toggle(value === OTHER_KIND);
      });
      dropdown.selectEl.addClass("network-goals-input-kind");
    });
    const other = new Setting(form).setName("Other kind").addText((text) => {
      text.setPlaceholder("Workshop").onChange((value) => (this.values.otherKind = value));
      text.inputEl.addClass("network-goals-input-other-kind");
    });
    other.settingEl.toggle(false);

    const date = this.textField(form, "Date", "network-goals-input-date", (value) => (this.values.date = value), `Such as ${this.context.today()}.`);
    date.setValue(this.values.date);
    const desc = "Days from today (from the date, for a meeting still to come). Empty: no follow-up.";
    const followUp = this.textField(form, "Follow up in", "network-goals-input-follow-up", (value) => (this.values.followUpDays = value), desc);
    followUp.setPlaceholder("7").inputEl.inputMode = "numeric";
  }

  protected problem(): string | null {
    const checked = checkLog(this.values, this.context.index(), this.context.today());
    return checked.ok ? null : checked.problem;
  }

  protected create(): Promise<TFile> {
    return createInteractionNote(this.context, this.values);
  }

  addContact(path: string): void {
    if (this.values.contacts.includes(path) || !this.context.index().contact(path)) return;
    this.values.contacts.push(path);
    this.#renderChips();
  }

  removeContact(path: string): void {
    this.values.contacts = this.values.contacts.filter((p) => p !== path);
    this.#renderChips();
  }

  #renderChips(): void {
    const el = this.#chipsEl;
    if (!el) return;
    el.empty();
    const index = this.context.index();
    for (const path of this.values.contacts) {
      const contact = index.contact(path);
      if (!contact) continue;
      const chip = el.createSpan({ cls: "network-goals-chip", attr: { "data-path": path } });
      chip.createSpan({ text: contact.name });
      const remove = chip.createEl("button", {
        cls: "network-goals-chip-remove",
        text: "×",
        attr: { type: "button", "aria-label": `Remove ${contact.name}` },
      });
      remove.addEventListener("click", () => this.removeContact(path));
    }
  }
}
