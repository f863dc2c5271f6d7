// Small SVG bar charts, built with DOM calls (createSvg; text only as text), themed in styles.css with Obsidian's
// CSS variables and scaled into the block's width by their viewBox. The SVG is one image whose name says every
// bar in words, for screen readers; a bar's tooltip says the same. The numbers come from insights; this only places them.

export interface Bar {
  /** What the bar is, in words ("1 Jan – 31 Mar"). */
  label: string;
  value: number;
  /** Written under the bar ("Peer", "Jul"); none: nothing. */
  axis?: string;
  /** Said after the value ("hit", "so far"). */
  note?: string;
  /** Its colour: `ng-chart-hit`, `ng-chart-miss`, `ng-chart-muted`; none: the accent. */
  cls?: string;
}

const compact = new Intl.NumberFormat("en", { notation: "compact" });

/** Bars left to right (`slot` wide each, in the viewBox's units), a dashed line at `target` when there is one. */
export function renderBarChart(parent: HTMLElement, bars: readonly Bar[], caption: string, target: number | null = null, slot = 20): SVGSVGElement {
  const max = Math.max(1, target ?? 0, ...bars.map((b) => b.value));
  const axis = bars.some((b) => b.axis !== undefined) ? 11 : 0;
  const width = Math.max(1, bars.length) * slot;
  // 48 is the baseline; the tallest bar reaches 11, leaving room for its number above it.
  const y = (value: number): number => 48 - (value / max) * 37;
  const words = bars.map((b) => `${b.label}: ${b.value}${b.note === undefined ? "" : `, ${b.note}`}`);
  const svg = parent.createSvg("svg", {
    cls: "ng-chart",
    attr: { viewBox: `0 0 ${width} ${48 + axis}`, preserveAspectRatio: "xMinYMax meet", role: "img", "aria-label": `${caption}. ${words.join("; ")}` },
  });
  const text = (x: number, at: number, value: string, cls = ""): void => {
    svg.createSvg("text", { cls, attr: { x, y: at } }).textContent = value;
  };
  bars.forEach((b, i) => {
    // A zero is a line on the baseline, so an empty week still shows as a week.
    const top = Math.min(y(b.value), 47);
    const rect = svg.createSvg("rect", { cls: `ng-chart-bar ${b.cls ?? ""}`, attr: { x: (i + 0.15) * slot, y: top, width: slot * 0.7, height: 48 - top } });
    rect.createSvg("title").textContent = words[i]!;
    // A number needs a slot of 20 (a year of weeks gets 10: its numbers are in the tooltips and the name).
    if (slot >= 20) text((i + 0.5) * slot, top - 2, compact.format(b.value));
    if (b.axis !== undefined) text((i + 0.5) * slot, 57, b.axis, "ng-chart-axis");
  });
  if (target !== null) svg.createSvg("line", { cls: "ng-chart-target", attr: { x1: 0, x2: width, y1: y(target), y2: y(target) } });
  return svg;
}
