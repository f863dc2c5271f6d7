// What the importers read from a file: people, and the problems of the lines they could not read (SPEC §6).
import type { LocalDate } from "../model/types";

/** Where the person came from: written as `source:` on the notes an import creates. */
export type ImportSource = "linkedin" | "vcard";

/** One person as a file describes them, before matching to the vault. Texts are trimmed; lists hold no blanks. */
export interface ImportedPerson {
  /** 1-based line of the file where the person's record begins. */
  line: number;
  source: ImportSource;
  name: string;
  company?: string;
  role?: string;
  /** The first is the main one. */
  emails: string[];
  phones: string[];
  linkedin?: string;
  met?: LocalDate;
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is not known (SPEC §1.1). */
  birthday?: string;
  /** Free text for the note's body (a vCard's NOTE). */
  notes?: string;
}

/** A line of the file that could not be read as intended; the rest of the file still imports. */
export interface ImportProblem {
  /** 1-based line of the file. */
  line: number;
  message: string;
}

export interface ImportRead {
  people: ImportedPerson[];
  problems: ImportProblem[];
}

/** 1-based line numbers of offsets in a text, asked for in increasing order (one pass over the text). */
export class LineCounter {
  #offset = 0;
  #line = 1;

  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    if (offset < this.#offset) {
      this.#offset = 0;
      this.#line = 1;
    }
    const { text } = this;
    for (let i = text.indexOf("\n", this.#offset); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) this.#line++;
    this.#offset = offset;
    return this.#line;
  }
}

/** Text without the byte-order mark a Windows tool may put first. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A profile URL as written, `https://` added when the file left it out (`linkedin.com/in/jane`). */
export function withScheme(url: string): string {
  return /^https?:\/\//i.test(url) ? url : `https://${url}`;
}
