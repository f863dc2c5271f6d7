// Reading a vault's Markdown files on a second thread while the caller parses them on this one.
//
// Reading 60,000 small files costs ~1.5 s of system calls; parsing them costs several times that.
// A worker thread walks the vault and reads the files, handing over batches of (path, text, prepared);
// this thread parses each batch as it arrives and blocks (Atomics.wait) only when it has caught up.
// Everything stays synchronous for the caller: `run()` of the CLI returns its exit code directly.
//
// In the built CLI the worker also loads the bundle and calls its `prepareNote(text)` on each file (what
// can be done before the YAML is parsed); elsewhere (tests running the TypeScript) `prepared` is null.
import { readFileSync, readdirSync, statSync, type Dirent } from "node:fs";
import { join, relative, sep } from "node:path";
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { NOTE_BYTES_LIMIT } from "../model/limits";

/** Thrown when the vault folder itself cannot be listed; the message is the file system's. */
export class VaultListError extends Error {}

/** A file or folder of the vault that could not be read, vault-relative with `/`, and why, in words. */
export type Unreadable = (path: string, reason: string) => void;

/** For a listing only (tests): a folder that cannot be listed is left out without a word. */
const IGNORE: Unreadable = () => undefined;

/** The file system's error in words a user understands (the code kept for searching). */
export function fileError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return `permission denied (${code})`;
    case "ENOENT":
      return "it disappeared while the vault was read (ENOENT)";
    case "EISDIR":
      return "it is a folder (EISDIR)";
    default:
      return typeof code === "string" ? `${(error as Error).message.split(",")[0] ?? code} (${code})` : String((error as Error).message ?? error);
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}

/**
 * One note's text, or why it cannot be read: a file larger than NOTE_BYTES_LIMIT is not read at all (a 600 MB
 * log would hold the whole report up), and a file the system refuses (permissions) is named, not thrown.
 */
export function readNote(full: string): string | { reason: string } {
  try {
    const size = statSync(full).size;
    if (size > NOTE_BYTES_LIMIT) {
      return { reason: `this file is ${megabytes(size)}; notes larger than ${megabytes(NOTE_BYTES_LIMIT)} are not read` };
    }
    return readFileSync(full, "utf8");
  } catch (error) {
    return { reason: `this file could not be read: ${fileError(error)}` };
  }
}

/** Why a folder's notes are left out. */
function folderReason(error: unknown): string {
  return `this folder could not be read: ${fileError(error)}; the notes in it are left out`;
}

/**
 * Every Markdown file under `root`, vault-relative with `/`, skipping dot-folders such as .obsidian and .trash.
 * A subfolder that cannot be listed is handed to `unreadable` and skipped; only the vault folder itself throws.
 */
export function listMarkdownFiles(root: string, unreadable: Unreadable = IGNORE): string[] {
  return listUpTo(root, Infinity, unreadable) ?? [];
}

/** listMarkdownFiles, or undefined as soon as there are more than `limit` files (the walk stops there). */
function listUpTo(root: string, limit: number, unreadable: Unreadable): string[] | undefined {
  const files: string[] = [];
  const walk = (dir: string): boolean => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === root) throw error;
      unreadable(relative(root, dir).split(sep).join("/"), folderReason(error));
      return true;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!walk(full)) return false;
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) {
        if (files.length >= limit) return false;
        files.push(relative(root, full).split(sep).join("/"));
      }
    }
    return true;
  };
  return walk(root) ? files.sort() : undefined;
}

/** Files per message: small enough that parsing starts at once, large enough that messages cost little. */
const BATCH_FILES = 64;

// The worker: the walk of listMarkdownFiles (same paths, same skips), reading each file as it is found.
// A file it cannot read (or too large to) is sent with `null` text, for the caller to read again and report in
// path order; a file the bundle's filter (FeedFilter) turns away is sent with `false`, its path alone; a subfolder
// it cannot list is sent by path, for the caller to list again and report.
// `prepared` is null when there is no bundle, or when prepareNote left the note to the caller.
// signal[0] counts messages posted; signal[1] is 1 once the worker runs and 2 when it has posted its last.
const WORKER_SOURCE = `
"use strict";
const { workerData } = require("node:worker_threads");
const { readFileSync, readdirSync, statSync } = require("node:fs");
const { join, relative, sep } = require("node:path");
const { root, port, signal: shared, batchFiles, bundle, unpreparedFirst, noteBytesLimit, only, first } = workerData;
const signal = new Int32Array(shared);
Atomics.store(signal, 1, 1);
let prepare = null;
let keep = null;
let bundleTried = !bundle;
// Loading the bundle takes a while; the first files go unprepared, so the caller has work meanwhile.
const loadBundle = () => {
  bundleTried = true;
  try {
    const exports = require(bundle);
    if (typeof exports.prepareNote === "function") prepare = exports.prepareNote;
    if (only && typeof exports[only.exportName] === "function") keep = exports[only.exportName];
  } catch {}
};
let read = 0;
const post = (message) => {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
};
let batch = [];
let unlisted = [];
const flush = () => {
  if (batch.length > 0 || unlisted.length > 0) post({ files: batch, unlisted });
  batch = [];
  unlisted = [];
};
const readFile = (full) => {
  if (!bundleTried && read >= unpreparedFirst) {
    flush();
    loadBundle();
  }
  read++;
  const path = relative(root, full).split(sep).join("/");
  let text = null;
  try {
    // Too large, or unreadable: left for the caller, which says why.
    if (statSync(full).size <= noteBytesLimit) text = readFileSync(full, "utf8");
  } catch {}
  let left = false;
  if (keep && text !== null) {
    try {
      left = !keep(path, text, only.data);
    } catch {}
  }
  let prepared = null;
  if (prepare && text !== null && !left) {
    try {
      prepared = prepare(text);
    } catch {}
  }
  batch.push(path, left ? false : text, prepared);
  if (batch.length >= 3 * batchFiles) flush();
};
// The folders of "first" (vault paths, lower case) and everything in them are read before the rest: while the
// walk is deferring, a folder neither in nor above one of them, and a file in none of them, wait in "later".
const inFirst = (low) => first.some((folder) => low === folder || low.startsWith(folder + "/"));
const aboveFirst = (low) => first.some((folder) => folder.startsWith(low + "/"));
const later = [];
try {
  const walk = (dir, low, deferring) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === root) throw error;
      unlisted.push(relative(root, dir).split(sep).join("/"));
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = join(dir, entry.name);
      const name = (low === "" ? "" : low + "/") + entry.name.toLowerCase();
      if (entry.isDirectory()) {
        if (!deferring || inFirst(name)) walk(full, name, false);
        else if (aboveFirst(name)) walk(full, name, true);
        else later.push(full, name);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) {
        if (deferring) later.push(full, null);
        else readFile(full);
      }
    }
  };
  walk(root, "", first.length > 0);
  for (let i = 0; i < later.length; i += 2) {
    if (later[i + 1] === null) readFile(later[i]);
    else walk(later[i], later[i + 1], false);
  }
  flush();
  post({ done: true });
} catch (error) {
  flush();
  post({ listError: error instanceof Error ? error.message : String(error) });
} finally {
  Atomics.store(signal, 1, 2);
  Atomics.notify(signal, 0);
  port.close();
}
`;

/** How long to wait for the worker to start before reading on this thread instead. */
const START_TIMEOUT_MS = 10_000;

type Message = { files: unknown[]; unlisted: string[] } | { done: true } | { listError: string };

/** The built CLI (dist/cli.js) whose `prepareNote` the worker may call; see src/cli/main.ts. */
let readerBundle: string | undefined;

/** Lets the reader thread load `bundle` (a built file exporting `prepareNote`) to prepare each note. */
export function useReaderBundle(bundle: string): void {
  readerBundle = bundle;
}

/**
 * How many files the worker hands over unprepared before it loads the bundle: about what this thread parses
 * while the worker loads it (~50 ms), so that neither waits. A vault this small is read, not prepared.
 */
export const UNPREPARED_FIRST = 500;

/** A vault of at most this many notes is read here: a worker's start (30–45 ms) would cost more than it saves. */
export const READ_HERE_UP_TO = 2_000;

/**
 * Which files are wanted whole: the others are only named (their path), so neither thread prepares or parses them.
 * The reader thread calls the bundle's export `exportName(path, text, data)`, this thread `test(path, text)`: the
 * same test, on the files each reads (the first ones, a small vault, or all where no worker runs).
 */
export interface FeedFilter {
  test: (path: string, text: string) => boolean;
  exportName: string;
  data: unknown;
  /** A file the test turned away, by path; `onReader` when the reader thread tested it. */
  left: (path: string, onReader: boolean) => void;
}

export interface FeedOptions {
  only?: FeedFilter;
  /**
   * Folders (vault paths, lower case, no `/` at either end) whose files the reader thread reads before all others,
   * so that the files the caller parses the most of reach it first and the two threads work at the same time.
   */
  first?: readonly string[];
  /** See UNPREPARED_FIRST. */
  unpreparedFirst?: number;
  /** See READ_HERE_UP_TO. */
  readHereUpTo?: number;
}

/** Receives one file: its vault path, its text, and what the worker's `prepareNote` made of it (or null). */
export type Visit<P> = (path: string, text: string, prepared: P | null) => void;

/** Visits a file read (the filter, if any, asked first), or names it to the filter as left out. */
function visitRead<P>(path: string, text: string, prepared: P | null, visit: Visit<P>, only: FeedFilter | undefined): void {
  if (only && !only.test(path, text)) only.left(path, false);
  else visit(path, text, prepared);
}

/** Reads one file here and visits it, or hands it to `unreadable` with the reason. */
function visitHere<P>(root: string, path: string, visit: Visit<P>, unreadable: Unreadable, only: FeedFilter | undefined): void {
  const text = readNote(join(root, path));
  if (typeof text === "string") visitRead(path, text, null, visit, only);
  else unreadable(path, text.reason);
}

/**
 * Calls `visit(path, text, prepared)` once for every Markdown file of the vault, in no particular order (sort
 * afterwards if order matters), and `unreadable(path, reason)` for every file or subfolder that cannot be read
 * (permissions, a file larger than NOTE_BYTES_LIMIT): one bad file never stops the rest. Files are read on a
 * worker thread; where no worker can be started, they are read here. Throws VaultListError only when the vault
 * folder itself cannot be listed. Says whether the worker did the reading.
 */
export function forEachMarkdownFile<P = never>(
  root: string,
  visit: Visit<P>,
  options: FeedOptions,
  unreadable: Unreadable,
): { worker: boolean } {
  const { unpreparedFirst = UNPREPARED_FIRST, readHereUpTo = READ_HERE_UP_TO, only, first = [] } = options;
  const shared = new SharedArrayBuffer(8);
  const signal = new Int32Array(shared);
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        root,
        port: port2,
        signal: shared,
        batchFiles: BATCH_FILES,
        bundle: readerBundle ?? null,
        unpreparedFirst,
        noteBytesLimit: NOTE_BYTES_LIMIT,
        only: only ? { exportName: only.exportName, data: only.data } : null,
        first,
      },
      transferList: [port2],
    });
  } catch {
    port1.close();
    readHere(root, visit, unreadable, only);
    return { worker: false };
  }
  // Whatever happens here, the worker must not keep the process alive.
  worker.unref();
  // While it starts, a walk here that stops past `readHereUpTo` files tells whether the vault is that small.
  // Folders it cannot list are reported only if this walk is the one used (else the worker reports them).
  let few: string[] | undefined;
  const unlisted: [string, string][] = [];
  try {
    few = listUpTo(root, readHereUpTo, (path, reason) => unlisted.push([path, reason]));
  } catch (error) {
    few = [];
    throw new VaultListError((error as Error).message);
  } finally {
    if (few) {
      port1.close();
      void worker.terminate();
    }
  }
  if (few) {
    for (const [path, reason] of unlisted) unreadable(path, reason);
    for (const path of few) visitHere(root, path, visit, unreadable, only);
    return { worker: false };
  }
  let finished = false;
  try {
    finished = drain(port1, signal, root, visit, unreadable, only);
  } finally {
    port1.close();
    if (!finished) void worker.terminate();
  }
  if (!finished) readHere(root, visit, unreadable, only);
  return { worker: finished };
}

/** Reads every file on this thread, in path order. */
function readHere<P>(root: string, visit: Visit<P>, unreadable: Unreadable, only: FeedFilter | undefined): void {
  let paths: string[];
  try {
    paths = listMarkdownFiles(root, unreadable);
  } catch (error) {
    throw new VaultListError((error as Error).message);
  }
  for (const path of paths) visitHere(root, path, visit, unreadable, only);
}

/** Visits what the worker sends until it is done; false if it never started. */
function drain<P>(port: MessagePort, signal: Int32Array, root: string, visit: Visit<P>, unreadable: Unreadable, only: FeedFilter | undefined): boolean {
  const unread: string[] = [];
  const unlisted: string[] = [];
  let listError: string | undefined;
  const start = Date.now();
  for (;;) {
    const posted = Atomics.load(signal, 0);
    const received = receiveMessageOnPort(port);
    if (received) {
      const message = received.message as Message;
      if ("files" in message) {
        const files = message.files;
        for (let i = 0; i < files.length; i += 3) {
          const path = files[i] as string;
          const text = files[i + 1] as string | null | false;
          if (text === null) unread.push(path);
          else if (text === false) only?.left(path, true);
          // A file the worker kept is tested again (cheap): before the bundle loads, the worker tests none.
          else visitRead(path, text, files[i + 2] as P | null, visit, only);
        }
        for (const path of message.unlisted) unlisted.push(path);
        continue;
      }
      if ("listError" in message) listError = message.listError;
      break;
    }
    // Nothing queued: sleep until the worker posts (it bumps signal[0]).
    const state = Atomics.load(signal, 1);
    if (state === 2 && Atomics.load(signal, 0) === posted) throw new Error("the vault reader thread stopped before it was done");
    if (state === 0 && Date.now() - start >= START_TIMEOUT_MS) return false;
    Atomics.wait(signal, 0, posted, state === 0 ? 50 : 1_000);
  }
  if (listError !== undefined) throw new VaultListError(listError);
  // What the worker could not list or read is tried again here, in path order, and reported with its reason.
  for (const path of unlisted.sort()) {
    try {
      readdirSync(join(root, path));
      unreadable(path, "this folder could not be read while the vault was; the notes in it are left out");
    } catch (error) {
      unreadable(path, folderReason(error));
    }
  }
  for (const path of unread.sort()) visitHere(root, path, visit, unreadable, only);
  return true;
}
