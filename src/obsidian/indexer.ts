// Feeds the core index from Obsidian's metadata cache, one file at a time, and tells views when it moved.
import { Component, debounce, parseYaml, TFile, type App, type CachedMetadata, type SectionCache } from "obsidian";
import { NetworkIndex, SETTINGS_FILE } from "../index/network-index";
import type { NoteInput } from "../model/types";
import type { Settings } from "../model/settings";
import { findGoalBlocks } from "../parse/note";
import { noteText } from "../parse/file-text";

/**
 * How long to wait after the last change before telling views. Typing fires `changed` every few hundred
 * milliseconds; 100 ms batches a burst (a rename that touches many links) and still feels instant.
 */
const NOTIFY_DELAY_MS = 100;

/** Notes indexed between two breaks for the UI at start-up: a few milliseconds of work each. */
const INDEX_SLICE = 500;

/** Lets the UI draw and take input before the next slice of work (the indexer's, an import's). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/** Frontmatter Obsidian found but could not parse: broken YAML, or just an empty `---` block. */
function unparsedFrontmatter(cache: CachedMetadata | null): boolean {
  return cache?.frontmatterPosition !== undefined && cache.frontmatter === undefined;
}

/** Section types that may hold a fenced block inside them: a list item, a callout, a blockquote. */
const NESTING_SECTIONS = new Set(["list", "callout", "blockquote"]);

/**
 * Whether a section may hold a goal block: a code section, or a list, callout or blockquote long enough to
 * hold a fenced block (an opening line, a line, a closing line). Obsidian's cache lists only top-level
 * sections, so a goal in a list item or a callout shows as part of the list or callout.
 */
function mayHoldGoal(section: SectionCache): boolean {
  if (section.type === "code") return true;
  return NESTING_SECTIONS.has(section.type) && section.position.end.line - section.position.start.line >= 2;
}

/**
 * The text is read only where the cache cannot answer: goal blocks (code sections, and lists or callouts that
 * may hold one) and frontmatter Obsidian could not parse. Every other note is indexed from the cache alone.
 */
function needsText(cache: CachedMetadata | null): boolean {
  return unparsedFrontmatter(cache) || notFrontmatter(cache) || (cache?.sections?.some(mayHoldGoal) ?? false);
}

/**
 * A `---` on the first line that Obsidian did not read as frontmatter (it is a thematic break there): a block
 * never closed, for one. Obsidian says nothing; noteText (the CLI's reading of the same file) says why.
 */
function notFrontmatter(cache: CachedMetadata | null): boolean {
  const first = cache?.sections?.[0];
  return cache?.frontmatterPosition === undefined && first?.type === "thematicBreak" && first.position.start.line === 0;
}

/** Whether the frontmatter block holds anything but blank lines (an empty block is not a mistake). */
function frontmatterHasContent(cache: CachedMetadata, text: string): boolean {
  const position = cache.frontmatterPosition;
  if (!position) return false;
  const block = text.slice(position.start.offset, position.end.offset).split(/\r?\n/).slice(1, -1);
  return block.some((line) => line.trim() !== "");
}

export function noteInputFromCache(file: TFile, cache: CachedMetadata | null, text: string | null): NoteInput {
  // Obsidian parses the frontmatter; when it cannot (broken YAML) the cache has a position but no frontmatter.
  const input: NoteInput = {
    path: file.path,
    frontmatter: cache?.frontmatter,
    bodyLinks: (cache?.links ?? []).map((link) => link.link),
    // Obsidian counts `#person` in the body as the note's tag (SPEC §1.1).
    bodyTags: (cache?.tags ?? []).map((tag) => tag.tag.replace(/^#/, "")),
    goalBlocks: text === null ? [] : findGoalBlocks(text),
  };
  // Obsidian keeps no reason, so there is none to pass on.
  if (cache && text !== null && unparsedFrontmatter(cache) && frontmatterHasContent(cache, text)) input.frontmatterError = "";
  if (text !== null && notFrontmatter(cache)) {
    const problem = noteText(text).problem;
    // Only what leaves the note readable: Obsidian has read the rest of it as it reads it.
    if (problem !== undefined && !problem.unread) input.fileProblem = problem;
  }
  return input;
}

/** How far the first reading of the vault has got: notes read (or whose cache has arrived) of all notes. */
export interface ReadingProgress {
  done: number;
  total: number;
}

/**
 * Whether Obsidian's metadata cache is complete. Obsidian keeps an undocumented `resolved` flag (read here
 * only when it is a boolean); without it, a cache that has an entry for every note is complete (a warm start:
 * Obsidian loaded its cache before plugins), and one with notes still missing is being filled (SPEC §8).
 */
function cacheComplete(app: App, files: readonly TFile[]): boolean {
  const flag = (app.metadataCache as { resolved?: unknown }).resolved;
  if (typeof flag === "boolean") return flag;
  return files.every((file) => app.metadataCache.getFileCache(file) !== null);
}

export class VaultIndexer extends Component {
  index: NetworkIndex;
  /** Per path, the latest update started; a slower earlier read never overwrites a newer one. */
  readonly #generation = new Map<string, number>();
  #ready = false;
  readonly #notify: ReturnType<typeof debounce>;
  /**
   * Set while Obsidian's cache is being filled (a cold start): the notes whose cache has arrived. Until the
   * first `resolved`, views say they are reading, never "nothing due".
   */
  #arrived: Set<string> | null = null;
  /** Notes read by the pass in progress, for the progress line. */
  #pass: ReadingProgress | null = null;
  #started = false;
  #resolvedWhileStarting = false;

  readonly #app: App;
  #settings: Settings;

  constructor(app: App, settings: Settings, onChange: () => void) {
    super();
    this.#app = app;
    this.#settings = settings;
    this.index = new NetworkIndex(settings, parseYaml, this.#settingsNote());
    this.#notify = debounce(onChange, NOTIFY_DELAY_MS, false);
  }

  /** The settings file, in the vault's config folder (not always `.obsidian`). */
  #settingsNote(): string {
    return `${this.#app.vault.configDir}/${SETTINGS_FILE}`;
  }

  get isReady(): boolean {
    return this.#ready;
  }

  /** While not ready: how far the reading has got (notes whose cache arrived, or notes read by the pass). */
  get progress(): ReadingProgress | null {
    if (this.#ready) return null;
    if (this.#pass) return { ...this.#pass };
    const total = this.#app.vault.getMarkdownFiles().length;
    return { done: Math.min(this.#arrived?.size ?? 0, total), total };
  }

  override onload(): void {
    // Subscribing before layout ready would replay a create/changed event for every file at start-up.
    this.#app.workspace.onLayoutReady(() => void this.#start());
  }

  override onunload(): void {
    this.#notify.cancel();
  }

  /** Settings changed (folders, default cadence): read every note again under the new settings. */
  async rebuild(settings: Settings): Promise<void> {
    this.#settings = settings;
    this.index = new NetworkIndex(settings, parseYaml, this.#settingsNote());
    this.#generation.clear();
    // Until every note is read again, views say so rather than show half an index.
    this.#ready = false;
    await this.#indexAll();
    // Still waiting for Obsidian's cache: stay "reading" until it has resolved.
    if (this.#arrived) return;
    this.#ready = true;
    this.#notify();
  }

  async #start(): Promise<void> {
    const { metadataCache, vault } = this.#app;
    const files = vault.getMarkdownFiles();
    if (!cacheComplete(this.#app, files)) {
      this.#arrived = new Set(files.filter((file) => metadataCache.getFileCache(file) !== null).map((file) => file.path));
    }
    this.registerEvent(
      metadataCache.on("changed", (file, data, cache) => {
        // A cold start's notes are indexed as their cache arrives.
        this.#arrived?.add(file.path);
        this.#update(file, cache, needsText(cache) ? data : null);
      }),
    );
    this.registerEvent(
      metadataCache.on("resolved", () => {
        if (!this.#arrived) return;
        if (this.#started) void this.#finishColdStart();
        else this.#resolvedWhileStarting = true;
      }),
    );
    this.registerEvent(
      metadataCache.on("deleted", (file) => {
        this.#generation.set(file.path, (this.#generation.get(file.path) ?? 0) + 1);
        this.index.remove(file.path);
        this.#notify();
      }),
    );
    // The metadata cache does not fire `changed` on a rename: the note moves, so read it again. A folder's
    // rename comes with one event per file inside it.
    this.registerEvent(
      vault.on("rename", (file, oldPath) => {
        if (!(file instanceof TFile) || file.extension !== "md") return;
        this.index.remove(oldPath);
        void this.#loadFile(file);
      }),
    );
    await this.#indexAll();
    this.#started = true;
    if (this.#arrived) {
      this.#notify();
      if (this.#resolvedWhileStarting) await this.#finishColdStart();
      return;
    }
    this.#ready = true;
    this.#notify();
  }

  /** The cache has resolved once: one full pass catches any note whose `changed` was missed, then ready. */
  async #finishColdStart(): Promise<void> {
    if (!this.#arrived) return;
    this.#arrived = null;
    await this.rebuild(this.#settings);
  }

  /**
   * Reads every note into the index in one bulk load (references resolved once, at the end), a slice at a
   * time so that Obsidian stays responsive on a big vault while the sidebar says it is still reading.
   */
  async #indexAll(): Promise<void> {
    const files = this.#app.vault.getMarkdownFiles();
    const index = this.index;
    const pass = { done: 0, total: files.length };
    // While Obsidian's cache is still filling, the progress line counts the notes whose cache arrived.
    if (!this.#arrived) this.#pass = pass;
    index.beginBulk();
    try {
      for (let start = 0; start < files.length; start += INDEX_SLICE) {
        await Promise.all(files.slice(start, start + INDEX_SLICE).map((file) => this.#loadFile(file)));
        pass.done = Math.min(start + INDEX_SLICE, files.length);
        if (start + INDEX_SLICE < files.length) {
          this.#notify();
          await nextTask();
        }
      }
    } finally {
      index.endBulk();
      if (this.#pass === pass) this.#pass = null;
    }
  }

  /** Reads a file's cache (and its body only when it has code blocks) into the index. */
  async #loadFile(file: TFile): Promise<void> {
    const cache = this.#app.metadataCache.getFileCache(file);
    // No cache yet (a cold start): the note is read when its `changed` arrives, not as an empty note now.
    if (cache === null && this.#arrived) return;
    const generation = this.#bump(file.path);
    const body = needsText(cache) ? await this.#app.vault.cachedRead(file) : null;
    if (this.#generation.get(file.path) !== generation) return;
    this.index.upsert(noteInputFromCache(file, cache, body));
    this.#notify();
  }

  #update(file: TFile, cache: CachedMetadata, body: string | null): void {
    this.#bump(file.path);
    this.index.upsert(noteInputFromCache(file, cache, body));
    this.#notify();
  }

  #bump(path: string): number {
    const next = (this.#generation.get(path) ?? 0) + 1;
    this.#generation.set(path, next);
    return next;
  }
}
