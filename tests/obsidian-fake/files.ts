// The vault's file objects and Obsidian's path helpers.
import type { FileStats } from "obsidian";
import type { Vault } from "./vault";

export abstract class TAbstractFile {
  vault: Vault;
  path: string;
  name: string;
  parent: TFolder | null;

  constructor(vault: Vault, path: string, parent: TFolder | null) {
    this.vault = vault;
    this.path = path;
    this.name = path === "/" ? "" : (path.split("/").pop() ?? path);
    this.parent = parent;
  }

  /** Fake-only: move the object to a new path, keeping its identity (as Obsidian does on rename). */
  setPath(path: string, parent: TFolder | null): void {
    this.path = path;
    this.name = path.split("/").pop() ?? path;
    this.parent = parent;
  }
}

export class TFile extends TAbstractFile {
  stat: FileStats;
  basename = "";
  extension = "";

  constructor(vault: Vault, path: string, parent: TFolder | null, stat: FileStats) {
    super(vault, path, parent);
    this.stat = stat;
    this.splitName();
  }

  override setPath(path: string, parent: TFolder | null): void {
    super.setPath(path, parent);
    this.splitName();
  }

  private splitName(): void {
    const dot = this.name.lastIndexOf(".");
    this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
    this.extension = dot > 0 ? this.name.slice(dot + 1) : "";
  }
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];

  isRoot(): boolean {
    return this.path === "/";
  }
}

/** Obsidian's normalizePath: one `/` between parts, none at either end, NFC, no-break spaces made plain. */
export function normalizePath(path: string): string {
  let result = path.replace(/([\\/])+/g, "/").replace(/(^\/+|\/+$)/g, "");
  if (result === "") result = "/";
  return result.replace(/\u00A0|\u202F/g, " ").normalize("NFC");
}

/** `Folder/Note#Heading|alias` → `Folder/Note` (Obsidian's getLinkpath drops the subpath). */
export function getLinkpath(linktext: string): string {
  return parseLinktext(linktext).path;
}

export function parseLinktext(linktext: string): { path: string; subpath: string } {
  const hash = linktext.indexOf("#");
  if (hash < 0) return { path: linktext, subpath: "" };
  return { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

export function parentPath(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "/" : path.slice(0, slash);
}
