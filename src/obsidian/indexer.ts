// Feeds the core index from Obsidian's metadata cache, one file at a time, and tells views when it moved.
import { Component, debounce, parseYaml, TFile, type App, type CachedMetadata } from "obsidian";
import { NetworkIndex } from "../index/network-index";
import type { NoteInput } from "../model/types";
import type { Settings } from "../model/settings";
import { findGoalBlocks } from "../parse/note";

/**
 * How long to wait after the last change before telling views. Typing fires `changed` every few hundred
 * milliseconds; 100 ms batches a burst (a rename that touches many links) and still feels instant.
 */
const NOTIFY_DELAY_MS = 100;

/** Notes indexed between two breaks for the UI at start-up: a few milliseconds of work each. */
const INDEX_SLICE = 500;

function nextTask(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/** Frontmatter Obsidian found but could not parse: broken YAML, or just an empty `---` block. */
function unparsedFrontmatter(cache: CachedMetadata | null): boolean {
  return cache?.frontmatterPosition !== undefined && cache.frontmatter === undefined;
}

/**
 * The text is read only where the cache cannot answer: goal blocks (code sections) and frontmatter Obsidian
 * could not parse. Every other note is indexed from the cache alone.
 */
function needsText(cache: CachedMetadata | null): boolean {
  return unparsedFrontmatter(cache) || (cache?.sections?.some((section) => section.type === "code") ?? false);
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
    goalBlocks: text === null ? [] : findGoalBlocks(text),
  };
  // Obsidian keeps no reason, so there is none to pass on.
  if (cache && text !== null && unparsedFrontmatter(cache) && frontmatterHasContent(cache, text)) input.frontmatterError = "";
  return input;
}

export class VaultIndexer extends Component {
  index: NetworkIndex;
  /** Per path, the latest update started; a slower earlier read never overwrites a newer one. */
  private readonly generation = new Map<string, number>();
  private ready = false;
  private readonly notify: ReturnType<typeof debounce>;

  constructor(
    private readonly app: App,
    settings: Settings,
    onChange: () => void,
  ) {
    super();
    this.index = new NetworkIndex(settings, parseYaml);
    this.notify = debounce(onChange, NOTIFY_DELAY_MS, false);
  }

  get isReady(): boolean {
    return this.ready;
  }

  override onload(): void {
    // Subscribing before layout ready would replay a create/changed event for every file at start-up.
    this.app.workspace.onLayoutReady(() => void this.start());
  }

  override onunload(): void {
    this.notify.cancel();
  }

  /** Settings changed (folders, default cadence): read every note again under the new settings. */
  async rebuild(settings: Settings): Promise<void> {
    this.index = new NetworkIndex(settings, parseYaml, this.index.revision + 1);
    this.generation.clear();
    // Until every note is read again, views say so rather than show half an index.
    this.ready = false;
    await this.indexAll();
    this.ready = true;
    this.notify();
  }

  private async start(): Promise<void> {
    const { metadataCache, vault } = this.app;
    this.registerEvent(
      metadataCache.on("changed", (file, data, cache) => {
        this.update(file, cache, needsText(cache) ? data : null);
      }),
    );
    this.registerEvent(
      metadataCache.on("deleted", (file) => {
        this.generation.set(file.path, (this.generation.get(file.path) ?? 0) + 1);
        this.index.remove(file.path);
        this.notify();
      }),
    );
    // The metadata cache does not fire `changed` on a rename: the note moves, so read it again.
    this.registerEvent(
      vault.on("rename", (file, oldPath) => {
        if (!(file instanceof TFile) || file.extension !== "md") return;
        this.index.remove(oldPath);
        void this.loadFile(file);
      }),
    );
    await this.indexAll();
    this.ready = true;
    this.notify();
  }

  /**
   * Reads every note into the index in one bulk load (references resolved once, at the end), a slice at a
   * time so that Obsidian stays responsive on a big vault while the sidebar says it is still reading.
   */
  private async indexAll(): Promise<void> {
    const files = this.app.vault.getMarkdownFiles();
    const index = this.index;
    index.beginBulk();
    try {
      for (let start = 0; start < files.length; start += INDEX_SLICE) {
        await Promise.all(files.slice(start, start + INDEX_SLICE).map((file) => this.loadFile(file)));
        if (start + INDEX_SLICE < files.length) await nextTask();
      }
    } finally {
      index.endBulk();
    }
  }

  /** Reads a file's cache (and its body only when it has code blocks) into the index. */
  private async loadFile(file: TFile): Promise<void> {
    const cache = this.app.metadataCache.getFileCache(file);
    const generation = this.bump(file.path);
    const body = needsText(cache) ? await this.app.vault.cachedRead(file) : null;
    if (this.generation.get(file.path) !== generation) return;
    this.index.upsert(noteInputFromCache(file, cache, body));
    this.notify();
  }

  private update(file: TFile, cache: CachedMetadata, body: string | null): void {
    this.bump(file.path);
    this.index.upsert(noteInputFromCache(file, cache, body));
    this.notify();
  }

  private bump(path: string): number {
    const next = (this.generation.get(path) ?? 0) + 1;
    this.generation.set(path, next);
    return next;
  }
}
