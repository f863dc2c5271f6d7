// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";

describe("Obsidian's DOM helpers on happy-dom", () => {
  it("never interprets text as HTML", () => {
    const el = createEl("div", { text: "<img src=x onerror=alert(1)>" });
    expect(el.querySelector("img")).toBeNull();
    expect(el.children.length).toBe(0);
    expect(el.textContent).toBe("<img src=x onerror=alert(1)>");
    el.setText("<b>bold</b>");
    expect(el.querySelector("b")).toBeNull();
    const span = el.createSpan({ text: "<script>x()</script>" });
    expect(el.querySelector("script")).toBeNull();
    expect(span.getText()).toBe("<script>x()</script>");
  });

  it("creates nested elements with classes, attributes and callbacks", () => {
    const root = createDiv("ng-root");
    let seen: HTMLElement | null = null;
    const link = root.createEl("a", { cls: ["a", "b"], text: "Jane", href: "People/Jane.md", attr: { "data-x": 1, hidden: false }, title: "t" }, (el) => {
      seen = el;
    });
    expect(seen).toBe(link);
    expect(root.hasClass("ng-root")).toBe(true);
    expect(link.parentElement).toBe(root);
    expect(link.className).toBe("a b");
    expect(link.getAttr("href")).toBe("People/Jane.md");
    expect(link.getAttribute("data-x")).toBe("1");
    expect(link.hasAttribute("hidden")).toBe(false);
    const first = root.createDiv({ text: "first", prepend: true });
    expect(root.firstChild).toBe(first);
    const input = root.createEl("input", { type: "text", value: "v", placeholder: "p" });
    expect(input.value).toBe("v");
    expect(input.placeholder).toBe("p");
    const svg = root.createSvg("svg", { cls: "icon" });
    expect(svg.namespaceURI).toBe("http://www.w3.org/2000/svg");
  });

  it("empties, toggles classes, shows and hides, detaches", () => {
    document.body.empty();
    const el = document.body.createDiv();
    el.createSpan();
    el.empty();
    expect(el.childNodes.length).toBe(0);
    el.addClass("x", "y");
    el.removeClass("x");
    el.toggleClass("z", true);
    expect(el.className).toBe("y z");
    expect(el.isShown()).toBe(true);
    el.hide();
    expect(el.isShown()).toBe(false);
    el.show();
    el.setAttrs({ role: "list", "aria-busy": true });
    expect(el.getAttribute("role")).toBe("list");
    el.detach();
    expect(el.isShown()).toBe(false);
    const frag = createFragment((f) => f.createSpan({ text: "in fragment" }));
    expect(frag.textContent).toBe("in fragment");
    expect(activeDocument).toBe(document);
  });

  it("onClickEvent listens to clicks", () => {
    const el = createDiv();
    let clicks = 0;
    el.onClickEvent(() => clicks++);
    el.click();
    expect(clicks).toBe(1);
  });
});

describe("onNodeInserted, as Obsidian's animation-based helper behaves", () => {
  const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

  it("calls back once the element is shown, and again each time it is shown after being hidden or detached", async () => {
    document.body.empty();
    const parent = document.body.createDiv();
    const el = parent.createDiv();
    let calls = 0;
    const destroy = el.onNodeInserted(() => calls++);
    await tick();
    expect(calls).toBe(1); // added to a shown element: the animation starts at once
    parent.hide();
    await tick();
    expect(calls).toBe(1);
    parent.show();
    await tick();
    expect(calls).toBe(2);
    el.detach();
    await tick();
    parent.appendChild(el);
    await tick();
    expect(calls).toBe(3);
    destroy();
    el.detach();
    await tick();
    parent.appendChild(el);
    await tick();
    expect(calls).toBe(3);
  });

  it("waits for a detached element to be inserted, and `once` unhooks after the first call", async () => {
    document.body.empty();
    const el = createDiv();
    let calls = 0;
    el.onNodeInserted(() => calls++, true);
    await tick();
    expect(calls).toBe(0);
    document.body.appendChild(el);
    await tick();
    expect(calls).toBe(1);
    el.hide();
    await tick();
    el.show();
    await tick();
    expect(calls).toBe(1);
  });
});
