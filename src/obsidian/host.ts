// What the views, code blocks and commands need from the plugin, so none of them imports main.ts.
import type { App, Component } from "obsidian";
import type { NetworkIndex } from "../index/network-index";
import type { GoalCounter } from "../insights/goal-counter";
import type { Report } from "../insights/report";
import type { Review } from "../insights/review";
import type { PersonPage } from "../insights/person-page";
import type { LocalDate } from "../model/types";
import type { Settings } from "../model/settings";
import type { RowActions } from "../render/actions";
import type { ReadingProgress } from "./indexer";
import type { KeepInTouchRow } from "../insights/reconnect";

export interface NetworkHost {
  readonly app: App;
  readonly settings: Settings;
  /** The local date now; changes at midnight. */
  today(): LocalDate;
  /**
   * The one revision views and blocks compare with the one they drew: it moves whenever what they show may
   * have changed (the index, after the indexer's debounce; the reading progress; the day at midnight).
   */
  revision(): number;
  index(): NetworkIndex;
  isIndexReady(): boolean;
  /** While the index is not ready: how far the reading has got. */
  readingProgress(): ReadingProgress | null;
  /** The report for the current revision and day, computed once and shared by every surface. */
  report(): Report;
  /** Goal counts for today, from the same live facts as the report (a goal block costs a few lookups). */
  goalCounter(): GoalCounter;
  /** The review of a period (SPEC §3.5) for the current revision and day, kept up to date with the report. */
  review(period: string, top?: number): Review | { error: string };
  /** The page of the contact at `path` (SPEC §3.7) for the current revision and day; null when it is no contact. */
  personPage(path: string): PersonPage | null;
  /** Row actions for rows drawn inside `component` (hover previews attach to it). */
  rowActions(component: Component): RowActions;
  /** The "Keep in touch" rows of these contact paths (SPEC §4), most overdue first. */
  keepInTouch(paths: readonly string[]): KeepInTouchRow[];
  /** The display name of a contact path (its file name when it is not a contact). */
  nameOf(path: string): string;
  /** Calls `redraw` (until `component` unloads) whenever the index or the day changes. */
  onRefresh(component: Component, redraw: () => void): void;
}

/**
 * What views and blocks show until the index is ready (SPEC §8: never "nothing due" before the vault is read),
 * with how far along the reading is; null once ready.
 */
export function readingMessage(host: Pick<NetworkHost, "isIndexReady" | "readingProgress">): string | null {
  if (host.isIndexReady()) return null;
  const progress = host.readingProgress();
  return progress && progress.total > 0 ? `Reading your notes… ${progress.done} of ${progress.total}` : "Reading your notes…";
}

/** While the index is not ready, says so in `el` (emptied first) and returns true; once ready, leaves `el` alone. */
export function showReading(host: Pick<NetworkHost, "isIndexReady" | "readingProgress">, el: HTMLElement): boolean {
  const reading = readingMessage(host);
  if (reading === null) return false;
  el.empty();
  el.createDiv({ cls: "ng-empty ng-reading", text: reading });
  return true;
}

/** What a command prints or says before the vault is read (never an empty report); null once ready. */
export function notReady(host: Pick<NetworkHost, "isIndexReady" | "readingProgress">): string | null {
  const reading = readingMessage(host);
  return reading === null ? null : `${reading}. Try again in a moment.`;
}
