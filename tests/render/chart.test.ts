// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { renderBarChart, type Bar } from "../../src/render/chart";

function draw(bars: Bar[], more: { target?: number; slot?: number; caption?: string } = {}): HTMLElement {
  const el = activeDocument.body.createDiv();
  renderBarChart(el, bars, more.caption ?? "Per week", more.target, more.slot);
  return el;
}

const num = (el: Element, name: string): number => Number(el.getAttribute(name));

/** Each bar as the eye reads it: where it stands, how tall it is, where its top is, and the number above it. */
function geometry(el: HTMLElement) {
  const svg = el.querySelector("svg")!;
  const [, , width, height] = svg.getAttribute("viewBox")!.split(" ").map(Number);
  const rects = Array.from(svg.querySelectorAll("rect"));
  const values = Array.from(svg.querySelectorAll("text:not(.ng-chart-axis)"), (t) => t.textContent);
  return {
    width: width!,
    height: height!,
    bars: rects.map((r) => ({ x: num(r, "x"), top: num(r, "y"), bottom: num(r, "y") + num(r, "height"), h: num(r, "height") })),
    values,
  };
}

describe("renderBarChart", () => {
  it("draws each bar's height in proportion to its value, left to right, on one baseline", () => {
    const el = draw([
      { label: "a", value: 2 },
      { label: "b", value: 4 },
      { label: "c", value: 1 },
    ]);
    const { width, bars, values } = geometry(el);
    expect(bars).toHaveLength(3);
    expect(new Set(bars.map((b) => b.bottom)).size).toBe(1);
    expect(bars[1]!.h / bars[0]!.h).toBeCloseTo(2);
    expect(bars[0]!.h / bars[2]!.h).toBeCloseTo(2);
    expect(bars[0]!.x).toBeLessThan(bars[1]!.x);
    expect(bars[1]!.x).toBeLessThan(bars[2]!.x);
    expect(bars[2]!.x).toBeLessThan(width);
    // The largest bar leaves room above it for its number.
    expect(bars[1]!.top).toBeGreaterThan(0);
    expect(values).toEqual(["2", "4", "1"]);
    expect(el.querySelector("line")).toBeNull();
  });

  it("draws the target line at the target's height, and scales to the target when no bar reaches it", () => {
    const el = draw(
      [
        { label: "a", value: 3 },
        { label: "b", value: 6 },
      ],
      { target: 12 },
    );
    const { bars, width } = geometry(el);
    const line = el.querySelector("line.ng-chart-target")!;
    const y = num(line, "y1");
    expect(num(line, "y2")).toBe(y);
    expect([num(line, "x1"), num(line, "x2")]).toEqual([0, width]);
    // The 6-bar reaches half the target's height above the baseline.
    const base = bars[0]!.bottom;
    expect((base - bars[1]!.top) / (base - y)).toBeCloseTo(0.5);
    expect(y).toBeGreaterThan(0);
  });

  it("shows a zero as a thin line on the baseline, and a chart of zeros without dividing by zero", () => {
    const el = draw(
      [
        { label: "a", value: 0 },
        { label: "b", value: 0 },
      ],
      { target: 0 },
    );
    const { bars, values } = geometry(el);
    for (const b of bars) {
      expect(Number.isFinite(b.top)).toBe(true);
      expect(b.h).toBe(1);
    }
    expect(values).toEqual(["0", "0"]);
    expect(num(el.querySelector("line")!, "y1")).toBe(bars[0]!.bottom);
  });

  it("fits a huge value: the tallest bar fills the chart, small ones stay visible, its number is short", () => {
    const el = draw([
      { label: "a", value: 1_250_000 },
      { label: "b", value: 3 },
    ]);
    const { bars, values, height } = geometry(el);
    expect(bars[0]!.top).toBeGreaterThan(0);
    expect(bars[0]!.bottom).toBeLessThanOrEqual(height);
    expect(bars[1]!.h).toBeGreaterThanOrEqual(1);
    expect(values).toEqual(["1.3M", "3"]);
    // Its name keeps the whole number.
    expect(el.querySelector("svg")!.getAttribute("aria-label")).toBe("Per week. a: 1250000; b: 3");
  });

  it("writes words under the bars when they have them, below the baseline", () => {
    const el = draw(
      [
        { label: "Senior", value: 1, axis: "Senior" },
        { label: "Peer", value: 3, axis: "Peer" },
      ],
      { slot: 40 },
    );
    const { bars, width, height } = geometry(el);
    expect(width).toBe(80);
    const axis = Array.from(el.querySelectorAll("text.ng-chart-axis"));
    expect(axis.map((t) => t.textContent)).toEqual(["Senior", "Peer"]);
    for (const t of axis) {
      expect(num(t, "y")).toBeGreaterThan(bars[0]!.bottom);
      expect(num(t, "y")).toBeLessThanOrEqual(height);
    }
    // Centred under their bars.
    const rects = Array.from(el.querySelectorAll("rect"));
    axis.forEach((t, i) => expect(num(t, "x")).toBeCloseTo(num(rects[i]!, "x") + num(rects[i]!, "width") / 2));
  });

  it("is one image whose name says every bar in words, as each bar's tooltip does", () => {
    const el = draw(
      [
        { label: "1 Jan – 31 Jan", value: 2, note: "hit", cls: "ng-chart-hit" },
        { label: "1 Feb – 28 Feb", value: 0, note: "missed", cls: "ng-chart-miss" },
      ],
      { caption: "History: the last 2 months" },
    );
    const svg = el.querySelector("svg")!;
    expect(svg.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("History: the last 2 months. 1 Jan – 31 Jan: 2, hit; 1 Feb – 28 Feb: 0, missed");
    // Scaled into its box: a viewBox, no fixed size in pixels.
    expect(svg.getAttribute("viewBox")).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
    expect(svg.getAttribute("width")).toBeNull();
    const titles = Array.from(svg.querySelectorAll("rect > title"), (t) => t.textContent);
    expect(titles).toEqual(["1 Jan – 31 Jan: 2, hit", "1 Feb – 28 Feb: 0, missed"]);
    expect(Array.from(svg.querySelectorAll("rect"), (r) => r.getAttribute("class"))).toEqual(["ng-chart-bar ng-chart-hit", "ng-chart-bar ng-chart-miss"]);
  });

  it("writes labels from notes as text, never as markup", () => {
    const el = draw([{ label: "<img src=x onerror=alert(1)>", value: 1, axis: "<b>x</b>" }]);
    expect(el.querySelector("img, b")).toBeNull();
    expect(el.querySelector("text.ng-chart-axis")!.textContent).toBe("<b>x</b>");
  });
});
