// Comma-separated text read as RFC 4180 reads it, the way LinkedIn and spreadsheets write it: one pass, no
// look-back. papaparse (the test oracle in tests/io/csv.test.ts) does the same job in 19 KB of main.js, most of
// it streaming, workers and guessing we never use; this is under 1 KB.

/** One record: its cells, where it starts in the text, and whether its last cell opened a quote never closed. */
export interface CsvRow {
  readonly cells: string[];
  readonly start: number;
  /** A quoted cell ran to the end of the text: the rest of the file is that one cell. */
  readonly unclosedQuote: boolean;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * The records of `text`, in order. Records end at CRLF, LF or a lone CR; a cell that starts with `"` is quoted
 * (commas, quotes doubled as `""` and line breaks inside it are text), and text after its closing quote up to
 * the next comma is kept as written. A line break at the very end makes no empty record.
 */
export function* csvRows(text: string): Generator<CsvRow> {
  const length = text.length;
  let at = 0;
  while (at < length) {
    const start = at;
    const cells: string[] = [];
    let unclosedQuote = false;
    for (;;) {
      let cell = "";
      if (text.charCodeAt(at) === QUOTE) {
        at++;
        for (;;) {
          const close = text.indexOf('"', at);
          if (close === -1) {
            cell += text.slice(at);
            at = length;
            unclosedQuote = true;
            break;
          }
          cell += text.slice(at, close);
          at = close + 1;
          if (text.charCodeAt(at) !== QUOTE) break;
          cell += '"';
          at++;
        }
      }
      const end = unquotedEnd(text, at);
      cell += text.slice(at, end);
      at = end;
      cells.push(cell);
      if (text.charCodeAt(at) !== COMMA) break;
      at++;
    }
    if (text.charCodeAt(at) === CR) at++;
    if (text.charCodeAt(at) === LF) at++;
    yield { cells, start, unclosedQuote };
  }
}

/** Where the unquoted text from `at` ends: at the next comma, line break or the end. */
function unquotedEnd(text: string, at: number): number {
  let i = at;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === LF || c === CR) break;
  }
  return i;
}
