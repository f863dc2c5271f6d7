// Finding goal blocks, links and tags in a note's Markdown body, for hosts without Obsidian's cache (the CLI).
import type { GoalBlockSource } from "../model/types";
import { CLASSIFYING_TAG_WORDS } from "./classify";
import { linkTarget } from "./links";

const FENCE = /^(\s*)(`{3,}|~{3,})(.*)$/;
/** The `>` markers of a blockquote or callout line (`> `, `> > `), with the blanks around them. */
const QUOTE = /^(?:[ \t]*>[ \t]?)+/;
const LINE_BREAK = /\r?\n/;

interface Fence {
  /** The blockquote (callout) markers the fence was opened under: its lines carry them too. */
  quote: number;
  indent: number;
  marker: string;
  info: string;
  line: number;
  content: string[];
}

/** A fence can only open where the text holds three backticks or tildes in a row. */
function mayHoldFences(body: string): boolean {
  return body.includes("```") || body.includes("~~~");
}

/** Every fenced code block (CommonMark rules: a closing fence of the same character, at least as long). */
function fencedBlocks(lines: readonly string[]): { fences: Fence[]; codeLines: Set<number> } {
  const fences: Fence[] = [];
  const codeLines = new Set<number>();
  let open: Fence | undefined;
  lines.forEach((line, i) => {
    // A fence inside a callout or blockquote (`> ```network-goal`) is read without its `>` markers.
    const quote = line.includes(">") ? (QUOTE.exec(line)?.[0] ?? "") : "";
    const depth = quote === "" ? 0 : quote.split(">").length - 1;
    // The blockquote ended: so did a fence opened in it (Obsidian renders it to there).
    if (open && depth < open.quote) open = undefined;
    const text = line.slice(quote.length);
    const m = FENCE.exec(text);
    if (open) {
      codeLines.add(i);
      const char = open.marker.charAt(0);
      if (m && m[2]?.startsWith(char) && (m[2]?.length ?? 0) >= open.marker.length && m[3]?.trim() === "" && !m[2].includes(char === "`" ? "~" : "`")) {
        open = undefined;
      } else {
        // Goal blocks inside an indented list item are indented; YAML wants them flush.
        const indent = /^\s*/.exec(text)?.[0].length ?? 0;
        open.content.push(text.slice(Math.min(indent, open.indent)));
      }
      return;
    }
    // A backtick fence's info string may not hold a backtick (CommonMark); ``` `x` ``` is inline code.
    if (m && !(m[2]?.startsWith("`") && m[3]?.includes("`"))) {
      open = { quote: depth, indent: m[1]?.length ?? 0, marker: m[2] ?? "", info: (m[3] ?? "").trim(), line: i, content: [] };
      fences.push(open);
      codeLines.add(i);
    }
  });
  return { fences, codeLines };
}

/**
 * The `network-goal` blocks of a note, with the 0-based line of each opening fence. Give it the
 * whole file text for line numbers within the note. A block left open runs to the end, as
 * Obsidian renders it; a network-goal example inside another fenced block is not a goal.
 */
export function findGoalBlocks(body: string): GoalBlockSource[] {
  // Most notes hold no goal: two substring searches instead of a regex per line.
  if (!body.includes("network-goal") || !mayHoldFences(body)) return [];
  return fencedBlocks(body.split(LINE_BREAK))
    .fences.filter((fence) => fence.info === "network-goal")
    .map((fence) => ({ source: fence.content.join("\n"), line: fence.line }));
}

// Linear on any line: no part of a link can hold the bracket (or `(`, `<`) that opens the next try, so a failed
// try never rescans the rest of the line (a 120 KB line of `[[` took seconds when `[^\]]+` could). Obsidian's
// link targets cannot hold `[` or `]` either (they are among the characters it refuses in a link).
const WIKILINK = /(!?)\[\[([^[\]\n]+)\]\]/g;
const MARKDOWN_LINK = /(!?)\[[^[\]\n]*\]\((<[^<>\n]+>|[^()<>\s]+)(?:\s+"[^"\n]*")?\)/g;
const INLINE_CODE = /(`+)[^`]*?\1/g;

/** A Markdown link target that names a note: not a URL, not a same-note heading, `.md` or no extension. */
function isNoteTarget(target: string): boolean {
  if (target === "" || /^[a-z][a-z0-9+.-]*:/i.test(target)) return false;
  const last = target.slice(target.lastIndexOf("/") + 1);
  return /\.md$/i.test(last) || !/\.[a-z0-9]{1,5}$/i.test(last);
}

/** The links of one line, in the order they were written, handed to `add`. */
function scanLine(line: string, add: (target: string) => void): void {
  const text = line.includes("`") ? line.replace(INLINE_CODE, "") : line;
  // A wikilink needs `[[` and a Markdown link `](`: most lines hold one kind at most.
  let wiki: [number, string][] | undefined;
  if (text.includes("[[")) {
    wiki = [];
    WIKILINK.lastIndex = 0;
    for (let m = WIKILINK.exec(text); m !== null; m = WIKILINK.exec(text)) {
      if (m[1] !== "!") wiki.push([m.index, linkTarget(`[[${m[2] ?? ""}]]`)]);
    }
  }
  let markdown: [number, string][] | undefined;
  if (text.includes("](")) {
    markdown = [];
    MARKDOWN_LINK.lastIndex = 0;
    for (let m = MARKDOWN_LINK.exec(text); m !== null; m = MARKDOWN_LINK.exec(text)) {
      const target = linkTarget(`[](${m[2] ?? ""})`);
      if (m[1] !== "!" && isNoteTarget(target)) markdown.push([m.index, target]);
    }
  }
  // Each list is in the order written; only a line holding both kinds needs them merged (a stable sort).
  let links = wiki ?? markdown;
  if (wiki && markdown && markdown.length > 0) links = wiki.concat(markdown).sort((a, b) => a[0] - b[0]);
  if (links) for (const [, target] of links) add(target);
}

/** A body tag that can make a note a contact or an interaction: `#person`, `#Meeting`, `#person/mentor`. */
const CLASSIFYING_TAG = new RegExp(`(^|[\\s(])#(${CLASSIFYING_TAG_WORDS.join("|")})(?=$|/|[^\\p{L}\\p{N}_/-])`, "giu");

/**
 * The body's tags that can classify a note (SPEC §1.1: `#person` in the body counts, as Obsidian counts body
 * tags as the note's tags), lower-case, without `#` and nested parts, once each; none in code. Other tags
 * never change what a note is, so they are not collected.
 */
export function findBodyTags(body: string): string[] {
  if (!body.includes("#")) return [];
  const found = new Set<string>();
  const scan = (line: string): void => {
    const text = line.includes("`") ? line.replace(INLINE_CODE, "") : line;
    CLASSIFYING_TAG.lastIndex = 0;
    for (let m = CLASSIFYING_TAG.exec(text); m !== null; m = CLASSIFYING_TAG.exec(text)) found.add((m[2] ?? "").toLowerCase());
  };
  CLASSIFYING_TAG.lastIndex = 0;
  if (!CLASSIFYING_TAG.test(body)) return [];
  const lines = body.split(LINE_BREAK);
  const { codeLines } = mayHoldFences(body) ? fencedBlocks(lines) : { codeLines: new Set<number>() };
  lines.forEach((line, i) => {
    if (line.includes("#") && !codeLines.has(i)) scan(line);
  });
  return [...found];
}

/**
 * Link targets in the body, in order, once each. Embeds (`![[...]]`) are skipped: embedding a note
 * or a picture is not meeting someone. Links in fenced code and inline code are not links.
 */
export function findBodyLinks(body: string): string[] {
  const found: string[] = [];
  // Both link forms start with `[`: a body without one has no links, and needs no line split.
  let at = body.indexOf("[");
  if (at < 0) return found;
  const seen = new Set<string>();
  const add = (target: string): void => {
    const key = target.toLowerCase();
    if (target === "" || seen.has(key)) return;
    seen.add(key);
    found.push(target);
  };
  if (mayHoldFences(body)) {
    const lines = body.split(LINE_BREAK);
    const { codeLines } = fencedBlocks(lines);
    lines.forEach((line, i) => {
      if (line.includes("[") && !codeLines.has(i)) scanLine(line, add);
    });
    return found;
  }
  // Without fences no line is code: visit only the lines holding a `[`, cut as split(/\r?\n/) cuts them.
  while (at >= 0) {
    const start = body.lastIndexOf("\n", at) + 1;
    const next = body.indexOf("\n", at);
    let end = next < 0 ? body.length : next;
    if (next >= 0 && end > start && body.charCodeAt(end - 1) === 13 /* \r */) end--;
    scanLine(body.slice(start, end), add);
    at = next < 0 ? -1 : body.indexOf("[", next + 1);
  }
  return found;
}
