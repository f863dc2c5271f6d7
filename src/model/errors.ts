// What went wrong, in words: an error's message, or whatever else was thrown as text.

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a parser threw, for a one-line message: its first line (YAML's go on to quote the text around the error). */
export function firstLineOf(error: unknown): string {
  return errorMessage(error).split("\n")[0] ?? "";
}
