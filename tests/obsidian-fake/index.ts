// The fake `obsidian` module: vitest aliases `obsidian` here (see vitest.config.ts).
// Browser-safe: no Node imports in this file or anything it imports (node-adapter.ts stays out).
export { MemoryAdapter, type FileStat, type VaultAdapter } from "./adapter";
export { App, createTestApp, type RenderedBlock, type TestApp, type TestAppOptions } from "./app";
export { BasesEntry, BasesQueryResult, BasesView, QueryController } from "./bases";
export { Component, Events } from "./events";
export { FileManager } from "./file-manager";
export { TAbstractFile, TFile, TFolder, getLinkpath, normalizePath, parseLinktext } from "./files";
export { Keymap } from "./keymap";
export { getAllTags } from "./markdown";
export { MetadataCache } from "./metadata-cache";
export { Plugin, PluginSettingTab, SettingTab } from "./plugin";
export { MarkdownRenderChild, MarkdownRenderer, Platform, debounce, type Debouncer } from "./render";
export {
  AbstractInputSuggest,
  AbstractTextComponent,
  BaseComponent,
  ButtonComponent,
  DropdownComponent,
  ExtraButtonComponent,
  FuzzySuggestModal,
  Menu,
  MenuItem,
  Modal,
  Notice,
  PopoverSuggest,
  SearchComponent,
  Setting,
  SliderComponent,
  SuggestModal,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
  ValueComponent,
  fakeUi,
  prepareFuzzySearch,
  setIcon,
  setTooltip,
  type FuzzyMatch,
} from "./ui";
export { Vault } from "./vault";
export { FileView, ItemView, MarkdownView, View, Workspace, WorkspaceLeaf } from "./workspace";
export { getFrontMatterInfo, parseYaml, stringifyYaml } from "./yaml";

import { atLeast, LATEST } from "./version";

/** The version the fake follows (the `obsidian` types); `createTestApp({ apiVersion })` pretends to be older. */
export const apiVersion = LATEST;

export function requireApiVersion(version: string): boolean {
  return atLeast(version);
}
