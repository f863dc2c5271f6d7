// The code blocks: network-goal, network-followups, network-reconnect, network-review, network-birthdays, network-person, network-people — live, in reading view and live preview.
import { MarkdownRenderChild, parseYaml, type MarkdownPostProcessorContext, type Plugin } from "obsidian";
import { goalProgress } from "../insights/goal-progress";
import { readGoalBlock } from "../parse/goal";
import { fileNameDate } from "../parse/interaction";
import { basenameOf } from "../model/paths";
import { renderGoal, renderGoalError } from "../render/goal";
import { renderFollowUps } from "../render/follow-ups";
import { renderReconnect } from "../render/reconnect";
import { filterBirthdays, filterFollowUps, filterPeopleToMeet, filterReconnect } from "../insights/list-filters";
import { renderPeopleToMeet } from "../render/people-to-meet";
import { renderBirthdays } from "../render/birthdays";
import { renderPersonBlock } from "../render/person";
import { readPersonOptions } from "../parse/person-options";
import { fromNoteFolder } from "../parse/links";
import { readListOptions, type ListOptions } from "../parse/list-options";
import { renderReview } from "../render/review";
import { readReviewOptions } from "../parse/review-options";
import type { LocalDate, YamlParser } from "../model/types";
import type { NetworkHost } from "./host";
import { ShownDrawing } from "./shown";

/** Draws a block into `el`, again whenever what it shows moved while it is shown. */
type Draw = (host: NetworkHost, el: HTMLElement, block: BlockChild) => void;

/**
 * A kind of block: reads the block's source once, when Obsidian makes the block (a block's source never
 * changes: editing it makes a new block), and returns how to draw it.
 */
type BlockKind = (source: string) => Draw;

/** One rendered block: redraws when something it shows moved, and stops listening when Obsidian unloads it. */
class BlockChild extends MarkdownRenderChild {
  readonly #drawing: ShownDrawing;

  constructor(
    containerEl: HTMLElement,
    readonly host: NetworkHost,
    readonly ctx: MarkdownPostProcessorContext,
    draw: Draw,
  ) {
    super(containerEl);
    this.#drawing = new ShownDrawing(host, containerEl, () => {
      containerEl.empty();
      draw(host, containerEl, this);
    });
  }

  override onload(): void {
    // The first drawing is at once: Obsidian may not have put the block on the page yet.
    this.#drawing.start(this);
  }
}

/** Obsidian's parseYaml over one source, run once: what it returned (or threw) is kept for every later read. */
function parsedOnce(source: string): YamlParser {
  let result: { value: unknown } | { error: unknown } | null = null;
  return () => {
    if (result === null) {
      try {
        result = { value: parseYaml(source) };
      } catch (error) {
        result = { error };
      }
    }
    if ("error" in result) throw result.error;
    return result.value;
  };
}

const goalBlock: BlockKind = (source) => {
  const yaml = parsedOnce(source);
  // The goal depends on the note's date (where a goal without `start` begins) and the block's line; the YAML
  // is parsed once, and its fields read again only when one of those moved.
  let read: { noteDate: LocalDate | undefined; line: number; goal: ReturnType<typeof readGoalBlock> } | null = null;
  return (host, el, block) => {
    const note = block.ctx.sourcePath;
    const line = block.ctx.getSectionInfo(el)?.lineStart ?? 0;
    // The note's own date (its `date` field) is what the index read; a new note falls back to its file name.
    const noteDate = host.index().note(note)?.goals[0]?.noteDate ?? fileNameDate(basenameOf(note));
    if (read === null || read.noteDate !== noteDate || read.line !== line) {
      read = { noteDate, line, goal: readGoalBlock(source, { note, index: 0, line, noteDate }, yaml) };
    }
    const { goal, problems } = read.goal;
    // Not YAML, or not a set of fields: there is no goal to draw, only what is wrong.
    if (problems.some((p) => p.field === "goal")) {
      renderGoalError(el, problems);
      return;
    }
    renderGoal(el, goalProgress(goal, host.goalCounter(), host.settings.weekStart), host.today());
    // Fields that were ignored (a bad start date, say) are said in place too, under the goal, unless the
    // SMART check above already explains them.
    const explained = new Set(goal.issues.map((issue) => issue.field));
    const ignored = problems.filter((p) => !explained.has(p.field));
    if (ignored.length > 0) renderGoalError(el.createDiv(), ignored, "Some fields were ignored");
  };
};

/**
 * A block with options: read once with `read` (what is wrong with them shown in place, under `heading`), then
 * `draw` with them.
 */
function optionsBlock<T>(
  read: (source: string, yaml: YamlParser) => { ok: true; options: T } | { ok: false; problems: string[] },
  draw: (host: NetworkHost, options: T, el: HTMLElement, block: BlockChild) => void,
  heading = "These options cannot be read",
): BlockKind {
  return (source) => {
    const options = read(source, parseYaml);
    return (host, el, block) => {
      if (!options.ok) renderGoalError(el, options.problems, heading);
      else draw(host, options.options, el, block);
    };
  };
}

/** A list block: the list filters' options (tag, level, company, limit, days). */
const listBlock = (draw: (host: NetworkHost, options: ListOptions, el: HTMLElement, block: BlockChild) => void): BlockKind =>
  optionsBlock(readListOptions, draw);

const followUpsBlock = listBlock((host, options, el, block) => {
  const index = host.index();
  const rows = filterFollowUps(host.report().followUps, (path) => index.contact(path), options);
  renderFollowUps(el, rows, host.rowActions(block), (path) => host.nameOf(path), host.today());
});

const reconnectBlock = listBlock((host, options, el, block) => {
  const index = host.index();
  const rows = filterReconnect(host.report().reconnect, (path) => index.contact(path), options);
  renderReconnect(el, rows, host.rowActions(block), (path) => host.nameOf(path), {
    emptyText: "Nobody here is due for a catch-up.",
    today: host.today(),
  });
});

const birthdaysBlock = listBlock((host, options, el, block) => {
  const index = host.index();
  const rows = filterBirthdays(host.report().birthdaysAhead, (path) => index.contact(path), options, host.settings.birthdayWindowDays);
  renderBirthdays(el, rows, host.rowActions(block), host.today());
});

const reviewBlock = optionsBlock(
  readReviewOptions,
  (host, { period, top }, el, block) => {
    const review = host.review(period, top);
    if ("error" in review) renderGoalError(el, [review.error], "This review cannot be read");
    else renderReview(el, review, host.rowActions(block));
  },
  "This review cannot be read",
);

const peopleBlock = listBlock((host, options, el, block) => {
  if (options.days !== undefined) {
    renderGoalError(el, ["'days' is not an option here; people to meet take tag, level, company and limit"], "These options cannot be read");
    return;
  }
  const index = host.index();
  renderPeopleToMeet(el, filterPeopleToMeet(host.report().peopleToMeet, (path) => index.contact(path), options), host.rowActions(block), "Nobody here to meet.");
});

const personBlock = optionsBlock(readPersonOptions, (host, options, el, block) => {
  const index = host.index();
  const written = options.person;
  // No person: the note the block is in. Otherwise found as an attendee is, from this note (relative links).
  let path: string | null = block.ctx.sourcePath;
  let missing = "This note is not a contact. Name one with person: \"[[Jane Doe]]\".";
  if (written !== undefined) {
    const found = index.resolveContact(fromNoteFolder(written, block.ctx.sourcePath));
    path = found.kind === "found" ? found.path : null;
    missing = found.kind === "ambiguous" ? `'${written}' matches several contacts: ${found.paths.join(", ")}.` : `No contact is called '${written}'.`;
  }
  const page = path === null ? null : host.personPage(path);
  renderPersonBlock(el, page, host.rowActions(block), (p) => host.nameOf(p), missing);
});

export const CODE_BLOCKS: Record<string, BlockKind> = {
  "network-goal": goalBlock,
  "network-followups": followUpsBlock,
  "network-reconnect": reconnectBlock,
  "network-review": reviewBlock,
  "network-birthdays": birthdaysBlock,
  "network-person": personBlock,
  "network-people": peopleBlock,
};

export function registerCodeBlocks(plugin: Plugin, host: NetworkHost, blocks: Record<string, BlockKind> = CODE_BLOCKS): void {
  for (const [language, kind] of Object.entries(blocks)) {
    plugin.registerMarkdownCodeBlockProcessor(language, (source, el, ctx) => {
      el.addClass("ng-block-host");
      ctx.addChild(new BlockChild(el, host, ctx, kind(source)));
    });
  }
}
