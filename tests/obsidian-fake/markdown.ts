// Builds CachedMetadata from a note's text the way Obsidian's indexer does, for what plugins read:
// frontmatter, links, embeds, frontmatter links, tags, headings and sections, with positions.
import type {
  CachedMetadata,
  EmbedCache,
  FrontmatterLinkCache,
  HeadingCache,
  LinkCache,
  Loc,
  Pos,
  SectionCache,
  TagCache,
} from "obsidian";
import { getFrontMatterInfo, parseYaml } from "./yaml";

class Locator {
  private readonly lineStarts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") this.lineStarts.push(i + 1);
  }
  loc(offset: number): Loc {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, col: offset - (this.lineStarts[lo] ?? 0), offset };
  }
  pos(start: number, end: number): Pos {
    return { start: this.loc(start), end: this.loc(end) };
  }
  lineStart(line: number): number {
    return this.lineStarts[line] ?? this.text.length;
  }
  lineEnd(line: number): number {
    const next = this.lineStarts[line + 1];
    if (next === undefined) return this.text.length;
    return this.text[next - 2] === "\r" ? next - 2 : next - 1;
  }
  get lineCount(): number {
    return this.lineStarts.length;
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t#]*$/;
const LIST = /^\s*(?:[-*+]|\d+[.)])(?:\s|$)/;
const BREAK = /^ {0,3}((\*[ \t]*){3,}|(-[ \t]*){3,}|(_[ \t]*){3,})$/;
const QUOTE = /^ {0,3}>/;

interface Scan {
  sections: SectionCache[];
  headings: HeadingCache[];
  /** Offsets [start, end) of fenced code, to be ignored when looking for links and tags. */
  code: [number, number][];
}

function scanBlocks(loc: Locator, firstLine: number): Scan {
  const sections: SectionCache[] = [];
  const headings: HeadingCache[] = [];
  const code: [number, number][] = [];
  const line = (n: number): string => loc.text.slice(loc.lineStart(n), loc.lineEnd(n));
  const blank = (n: number): boolean => line(n).trim() === "";
  const add = (type: string, from: number, to: number): void => {
    sections.push({ type, position: loc.pos(loc.lineStart(from), loc.lineEnd(to)) });
  };
  let i = firstLine;
  const last = loc.lineCount - 1;
  /** Fenced blocks inside lines `from`..`to` (as `content` shows them): code for links and tags, not sections. */
  const nestedCode = (from: number, to: number, content: (n: number) => string): void => {
    for (let n = from; n <= to; n++) {
      const open = /^\s*(`{3,}|~{3,})/.exec(content(n));
      if (!open) continue;
      const marker = open[1] ?? "```";
      let close = n + 1;
      while (close <= to && !new RegExp(`^\\s*${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`).test(content(close))) close++;
      const end = Math.min(close, to);
      code.push([loc.lineStart(n), loc.lineEnd(end)]);
      n = end;
    }
  };
  /**
   * Where a list that starts at `from` ends, as Obsidian's section does: list items, their indented lines
   * (fenced blocks in an item included, blank lines in them too), lazy continuation lines, and blank lines
   * followed by more of the list.
   */
  const listEnd = (from: number): number => {
    let j = from;
    while (j + 1 <= last) {
      const next = line(j + 1);
      if (next.trim() === "") {
        let k = j + 1;
        while (k <= last && blank(k)) k++;
        if (k <= last && (/^\s+\S/.test(line(k)) || LIST.test(line(k)))) {
          j = k - 1;
          continue;
        }
        break;
      }
      const indented = /^\s+\S/.test(next);
      if (!indented && !LIST.test(next) && (FENCE.test(next) || HEADING.test(next) || BREAK.test(next) || QUOTE.test(next))) break;
      const fence = indented ? /^\s+(`{3,}|~{3,})/.exec(next) : null;
      if (fence) {
        const marker = fence[1] ?? "```";
        let close = j + 2;
        while (close <= last && !new RegExp(`^\\s*${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`).test(line(close))) close++;
        const end = Math.min(close, last);
        code.push([loc.lineStart(j + 1), loc.lineEnd(end)]);
        j = end;
        continue;
      }
      j++;
    }
    return j;
  };
  while (i <= last) {
    const text = line(i);
    if (text.trim() === "") {
      i++;
      continue;
    }
    const fence = FENCE.exec(text);
    if (fence) {
      const marker = fence[1] ?? "```";
      let j = i + 1;
      while (j <= last && !new RegExp(`^ {0,3}${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`).test(line(j))) j++;
      const end = Math.min(j, last);
      add("code", i, end);
      code.push([loc.lineStart(i), loc.lineEnd(end)]);
      i = end + 1;
      continue;
    }
    const heading = HEADING.exec(text);
    if (heading) {
      add("heading", i, i);
      headings.push({
        heading: heading[2] ?? "",
        level: heading[1]?.length ?? 1,
        position: loc.pos(loc.lineStart(i), loc.lineEnd(i)),
      });
      i++;
      continue;
    }
    if (BREAK.test(text)) {
      add("thematicBreak", i, i);
      i++;
      continue;
    }
    if (LIST.test(text)) {
      const end = listEnd(i);
      add("list", i, end);
      i = end + 1;
      continue;
    }
    if (QUOTE.test(text)) {
      // A callout is a blockquote whose first line is `> [!type]`; a fence inside it is code, not a section.
      let j = i;
      while (j + 1 <= last && QUOTE.test(line(j + 1))) j++;
      nestedCode(i, j, (n) => line(n).replace(/^(?:[ \t]*>[ \t]?)+/, ""));
      add(/^\s*>\s*\[!/.test(text) ? "callout" : "blockquote", i, j);
      i = j + 1;
      continue;
    }
    const type = text.startsWith("|") ? "table" : "paragraph";
    let j = i;
    while (j + 1 <= last && !blank(j + 1) && !FENCE.test(line(j + 1)) && !HEADING.test(line(j + 1))) j++;
    add(type, i, j);
    i = j + 1;
  }
  return { sections, headings, code };
}

/** Replace code (fenced and inline) with spaces so that offsets stay true. */
function maskCode(text: string, code: [number, number][]): string {
  let masked = text;
  for (const [from, to] of code) masked = masked.slice(0, from) + " ".repeat(to - from) + masked.slice(to);
  return masked.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (m) => " ".repeat(m.length));
}

function wikiDisplay(target: string): string {
  return target.replace(/#\^?/g, " > ").replace(/^ > /, "");
}

function decode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

function scanReferences(loc: Locator, masked: string, from: number): { links: LinkCache[]; embeds: EmbedCache[] } {
  const links: LinkCache[] = [];
  const embeds: EmbedCache[] = [];
  const wiki = /(!?)\[\[([^\]\n]+?)\]\]/g;
  const md = /(!?)\[([^\]\n]*)\]\(\s*(<[^>\n]+>|[^)\s]+)(?:\s+"[^"\n]*")?\s*\)/g;
  const body = masked.slice(from);
  for (const m of body.matchAll(wiki)) {
    const start = from + (m.index ?? 0);
    const original = loc.text.slice(start, start + m[0].length);
    const inner = original.slice(m[1] ? 3 : 2, -2);
    const bar = inner.indexOf("|");
    const link = (bar >= 0 ? inner.slice(0, bar) : inner).trim();
    const displayText = bar >= 0 ? inner.slice(bar + 1) : wikiDisplay(link);
    const ref = { link, original, displayText, position: loc.pos(start, start + m[0].length) };
    (m[1] ? embeds : links).push(ref);
  }
  for (const m of body.matchAll(md)) {
    const raw = (m[3] ?? "").replace(/^<|>$/g, "");
    if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith("#")) continue; // external or same-note
    const start = from + (m.index ?? 0);
    const ref = {
      link: decode(raw),
      original: loc.text.slice(start, start + m[0].length),
      displayText: m[2] ?? "",
      position: loc.pos(start, start + m[0].length),
    };
    (m[1] ? embeds : links).push(ref);
  }
  const byOffset = (a: { position: Pos }, b: { position: Pos }): number => a.position.start.offset - b.position.start.offset;
  return { links: links.sort(byOffset), embeds: embeds.sort(byOffset) };
}

function scanTags(loc: Locator, masked: string, from: number): TagCache[] {
  const tags: TagCache[] = [];
  const re = /(^|[\s(])(#[\p{L}\p{N}_\-/]+)/gu;
  for (const m of masked.slice(from).matchAll(re)) {
    const tag = m[2] ?? "";
    if (/^#[\d/]+$/.test(tag)) continue; // `#123` is not a tag in Obsidian
    const start = from + (m.index ?? 0) + (m[1]?.length ?? 0);
    tags.push({ tag, position: loc.pos(start, start + tag.length) });
  }
  return tags;
}

function frontmatterLinks(frontmatter: Record<string, unknown>): FrontmatterLinkCache[] {
  const out: FrontmatterLinkCache[] = [];
  const visit = (key: string, value: unknown): void => {
    if (typeof value === "string") {
      const m = /^\[\[([^\]]+)\]\]$/.exec(value.trim());
      if (!m) return;
      const inner = m[1] ?? "";
      const bar = inner.indexOf("|");
      const link = bar >= 0 ? inner.slice(0, bar) : inner;
      out.push({ key, link, original: value, displayText: bar >= 0 ? inner.slice(bar + 1) : wikiDisplay(link) });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(`${key}.${index}`, item));
    }
  };
  for (const [key, value] of Object.entries(frontmatter)) visit(key, value);
  return out;
}

/** The metadata Obsidian caches for a Markdown note. Empty lists are left out, as Obsidian does. */
export function computeCache(text: string): CachedMetadata {
  const loc = new Locator(text);
  const cache: CachedMetadata = {};
  const info = getFrontMatterInfo(text);
  let bodyLine = 0;
  let bodyOffset = 0;
  const sections: SectionCache[] = [];
  if (info.exists) {
    // The closing `---` starts right after the newline that ends the YAML text (or at `from` when empty).
    const closeStart = info.frontmatter === "" ? info.from : info.to + (text[info.to] === "\r" ? 2 : 1);
    const closeLine = loc.loc(closeStart).line;
    cache.frontmatterPosition = loc.pos(0, closeStart + 3);
    sections.push({ type: "yaml", position: cache.frontmatterPosition });
    bodyLine = closeLine + 1;
    bodyOffset = info.contentStart;
    let parsed: unknown;
    try {
      parsed = parseYaml(info.frontmatter);
    } catch {
      parsed = undefined; // Obsidian keeps the position but drops frontmatter it cannot parse
    }
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
      cache.frontmatter = parsed;
      const fmLinks = frontmatterLinks(cache.frontmatter);
      if (fmLinks.length > 0) cache.frontmatterLinks = fmLinks;
    } else if (parsed === null) {
      cache.frontmatter = {};
    }
  }
  const scan = scanBlocks(loc, bodyLine);
  sections.push(...scan.sections);
  if (sections.length > 0) cache.sections = sections;
  if (scan.headings.length > 0) cache.headings = scan.headings;
  const masked = maskCode(text, [[0, bodyOffset], ...scan.code]);
  const { links, embeds } = scanReferences(loc, masked, bodyOffset);
  if (links.length > 0) cache.links = links;
  if (embeds.length > 0) cache.embeds = embeds;
  const tags = scanTags(loc, masked, bodyOffset);
  if (tags.length > 0) cache.tags = tags;
  return cache;
}

/** Obsidian's getAllTags: frontmatter `tags`/`tag` and body tags, each with a leading `#`. */
export function getAllTags(cache: CachedMetadata): string[] | null {
  const out: string[] = [];
  const fm = cache.frontmatter;
  for (const key of ["tags", "tag"]) {
    const value: unknown = fm?.[key];
    const list = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,\s]+/) : [];
    for (const item of list) if (typeof item === "string" && item.trim()) out.push(item.startsWith("#") ? item.trim() : `#${item.trim()}`);
  }
  for (const tag of cache.tags ?? []) out.push(tag.tag);
  return out.length > 0 ? out : null;
}
