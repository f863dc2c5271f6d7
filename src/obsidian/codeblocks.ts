// The code blocks: network-goal, network-followups, network-reconnect, network-review — live, in reading view and live preview.
import { MarkdownRenderChild, parseYaml, type MarkdownPostProcessorContext, type Plugin } from "obsidian";
import { goalProgress } from "../insights/goal-progress";
import { readGoalBlock } from "../parse/goal";
import { fileNameDate } from "../parse/interaction";
import { basenameOf } from "../parse/note";
import { renderGoal, renderGoalError } from "../render/goal";
import { renderFollowUps } from "../render/follow-ups";
import { renderReconnect } from "../render/reconnect";
import { filterFollowUps, filterReconnect } from "../insights/list-filters";
import { readListOptions, type ListOptions } from "../parse/list-options";
import { renderReview } from "../render/review";
import { readReviewOptions } from "../parse/review-options";
import { reviewFor } from "../insights/review";
import { readingMessage, type NetworkHost } from "./host";

/** Draws one block from its source into `el`; called again whenever the index or the day changes. */
type BlockRenderer = (host: NetworkHost, source: string, el: HTMLElement, block: BlockChild) => void;

/** One rendered block: redraws when something it shows moved, and stops listening when Obsidian unloads it. */
class BlockChild extends MarkdownRenderChild {
  private drawn: { revision: number; today: string; reading: string | null } | null = null;

  constructor(
    containerEl: HTMLElement,
    readonly host: NetworkHost,
    readonly source: string,
    readonly ctx: MarkdownPostProcessorContext,
    private readonly render: BlockRenderer,
  ) {
    super(containerEl);
  }

  override onload(): void {
    this.host.onRefresh(this, () => this.refresh());
    this.refresh();
  }

  private refresh(): void {
    const { host } = this;
    const now = { revision: host.revision(), today: host.today(), reading: readingMessage(host) };
    const { drawn } = this;
    if (drawn && drawn.revision === now.revision && drawn.today === now.today && drawn.reading === now.reading) return;
    this.drawn = now;
    this.containerEl.empty();
    if (now.reading !== null) {
      this.containerEl.createDiv({ cls: "ng-empty ng-reading", text: now.reading });
      return;
    }
    this.render(host, this.source, this.containerEl, this);
  }
}

const renderGoalBlock: BlockRenderer = (host, source, el, block) => {
  const note = block.ctx.sourcePath;
  const section = block.ctx.getSectionInfo(el);
  // The note's own date (its `date` field) is what the index read; a new note falls back to its file name.
  const noteDate = host.index().note(note)?.goals[0]?.noteDate ?? fileNameDate(basenameOf(note));
  const read = readGoalBlock(source, { note, index: 0, line: section?.lineStart ?? 0, noteDate }, parseYaml);
  // Not YAML, or not a set of fields: there is no goal to draw, only what is wrong.
  if (read.problems.some((p) => p.field === "goal")) {
    renderGoalError(el, read.problems);
    return;
  }
  renderGoal(el, goalProgress(read.goal, host.goalCounter(), host.settings.weekStart), host.today());
  // Fields that were ignored (a bad start date, say) are said in place too, under the goal, unless the
  // SMART check above already explains them.
  const explained = new Set(read.goal.issues.map((issue) => issue.field));
  const ignored = read.problems.filter((p) => !explained.has(p.field));
  if (ignored.length > 0) renderGoalError(el.createDiv(), ignored, "Some fields were ignored");
};

/** A list block: its options read (or what is wrong with them shown in place), then `draw` with them. */
function listBlock(draw: (host: NetworkHost, options: ListOptions, el: HTMLElement, block: BlockChild) => void): BlockRenderer {
  return (host, source, el, block) => {
    const options = readListOptions(source, parseYaml);
    if (!options.ok) {
      renderGoalError(el, options.problems, "These options cannot be read");
      return;
    }
    draw(host, options.options, el, block);
  };
}

const renderFollowUpsBlock = listBlock((host, options, el, block) => {
  const index = host.index();
  const rows = filterFollowUps(host.report().followUps, (path) => index.contact(path), options);
  renderFollowUps(el, rows, host.rowActions(block), (path) => host.nameOf(path), host.today());
});

const renderReconnectBlock = listBlock((host, options, el, block) => {
  const index = host.index();
  const rows = filterReconnect(host.report().reconnect, (path) => index.contact(path), options);
  renderReconnect(el, rows, host.rowActions(block), (path) => host.nameOf(path), {
    emptyText: "Nobody here is due for a catch-up.",
    today: host.today(),
  });
});

const renderReviewBlock: BlockRenderer = (host, source, el, block) => {
  const options = readReviewOptions(source, parseYaml);
  if (!options.ok) {
    renderGoalError(el, options.problems, "This review cannot be read");
    return;
  }
  const { period, top } = options.options;
  const review = reviewFor(host.index(), period, host.today(), host.settings, top === undefined ? { index: host.metrics() } : { index: host.metrics(), top });
  if ("error" in review) {
    renderGoalError(el, [review.error], "This review cannot be read");
    return;
  }
  renderReview(el, review, host.rowActions(block));
};

export const CODE_BLOCKS: Record<string, BlockRenderer> = {
  "network-goal": renderGoalBlock,
  "network-followups": renderFollowUpsBlock,
  "network-reconnect": renderReconnectBlock,
  "network-review": renderReviewBlock,
};

export function registerCodeBlocks(plugin: Plugin, host: NetworkHost, blocks: Record<string, BlockRenderer> = CODE_BLOCKS): void {
  for (const [language, render] of Object.entries(blocks)) {
    plugin.registerMarkdownCodeBlockProcessor(language, (source, el, ctx) => {
      el.addClass("ng-block-host");
      ctx.addChild(new BlockChild(el, host, source, ctx, render));
    });
  }
}
