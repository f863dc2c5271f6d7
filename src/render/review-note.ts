// The review note (SPEC §4, "create the review note for last quarter"): the review as the `network-review` block
// draws it, written down as Markdown so the note keeps its numbers after the vault changes, then prompts to adjust
// the goals and the live block of the same period. The sections are the block's own (render/review.ts), so the
// note and the block never word a part differently; a review in, the note's body out.
import type { DateWindow } from "../model/calendar";
import type { Review } from "../insights/review";
import { renderReview } from "./review";

/** `2026-Q3`: the period of a quarter's window, as the block and the note's name write it. */
export function quarterPeriod(window: DateWindow): string {
  return `${window.start.slice(0, 4)}-Q${Math.ceil(Number(window.start.slice(5, 7)) / 3)}`;
}

/** Text from notes as Markdown text: what would format, link, embed or start HTML is escaped; one line. */
export function markdownText(text: string): string {
  return text.replace(/[\r\n\t]+/g, " ").replace(/[\\`*_[\]<>#|~=$%]/g, "\\$&");
}

/** An element's text as Markdown text, on one line. */
const inline = (el: Element): string => markdownText(el.textContent ?? "").replace(/\s+/g, " ").trim();

/**
 * The block's parts as Markdown blocks: its title and headings, paragraphs, and each list, table or chart as a list
 * (a table's rows as `label: count · …`, its header first; a chart, one image named "Caption. Label: value; …" by render/chart.ts, as its bars).
 */
function blocks(el: Element, out: string[]): void {
  for (const child of Array.from(el.children)) {
    const tag = child.tagName.toLowerCase();
    if (tag === "ul" || tag === "thead" || tag === "tbody") {
      // A table's row: its first cell, then the others (`- Interactions: 9 · 6 · +3`, under `- What: Count · Before · Change`).
      const row = (r: Element): string => (tag === "ul" ? inline(r) : Array.from(r.children, inline).join(" · ").replace(" · ", ": "));
      out.push(Array.from(child.children, (r) => `- ${row(r)}`).join("\n"));
    }
    else if (tag === "svg") out.push(`- ${(child.getAttribute("aria-label") ?? "").replace(/^.*?\. /, "").split("; ").join("\n- ")}`);
    else if (/^h\d$/.test(tag)) out.push(`## ${inline(child)}`);
    else if (child.querySelector("div, h4, ul, tbody, svg")) blocks(child, out);
    else if (inline(child) !== "") out.push(`${child.classList.contains("ng-review-title") ? "# " : ""}${inline(child)}`);
  }
}

/**
 * The review note's body (its frontmatter is the command's, obsidian/review-note.ts): the review's parts as of
 * `review.today`, the questions for the quarter ahead, and the block of `period` (`2026-Q3`), which counts again
 * whenever it is read.
 */
export function reviewNoteBody(review: Review, period: string): string {
  const el = createDiv();
  renderReview(el, review);
  const out: string[] = [];
  blocks(el, out);
  return `${[
    ...out,
    "## Next quarter",
    "- [ ] Raise a goal you hit? Rethink one you missed?\n- [ ] Win back who drifted? Give more than you ask?\n- [ ] Who do you want to know in five years? Who could introduce you?",
    `## Now\n\n\`\`\`network-review\nperiod: ${period}\n\`\`\`\n`,
  ].join("\n\n")}`;
}
