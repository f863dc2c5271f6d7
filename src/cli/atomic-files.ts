// Writes the CLI makes into a vault (SPEC §9): a temporary file beside the target, then renamed into place, so
// no note is ever half written; a new note is linked into place, so it never replaces one that exists.
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

function tempBeside(file: string): string {
  return join(dirname(file), `.${basename(file)}.network-goals-${process.pid}.tmp`);
}

/** Replaces `file` with `text`, unless it no longer holds `expected` (another program saved it meanwhile). */
export function replaceFileAtomically(file: string, text: string, expected: string): void {
  const temp = tempBeside(file);
  writeFileSync(temp, text, { encoding: "utf8", mode: statSync(file).mode & 0o777, flag: "wx" });
  try {
    if (readFileSync(file, "utf8") !== expected) throw new Error("the note changed while it was being written; nothing was written, try again");
    renameSync(temp, file);
  } catch (error) {
    if (existsSync(temp)) unlinkSync(temp);
    throw error;
  }
}

/**
 * Creates `file` with `text` whole or not at all, never over an existing file: written beside it, then
 * hard-linked to its name (which fails when the name is taken). False when the name is taken.
 */
export function createFileExclusively(file: string, text: string): boolean {
  mkdirSync(dirname(file), { recursive: true });
  const temp = tempBeside(file);
  writeFileSync(temp, text, { encoding: "utf8", flag: "wx" });
  try {
    linkSync(temp, file);
    return true;
  } catch (error) {
    const code = errorCode(error);
    if (code === "EEXIST") return false;
    // A file system without hard links (FAT, some network drives): an exclusive create, still never over a file.
    if (code === "EPERM" || code === "ENOTSUP" || code === "ENOSYS") return createExclusively(file, text);
    throw error;
  } finally {
    unlinkSync(temp);
  }
}

function createExclusively(file: string, text: string): boolean {
  try {
    writeFileSync(file, text, { encoding: "utf8", flag: "wx" });
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw error;
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as { code?: string }).code;
}
