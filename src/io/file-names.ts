// File names built from names people typed or imported (SPEC §6): safe on every platform Obsidian runs on,
// and never colliding with a note that exists. Pure text: the plugin, the importers and the CLI share it.

/** Longest file name we create, in characters (without ` 2` and `.md`). */
export const MAX_NAME_LENGTH = 100;
/**
 * Longest in UTF-8 bytes: file systems count bytes (255 on ext4, APFS, NTFS in UTF-16 units), and 100
 * characters of CJK or emoji are 300–400 bytes. 200 leaves room for ` 999.md`.
 */
export const MAX_NAME_BYTES = 200;

/**
 * Characters a file system refuses or that break a `[[link]]` (`\/:*?"<>|#^[]`), control characters (C0,
 * DEL, C1), and the invisible direction marks and overrides (U+200E/F, U+061C, U+202A–E, U+2066–9) that can
 * make `exe.md` read as `dm.exe` in a file list: each becomes a space.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
const UNSAFE = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A surrogate pair, or half of one alone, which no file system can store as a name: pairs are kept, halves
 * become a space. No look-behind, which older iOS WebViews reject (the whole of main.js fails to load).
 */
const SURROGATES = /[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;
const loneAsSpace = (match: string): string => (match.length === 2 ? match : " ");

/** Names Windows reserves for devices, whatever the extension or case (`nul.md`, `Com1.md`). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(?=\.|$)/i;

const encoder = new TextEncoder();

/** Cuts to MAX_NAME_LENGTH characters and MAX_NAME_BYTES bytes, never inside a character. */
function capped(text: string): string {
  let out = "";
  let bytes = 0;
  let count = 0;
  for (const char of text) {
    const size = encoder.encode(char).length;
    if (count + 1 > MAX_NAME_LENGTH || bytes + size > MAX_NAME_BYTES) break;
    out += char;
    bytes += size;
    count++;
  }
  return out;
}

/**
 * A file name (without `.md`) from a name: unsafe characters become spaces, runs of white space one space,
 * no leading dot (a hidden file) and no trailing dot or space (Windows drops them), a reserved Windows
 * device name gets a `_` (`CON` → `CON_`), composed to NFC (macOS and Linux then agree on it), at most
 * MAX_NAME_LENGTH characters and MAX_NAME_BYTES bytes. Never empty: `Untitled`.
 */
export function sanitizeFileName(name: string): string {
  const spaced = name.replace(SURROGATES, loneAsSpace).normalize("NFC").replace(UNSAFE, " ").replace(/\s+/g, " ");
  const end = (text: string) => capped(text).replace(/[.\s]+$/, "");
  let cleaned = end(spaced.replace(/^[.\s]+/, ""));
  // After the trailing dots go (`NUL .` is `NUL` on Windows); the `_` may need the cap again.
  if (RESERVED.test(cleaned)) cleaned = end(cleaned.replace(RESERVED, "$1_"));
  return cleaned === "" ? "Untitled" : cleaned;
}

/**
 * Why a folder from a setting (where new contacts and meetings are created) cannot hold notes the plugin makes,
 * in words, or null when it can. It must stay inside the vault: no `..` or `.` part, no drive (`C:`), and a
 * leading `/` is the vault root, as Obsidian's normalizePath reads it. Each part must be a name
 * sanitizeFileName leaves as it is (no reserved Windows device name, no control or direction characters, none
 * of the characters a file system or a link refuses): the one sanitizer decides, so a folder is never refused
 * for less or more than a file name.
 */
export function vaultFolderProblem(folder: string): string | null {
  const parts = folder.trim().replace(/\\/g, "/").split("/").filter((part) => part !== "");
  for (const part of parts) {
    if (part === ".." || part === ".") return `the folder '${folder.trim()}' leaves the vault ('${part}'): use a folder inside it, such as People`;
    if (/^[a-z]:$/i.test(part)) return `the folder '${folder.trim()}' names a drive: use a folder inside the vault, such as People`;
    const safe = sanitizeFileName(part);
    if (safe !== part) {
      return RESERVED.test(part)
        ? `the folder name '${part}' is reserved on Windows: use another name, such as ${safe}`
        : `the folder name '${visible(part)}' holds characters a file name cannot have on every platform (it could be '${safe}')`;
    }
  }
  return null;
}

/** Invisible and control characters written as `\u202e`, so a message shows what is there. */
function visible(text: string): string {
  return text.replace(UNSAFE, (c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) >= 0x7f ? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}` : c));
}

/**
 * How a file system that ignores case and Unicode normalisation (macOS, Windows) compares names: two names
 * with one key are one file there, so they collide.
 */
export function fileNameKey(fileName: string): string {
  return fileName.normalize("NFC").toLowerCase();
}

/** The file names to try, in order, for a note called `base`: `base.md`, `base 2.md`, `base 3.md`, … */
export function* candidateFileNames(base: string, limit = 1000): Generator<string> {
  yield `${base}.md`;
  for (let n = 2; n < limit; n++) yield `${base} ${n}.md`;
}

/**
 * The first candidate file name for `name` whose key (fileNameKey) nobody holds, or undefined after 1000
 * tries. `taken` answers for a file name in the target folder.
 */
export function uniqueFileName(name: string, taken: (fileName: string) => boolean): string | undefined {
  for (const candidate of candidateFileNames(sanitizeFileName(name))) if (!taken(candidate)) return candidate;
  return undefined;
}
