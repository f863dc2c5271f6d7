// Obsidian's FileManager: frontmatter edits that leave the body alone, and renames that update links.
import type { DataWriteOptions, Pos } from "obsidian";
import { TAbstractFile, TFile, TFolder } from "./files";
import type { MetadataCache } from "./metadata-cache";
import type { Vault } from "./vault";
import { getFrontMatterInfo, parseYaml, stringifyYaml } from "./yaml";

interface Edit {
  /** Replace this exact text, at this offset when known (body links), else the first match in the frontmatter. */
  original: string;
  position?: Pos;
  replacement: string;
}

export class FileManager {
  constructor(
    private readonly vault: Vault,
    private readonly metadataCache: MetadataCache,
  ) {}

  getNewFileParent(_sourcePath: string, _newFilePath?: string): TFolder {
    void _sourcePath;
    void _newFilePath;
    return this.vault.getRoot();
  }

  async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: DataWriteOptions): Promise<void> {
    const text = await this.vault.read(file);
    const info = getFrontMatterInfo(text);
    const parsed = info.exists ? parseYaml(info.frontmatter) : null; // throws on invalid YAML, as Obsidian does
    if (parsed !== null && (typeof parsed !== "object" || Array.isArray(parsed))) throw new Error("Frontmatter is not a mapping.");
    const frontmatter = (parsed ?? {}) as Record<string, unknown>;
    fn(frontmatter);
    const eol = text.includes("\r\n") ? "\r\n" : "\n";
    const yaml = Object.keys(frontmatter).length === 0 ? "" : stringifyYaml(frontmatter).replace(/\n/g, eol);
    let next: string;
    if (info.exists) {
      // Keep everything from the closing `---` on, byte for byte.
      const closeAt = info.frontmatter === "" ? info.from : info.to + (text[info.to] === "\r" ? 2 : 1);
      next = text.slice(0, info.from) + yaml + text.slice(closeAt);
    } else {
      if (yaml === "") return;
      next = `---${eol}${yaml}---${eol}${text}`;
    }
    if (next !== text) await this.vault.modify(file, next, options);
  }

  generateMarkdownLink(file: TFile, sourcePath: string, subpath = "", alias = ""): string {
    const linktext = this.metadataCache.fileToLinktext(file, sourcePath, true);
    return `[[${linktext}${subpath}${alias ? `|${alias}` : ""}]]`;
  }

  async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
    const targets = new Set<TFile>();
    if (file instanceof TFile) targets.add(file);
    else if (file instanceof TFolder) for (const f of this.vault.getFiles()) if (f.path.startsWith(`${file.path}/`)) targets.add(f);
    const pending = new Map<TFile, { ref: { link: string; original: string; displayText?: string; position?: Pos } }[]>();
    for (const source of this.vault.getMarkdownFiles()) {
      const cache = this.metadataCache.getFileCache(source);
      if (!cache) continue;
      const refs = [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])].filter((ref) => {
        const dest = this.metadataCache.getFirstLinkpathDest(ref.link.split("#")[0] ?? "", source.path);
        return dest !== null && targets.has(dest);
      });
      if (refs.length > 0) pending.set(source, refs.map((ref) => ({ ref })));
    }
    await this.vault.rename(file, newPath);
    for (const [source, refs] of pending) {
      const edits: Edit[] = refs.map(({ ref }) => {
        const hash = ref.link.indexOf("#");
        const subpath = hash >= 0 ? ref.link.slice(hash) : "";
        const dest = this.metadataCache.getFirstLinkpathDest(ref.link.split("#")[0] ?? "", source.path);
        const target = dest ?? [...targets][0];
        const linktext = target ? this.metadataCache.fileToLinktext(target, source.path) : ref.link;
        return { original: ref.original, position: ref.position, replacement: rewrite(ref.original, linktext, subpath, target) };
      });
      await this.vault.process(source, (text) => applyEdits(text, edits));
    }
  }

  async trashFile(file: TAbstractFile): Promise<void> {
    await this.vault.trash(file, true);
  }
}

function rewrite(original: string, linktext: string, subpath: string, target: TFile | undefined): string {
  if (original.startsWith("[[") || original.startsWith("![[")) {
    const embed = original.startsWith("!") ? "!" : "";
    const inner = original.slice(embed.length + 2, -2);
    const bar = inner.indexOf("|");
    return `${embed}[[${linktext}${subpath}${bar >= 0 ? inner.slice(bar) : ""}]]`;
  }
  // A Markdown link keeps its text and points at the new path, URL-encoded as Obsidian writes it.
  const path = target ? target.path : linktext;
  return original.replace(/\]\(\s*(<[^>]+>|[^)\s]+)/, `](${encodeURI(path)}${subpath}`);
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  const positioned = edits.filter((e) => e.position).sort((a, b) => (b.position?.start.offset ?? 0) - (a.position?.start.offset ?? 0));
  for (const edit of positioned) {
    const start = edit.position?.start.offset ?? 0;
    const end = edit.position?.end.offset ?? 0;
    if (out.slice(start, end) === edit.original) out = out.slice(0, start) + edit.replacement + out.slice(end);
  }
  const info = getFrontMatterInfo(out);
  if (!info.exists) return out;
  let yaml = info.frontmatter;
  for (const edit of edits.filter((e) => !e.position)) yaml = yaml.split(edit.original).join(edit.replacement);
  return out.slice(0, info.from) + yaml + out.slice(info.to);
}
