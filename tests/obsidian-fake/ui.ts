// Obsidian's UI pieces a plugin builds settings, modals, menus and notices from.
// Each keeps its state readable, so tests can type into settings, choose suggestions and read notices.
import type { Instruction, IconName, SearchResult, TooltipOptions } from "obsidian";
import type { App } from "./app";
import { Component } from "./events";
import { atLeast } from "./version";

export function requireDom(what: string): Document {
  if (typeof document === "undefined") {
    throw new Error(`${what} needs a DOM: start the test file with \`// @vitest-environment happy-dom\`.`);
  }
  return document;
}

export function setIcon(parent: HTMLElement, iconId: IconName): void {
  parent.empty();
  parent.setAttr("data-icon", iconId);
  parent.createSvg("svg", { cls: ["svg-icon", `lucide-${iconId}`] });
}

export function setTooltip(el: HTMLElement, tooltip: string, _options?: TooltipOptions): void {
  void _options;
  el.setAttr("aria-label", tooltip);
}

export abstract class BaseComponent {
  disabled = false;
  then(cb: (component: this) => unknown): this {
    cb(this);
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
}

export abstract class ValueComponent<T> extends BaseComponent {
  abstract getValue(): T;
  abstract setValue(value: T): this;
}

export class ButtonComponent extends BaseComponent {
  buttonEl: HTMLButtonElement;
  constructor(containerEl: HTMLElement) {
    super();
    this.buttonEl = containerEl.createEl("button");
  }
  override setDisabled(disabled: boolean): this {
    this.buttonEl.disabled = disabled;
    return super.setDisabled(disabled);
  }
  setCta(): this {
    this.buttonEl.addClass("mod-cta");
    return this;
  }
  removeCta(): this {
    this.buttonEl.removeClass("mod-cta");
    return this;
  }
  setWarning(): this {
    this.buttonEl.addClass("mod-warning");
    return this;
  }
  /** d.ts 1.13.0: replaces setWarning for a destructive button (Obsidian styles it as mod-warning). */
  setDestructive(): this {
    if (!atLeast("1.13.0")) throw new TypeError("button.setDestructive is not a function");
    this.buttonEl.addClass("mod-warning");
    return this;
  }
  setTooltip(tooltip: string, options?: TooltipOptions): this {
    setTooltip(this.buttonEl, tooltip, options);
    return this;
  }
  setButtonText(name: string): this {
    this.buttonEl.setText(name);
    return this;
  }
  setIcon(icon: IconName): this {
    setIcon(this.buttonEl, icon);
    return this;
  }
  setClass(cls: string): this {
    this.buttonEl.addClass(cls);
    return this;
  }
  onClick(callback: (evt: MouseEvent) => unknown): this {
    this.buttonEl.addEventListener("click", (evt) => void callback(evt));
    return this;
  }
}

export class ExtraButtonComponent extends BaseComponent {
  extraSettingsEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    super();
    this.extraSettingsEl = containerEl.createDiv({ cls: "clickable-icon extra-setting-button" });
  }
  setTooltip(tooltip: string, options?: TooltipOptions): this {
    setTooltip(this.extraSettingsEl, tooltip, options);
    return this;
  }
  setIcon(icon: IconName): this {
    setIcon(this.extraSettingsEl, icon);
    return this;
  }
  onClick(callback: () => unknown): this {
    this.extraSettingsEl.addEventListener("click", () => void callback());
    return this;
  }
}

export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
  inputEl: T;
  private changeCallback: ((value: string) => unknown) | null = null;
  constructor(inputEl: T) {
    super();
    this.inputEl = inputEl;
    // Typing fires `input`; Obsidian calls onChange from it (setValue does not).
    inputEl.addEventListener("input", () => this.onChanged());
  }
  override setDisabled(disabled: boolean): this {
    this.inputEl.disabled = disabled;
    return super.setDisabled(disabled);
  }
  getValue(): string {
    return this.inputEl.value;
  }
  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }
  setPlaceholder(placeholder: string): this {
    this.inputEl.placeholder = placeholder;
    return this;
  }
  onChanged(): void {
    void this.changeCallback?.(this.getValue());
  }
  onChange(callback: (value: string) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl("input", { type: "text" }));
  }
}

export class SearchComponent extends AbstractTextComponent<HTMLInputElement> {
  clearButtonEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl("input", { type: "search" }));
    this.clearButtonEl = containerEl.createDiv({ cls: "search-input-clear-button" });
  }
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl("textarea"));
  }
}

export class ToggleComponent extends ValueComponent<boolean> {
  toggleEl: HTMLElement;
  private on = false;
  private changeCallback: ((value: boolean) => unknown) | null = null;
  constructor(containerEl: HTMLElement) {
    super();
    this.toggleEl = containerEl.createDiv({ cls: "checkbox-container" });
    this.toggleEl.addEventListener("click", () => this.onClick());
  }
  getValue(): boolean {
    return this.on;
  }
  setValue(on: boolean): this {
    this.on = on;
    this.toggleEl.toggleClass("is-enabled", on);
    return this;
  }
  setTooltip(tooltip: string, options?: TooltipOptions): this {
    setTooltip(this.toggleEl, tooltip, options);
    return this;
  }
  onClick(): void {
    if (this.disabled) return;
    this.setValue(!this.on);
    void this.changeCallback?.(this.on);
  }
  onChange(callback: (value: boolean) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
}

export class DropdownComponent extends ValueComponent<string> {
  selectEl: HTMLSelectElement;
  private changeCallback: ((value: string) => unknown) | null = null;
  constructor(containerEl: HTMLElement) {
    super();
    this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
    this.selectEl.addEventListener("change", () => void this.changeCallback?.(this.getValue()));
  }
  addOption(value: string, display: string): this {
    this.selectEl.createEl("option", { value, text: display });
    return this;
  }
  addOptions(options: Record<string, string>): this {
    for (const [value, display] of Object.entries(options)) this.addOption(value, display);
    return this;
  }
  getValue(): string {
    return this.selectEl.value;
  }
  setValue(value: string): this {
    this.selectEl.value = value;
    return this;
  }
  onChange(callback: (value: string) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
}

export class SliderComponent extends ValueComponent<number> {
  sliderEl: HTMLInputElement;
  private changeCallback: ((value: number) => unknown) | null = null;
  constructor(containerEl: HTMLElement) {
    super();
    this.sliderEl = containerEl.createEl("input", { type: "range" });
    this.sliderEl.addEventListener("change", () => void this.changeCallback?.(this.getValue()));
  }
  setInstant(_instant: boolean): this {
    void _instant;
    return this;
  }
  setLimits(min: number, max: number, step: number | "any"): this {
    this.sliderEl.min = String(min);
    this.sliderEl.max = String(max);
    this.sliderEl.step = String(step);
    return this;
  }
  getValue(): number {
    return Number(this.sliderEl.value);
  }
  setValue(value: number): this {
    this.sliderEl.value = String(value);
    return this;
  }
  getValuePretty(): string {
    return String(this.getValue());
  }
  setDynamicTooltip(): this {
    return this;
  }
  showTooltip(): void {}
  onChange(callback: (value: number) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
}

export class Setting {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  components: BaseComponent[] = [];
  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv({ cls: "setting-item" });
    this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
    this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
    this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
    this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
  }
  setName(name: string | DocumentFragment): this {
    this.nameEl.setText(name);
    return this;
  }
  setDesc(desc: string | DocumentFragment): this {
    this.descEl.setText(desc);
    return this;
  }
  setClass(cls: string): this {
    this.settingEl.addClass(cls);
    return this;
  }
  setTooltip(tooltip: string, options?: TooltipOptions): this {
    setTooltip(this.nameEl, tooltip, options);
    return this;
  }
  setHeading(): this {
    this.settingEl.addClass("setting-item-heading");
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.settingEl.toggleClass("is-disabled", disabled);
    for (const c of this.components) c.setDisabled(disabled);
    return this;
  }
  private add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
    this.components.push(component);
    cb(component);
    return this;
  }
  addButton(cb: (component: ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }
  addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
    return this.add(new ExtraButtonComponent(this.controlEl), cb);
  }
  addToggle(cb: (component: ToggleComponent) => unknown): this {
    return this.add(new ToggleComponent(this.controlEl), cb);
  }
  addText(cb: (component: TextComponent) => unknown): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }
  addSearch(cb: (component: SearchComponent) => unknown): this {
    return this.add(new SearchComponent(this.controlEl), cb);
  }
  addTextArea(cb: (component: TextAreaComponent) => unknown): this {
    return this.add(new TextAreaComponent(this.controlEl), cb);
  }
  addDropdown(cb: (component: DropdownComponent) => unknown): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }
  addSlider(cb: (component: SliderComponent) => unknown): this {
    return this.add(new SliderComponent(this.controlEl), cb);
  }
  then(cb: (setting: this) => unknown): this {
    cb(this);
    return this;
  }
  clear(): this {
    this.controlEl.empty();
    this.components = [];
    return this;
  }
}

/** Fake-only: what the user has seen and what is open, for assertions. Reset by createTestApp. */
export const fakeUi = {
  notices: [] as Notice[],
  openModals: [] as Modal[],
  menus: [] as Menu[],
  reset(): void {
    this.notices.length = 0;
    this.openModals.length = 0;
    this.menus.length = 0;
  },
};

export class Notice {
  noticeEl: HTMLElement;
  containerEl: HTMLElement;
  messageEl: HTMLElement;
  /** Fake-only. */
  message = "";
  duration: number | undefined;
  hidden = false;
  constructor(message: string | DocumentFragment, duration?: number) {
    const doc = typeof document === "undefined" ? null : document;
    this.containerEl = (doc?.createElement("div") ?? null) as HTMLElement;
    this.noticeEl = this.containerEl;
    this.messageEl = this.containerEl;
    this.duration = duration;
    this.setMessage(message);
    fakeUi.notices.push(this);
  }
  setMessage(message: string | DocumentFragment): this {
    this.message = typeof message === "string" ? message : (message.textContent ?? "");
    this.messageEl?.setText(message);
    return this;
  }
  hide(): void {
    this.hidden = true;
  }
}

export class Modal {
  app: App;
  scope: unknown = null;
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  shouldRestoreSelection = false;
  /** Fake-only. */
  isOpen = false;
  constructor(app: App) {
    this.app = app;
    const doc = requireDom("Modal");
    this.containerEl = doc.createElement("div");
    this.containerEl.addClass("modal-container");
    this.modalEl = this.containerEl.createDiv({ cls: "modal" });
    this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
    this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
  }
  open(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    requireDom("Modal").body.appendChild(this.containerEl);
    fakeUi.openModals.push(this);
    this.onOpen();
  }
  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.containerEl.detach();
    fakeUi.openModals.splice(fakeUi.openModals.indexOf(this), 1);
    this.onClose();
  }
  onOpen(): void {}
  onClose(): void {}
  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }
  setContent(content: string | DocumentFragment): this {
    this.contentEl.setText(content);
    return this;
  }
}

export abstract class SuggestModal<T> extends Modal {
  limit = 100;
  emptyStateText = "No results found.";
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  /** Fake-only: what the list shows now. */
  suggestions: T[] = [];
  constructor(app: App) {
    super(app);
    this.inputEl = this.modalEl.createEl("input", { cls: "prompt-input", type: "text" });
    this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
    this.inputEl.addEventListener("input", () => void this.updateSuggestions());
  }
  setPlaceholder(placeholder: string): void {
    this.inputEl.placeholder = placeholder;
  }
  setInstructions(_instructions: Instruction[]): void {
    void _instructions;
  }
  onNoSuggestion(): void {
    this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
  }
  override open(): void {
    super.open();
    void this.updateSuggestions();
  }
  /** Fake-only: type a query and wait for the list. */
  async setQuery(query: string): Promise<T[]> {
    this.inputEl.value = query;
    return this.updateSuggestions();
  }
  async updateSuggestions(): Promise<T[]> {
    this.suggestions = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
    this.resultContainerEl.empty();
    if (this.suggestions.length === 0) this.onNoSuggestion();
    for (const item of this.suggestions) this.renderSuggestion(item, this.resultContainerEl.createDiv({ cls: "suggestion-item" }));
    return this.suggestions;
  }
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }
  selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
    const first = this.suggestions[0];
    if (first !== undefined) this.selectSuggestion(first, evt);
  }
  /** Fake-only: choose the n-th suggestion shown, as a click would. */
  chooseSuggestion(index = 0): void {
    const item = this.suggestions[index];
    if (item === undefined) throw new Error(`No suggestion number ${index}; ${this.suggestions.length} shown.`);
    this.selectSuggestion(item, new KeyboardEvent("keydown", { key: "Enter" }));
  }
  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export interface FuzzyMatch<T> {
  item: T;
  match: SearchResult;
}

/** Subsequence match, case-insensitive, like prepareFuzzySearch in spirit (the score is simpler). */
export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
  const q = query.toLowerCase().replace(/\s+/g, "");
  return (text: string) => {
    const t = text.toLowerCase();
    const matches: [number, number][] = [];
    let from = 0;
    for (const ch of q) {
      const at = t.indexOf(ch, from);
      if (at < 0) return null;
      matches.push([at, at + 1]);
      from = at + 1;
    }
    return { score: -(matches.at(-1)?.[0] ?? 0), matches };
  };
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
  getSuggestions(query: string): FuzzyMatch<T>[] {
    const search = prepareFuzzySearch(query);
    const out: FuzzyMatch<T>[] = [];
    for (const item of this.getItems()) {
      const match = search(this.getItemText(item));
      if (match) out.push({ item, match });
    }
    return query.trim() === "" ? out : out.sort((a, b) => b.match.score - a.match.score);
  }
  renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
    el.setText(this.getItemText(item.item));
  }
  onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }
  /** Fake-only: choose an item directly (closes the modal, then onChooseItem). */
  chooseItem(item: T): void {
    this.close();
    this.onChooseItem(item, new KeyboardEvent("keydown", { key: "Enter" }));
  }
  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class PopoverSuggest<T> {
  app: App;
  scope: unknown = null;
  /** Fake-only. */
  isOpen = false;
  constructor(app: App) {
    this.app = app;
  }
  open(): void {
    this.isOpen = true;
  }
  close(): void {
    this.isOpen = false;
  }
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> {
  limit = 100;
  private selectCallback: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
  constructor(
    app: App,
    private readonly textInputEl: HTMLInputElement | HTMLDivElement,
  ) {
    super(app);
  }
  setValue(value: string): void {
    if (this.textInputEl instanceof HTMLInputElement) this.textInputEl.value = value;
    else this.textInputEl.setText(value);
  }
  getValue(): string {
    return this.textInputEl instanceof HTMLInputElement ? this.textInputEl.value : (this.textInputEl.textContent ?? "");
  }
  protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
  /** Fake-only: the suggestions for what is typed now. */
  async suggestionsFor(query: string): Promise<T[]> {
    return (await this.getSuggestions(query)).slice(0, this.limit);
  }
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    void this.selectCallback?.(value, evt);
  }
  onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.selectCallback = callback;
    return this;
  }
}

export class MenuItem {
  title = "";
  icon: string | null = null;
  checked: boolean | null = null;
  disabled = false;
  section = "";
  callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
  setTitle(title: string | DocumentFragment): this {
    this.title = typeof title === "string" ? title : (title.textContent ?? "");
    return this;
  }
  setIcon(icon: IconName | null): this {
    this.icon = icon;
    return this;
  }
  setChecked(checked: boolean | null): this {
    this.checked = checked;
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
  setIsLabel(_isLabel: boolean): this {
    void _isLabel;
    return this;
  }
  setSection(section: string): this {
    this.section = section;
    return this;
  }
  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.callback = callback;
    return this;
  }
  /** Fake-only: click the item. */
  click(): void {
    if (!this.disabled) void this.callback?.(new MouseEvent("click"));
  }
}


export class Menu extends Component {
  /** Fake-only. */
  items: MenuItem[] = [];
  shown = false;
  private hideCallbacks: (() => unknown)[] = [];
  setNoIcon(): this {
    return this;
  }
  setUseNativeMenu(_useNativeMenu: boolean): this {
    void _useNativeMenu;
    return this;
  }
  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem();
    cb(item);
    this.items.push(item);
    return this;
  }
  addSeparator(): this {
    return this;
  }
  showAtMouseEvent(_evt: MouseEvent): this {
    void _evt;
    return this.showAtPosition({ x: 0, y: 0 });
  }
  showAtPosition(_position: { x: number; y: number }, _doc?: Document): this {
    void _position;
    void _doc;
    this.shown = true;
    fakeUi.menus.push(this);
    this.load();
    return this;
  }
  hide(): this {
    if (this.shown) {
      this.shown = false;
      for (const cb of this.hideCallbacks) cb();
      this.unload();
    }
    return this;
  }
  close(): void {
    this.hide();
  }
  onHide(callback: () => unknown): void {
    this.hideCallbacks.push(callback);
  }
  /** Fake-only: click the item with this title. */
  clickItem(title: string): void {
    const item = this.items.find((i) => i.title === title);
    if (!item) throw new Error(`No menu item "${title}"; items: ${this.items.map((i) => i.title).join(", ")}`);
    item.click();
    this.hide();
  }
}
