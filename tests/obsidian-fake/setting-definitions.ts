// Obsidian 1.13's declarative settings: a tab's getSettingDefinitions() drawn as Obsidian's settings rows, and
// what its settings search reads. Only groups and text, dropdown and toggle controls are modelled (what the
// plugin uses); a control's value comes from getControlValue and goes to setControlValue, after `validate`.
import type { SettingDefinition, SettingDefinitionItem } from "obsidian";
import type { SettingTab } from "./plugin";

/** Every setting in the definitions, groups and pages opened up, in order. */
export function flattenDefinitions(items: readonly SettingDefinitionItem[]): SettingDefinition[] {
  const out: SettingDefinition[] = [];
  for (const item of items) {
    if ("type" in item && (item.type === "group" || item.type === "list")) out.push(...flattenDefinitions(item.items ?? []));
    else if ("type" in item && item.type === "page") continue;
    else out.push(item as SettingDefinition);
  }
  return out;
}

function row(parent: HTMLElement, def: SettingDefinition): { control: HTMLElement; message: HTMLElement } {
  const item = parent.createDiv({ cls: "setting-item" });
  const info = item.createDiv({ cls: "setting-item-info" });
  info.createDiv({ cls: "setting-item-name", text: def.name });
  if (typeof def.desc === "string") info.createDiv({ cls: "setting-item-description", text: def.desc });
  const message = info.createDiv({ cls: "setting-item-description mod-warning" });
  return { control: item.createDiv({ cls: "setting-item-control" }), message };
}

function renderControl(tab: SettingTab, parent: HTMLElement, def: SettingDefinition): void {
  const { control, message } = row(parent, def);
  if (!("control" in def) || def.control === undefined) return;
  const spec = def.control;
  const value = tab.getControlValue(spec.key);
  const current = typeof value === "string" || typeof value === "number" ? String(value) : "";
  const commit = async (value: string | boolean): Promise<void> => {
    const validate = spec.validate as ((v: unknown) => string | void | Promise<string | void>) | undefined;
    const problem = validate ? await validate(value) : undefined;
    message.setText(problem ?? "");
    if (problem) return;
    await tab.setControlValue(spec.key, value);
  };
  if (spec.type === "text") {
    const input = control.createEl("input", { type: "text" });
    input.value = current;
    if (spec.placeholder) input.placeholder = spec.placeholder;
    input.addEventListener("input", () => void commit(input.value));
  } else if (spec.type === "dropdown") {
    const select = control.createEl("select", { cls: "dropdown" });
    for (const [value, label] of Object.entries(spec.options)) select.createEl("option", { value, text: label });
    select.value = current;
    select.addEventListener("change", () => void commit(select.value));
  } else if (spec.type === "toggle") {
    const box = control.createEl("input", { type: "checkbox" });
    box.checked = value === true;
    box.addEventListener("change", () => void commit(box.checked));
  } else {
    throw new Error(`The fake does not draw ${spec.type} settings yet.`);
  }
}

/** Draws the tab's definitions into its container, as Obsidian does instead of calling display(). */
export function renderDefinitions(tab: SettingTab): void {
  const el = tab.containerEl;
  el.empty();
  for (const item of tab.settingItems) {
    if ("type" in item && (item.type === "group" || item.type === "list")) {
      const group = el.createDiv({ cls: "setting-group" });
      if (item.heading) group.createDiv({ cls: "setting-item setting-item-heading", text: item.heading });
      for (const inner of (item.items ?? []) as SettingDefinition[]) renderControl(tab, group, inner);
    } else if (!("type" in item && item.type === "page")) renderControl(tab, el, item as SettingDefinition);
  }
}
