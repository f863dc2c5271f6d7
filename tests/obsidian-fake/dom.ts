// Obsidian's DOM helpers (createEl, empty, setText, addClass …) for a DOM that lacks them (happy-dom, a plain browser).
// Text is always set with textContent: nothing here ever parses HTML.

type Attrs = Record<string, string | number | boolean | null>;
interface ElInfo {
  cls?: string | string[];
  text?: string | DocumentFragment;
  attr?: Attrs;
  title?: string;
  parent?: Node;
  value?: string;
  type?: string;
  prepend?: boolean;
  placeholder?: string;
  href?: string;
}

function classes(cls: string | string[]): string[] {
  return (Array.isArray(cls) ? cls : cls.split(" ")).filter((c) => c !== "");
}

function setAttr(el: Element, name: string, value: string | number | boolean | null): void {
  if (value === null || value === false) el.removeAttribute(name);
  else el.setAttribute(name, value === true ? "" : String(value));
}

function setText(el: Node, value: string | DocumentFragment): void {
  if (typeof value === "string") el.textContent = value;
  else {
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(value);
  }
}

function apply(el: HTMLElement | SVGElement, o: ElInfo | string | undefined, parent: Node | null): void {
  const info: ElInfo = typeof o === "string" ? { cls: o } : (o ?? {});
  const target = info.parent ?? parent;
  if (target) {
    if (info.prepend) target.insertBefore(el, target.firstChild);
    else target.appendChild(el);
  }
  if (info.cls) el.classList.add(...classes(info.cls));
  if (info.text !== undefined) setText(el, info.text);
  if (info.attr) for (const [k, v] of Object.entries(info.attr)) setAttr(el, k, v);
  if (info.title !== undefined) el.setAttribute("title", info.title);
  if (info.value !== undefined && "value" in el) (el as HTMLInputElement).value = info.value;
  if (info.type !== undefined) el.setAttribute("type", info.type);
  if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
  if (info.href !== undefined) el.setAttribute("href", info.href);
}

/** Obsidian's show/hide work on the inline display style; this host is where that is implemented. */
function setDisplay(el: HTMLElement, shown: boolean): void {
  el.style.setProperty("display", shown ? "" : "none");
}

function define(proto: object, name: string, value: unknown): void {
  Object.defineProperty(proto, name, { value, writable: true, configurable: true, enumerable: false });
}

/** Install the helpers on a window's prototypes and globals. Safe to call twice. */
export function installDomHelpers(win: Window & typeof globalThis): void {
  const doc = win.document;
  const make = (parent: Node | null) =>
    function createEl(tag: string, o?: ElInfo | string, cb?: (el: HTMLElement) => void): HTMLElement {
      const el = doc.createElement(tag);
      apply(el, o, parent);
      cb?.(el);
      return el;
    };
  const makeSvg = (parent: Node | null) =>
    function createSvg(tag: string, o?: ElInfo | string, cb?: (el: SVGElement) => void): SVGElement {
      const el: SVGElement = doc.createElementNS("http://www.w3.org/2000/svg", tag);
      apply(el, o, parent);
      cb?.(el);
      return el;
    };

  const node = win.Node.prototype;
  define(node, "createEl", function (this: Node, tag: string, o?: ElInfo | string, cb?: (el: HTMLElement) => void) {
    return make(this)(tag, o, cb);
  });
  define(node, "createDiv", function (this: Node, o?: ElInfo | string, cb?: (el: HTMLElement) => void) {
    return make(this)("div", o, cb);
  });
  define(node, "createSpan", function (this: Node, o?: ElInfo | string, cb?: (el: HTMLElement) => void) {
    return make(this)("span", o, cb);
  });
  define(node, "createSvg", function (this: Node, tag: string, o?: ElInfo | string, cb?: (el: SVGElement) => void) {
    return makeSvg(this)(tag, o, cb);
  });
  define(node, "empty", function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  });
  define(node, "detach", function (this: Node) {
    this.parentNode?.removeChild(this);
  });
  define(node, "appendText", function (this: Node, val: string) {
    this.appendChild(doc.createTextNode(val));
  });
  define(node, "indexOf", function (this: Node, other: Node) {
    return Array.prototype.indexOf.call(this.childNodes, other);
  });
  define(node, "instanceOf", function (this: Node, type: new () => unknown) {
    return this instanceof type;
  });
  Object.defineProperty(node, "doc", { get: () => doc, configurable: true });
  Object.defineProperty(node, "win", { get: () => win, configurable: true });

  const element = win.Element.prototype;
  define(element, "setText", function (this: Element, val: string | DocumentFragment) {
    setText(this, val);
  });
  define(element, "getText", function (this: Element) {
    return this.textContent ?? "";
  });
  define(element, "addClass", function (this: Element, ...cls: string[]) {
    this.classList.add(...cls.flatMap(classes));
  });
  define(element, "addClasses", function (this: Element, cls: string[]) {
    this.classList.add(...cls.flatMap(classes));
  });
  define(element, "removeClass", function (this: Element, ...cls: string[]) {
    this.classList.remove(...cls.flatMap(classes));
  });
  define(element, "removeClasses", function (this: Element, cls: string[]) {
    this.classList.remove(...cls.flatMap(classes));
  });
  define(element, "toggleClass", function (this: Element, cls: string | string[], value: boolean) {
    for (const c of Array.isArray(cls) ? cls : [cls]) this.classList.toggle(c, value);
  });
  define(element, "hasClass", function (this: Element, cls: string) {
    return this.classList.contains(cls);
  });
  define(element, "setAttr", function (this: Element, name: string, value: string | number | boolean | null) {
    setAttr(this, name, value);
  });
  define(element, "setAttrs", function (this: Element, obj: Attrs) {
    for (const [k, v] of Object.entries(obj)) setAttr(this, k, v);
  });
  define(element, "getAttr", function (this: Element, name: string) {
    return this.getAttribute(name);
  });
  define(element, "find", function (this: Element, selector: string) {
    return this.querySelector(selector);
  });
  define(element, "findAll", function (this: Element, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });
  define(element, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
    if (this.matches(selector)) return this;
    for (let el = this.parentElement; el && el !== lastParent; el = el.parentElement) if (el.matches(selector)) return el;
    return null;
  });

  const html = win.HTMLElement.prototype;
  define(html, "show", function (this: HTMLElement) {
    setDisplay(this, true);
  });
  define(html, "hide", function (this: HTMLElement) {
    setDisplay(this, false);
  });
  define(html, "toggle", function (this: HTMLElement, show: boolean) {
    setDisplay(this, show);
  });
  define(html, "toggleVisibility", function (this: HTMLElement, visible: boolean) {
    this.style.setProperty("visibility", visible ? "" : "hidden");
  });
  // Obsidian checks offsetParent; a DOM without layout cannot, so: attached and no hidden ancestor.
  define(html, "isShown", function (this: HTMLElement) {
    if (!this.isConnected) return false;
    if (this.style.display === "none") return false;
    for (let el = this.parentElement; el; el = el.parentElement) if (el.style.display === "none") return false;
    return true;
  });
  // Obsidian's onNodeInserted plays a tiny CSS animation on the element and calls back on `animationstart`,
  // which a browser fires whenever the element starts being rendered: once when the listener is added to a
  // shown element, on insertion, and again each time it or an ancestor stops being `display: none` (a tab
  // selected, a sidebar expanded, a section scrolled back in; see tests/obsidian-fake/README.md). A DOM without
  // layout has no animations, so: watch the document and call back each time the element goes from not
  // shown to shown, asynchronously as the animation event is.
  type Watch = { el: HTMLElement; listener: () => unknown; once: boolean; shown: boolean };
  const watched = new Set<Watch>();
  let observer: MutationObserver | null = null;
  const check = (): void => {
    for (const watch of [...watched]) {
      const shown = watch.el.isShown();
      if (shown && !watch.shown) {
        if (watch.once) watched.delete(watch);
        watch.listener();
      }
      watch.shown = shown;
    }
  };
  define(html, "onNodeInserted", function (this: HTMLElement, listener: () => unknown, once?: boolean) {
    if (observer === null) {
      observer = new win.MutationObserver(check);
      observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ["style"] });
    }
    const watch: Watch = { el: this, listener, once: once === true, shown: false };
    watched.add(watch);
    win.setTimeout(check, 0);
    return () => {
      watched.delete(watch);
    };
  });
  define(html, "setCssStyles", function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
    Object.assign(this.style, styles);
  });
  define(html, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
    for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
  });
  define(html, "onClickEvent", function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
    this.addEventListener("click", listener as EventListener, options);
    this.addEventListener("auxclick", listener as EventListener, options);
  });
  define(html, "trigger", function (this: HTMLElement, eventType: string) {
    this.dispatchEvent(new win.Event(eventType, { bubbles: true, cancelable: true }));
  });

  const fragment = win.DocumentFragment.prototype;
  define(fragment, "find", function (this: DocumentFragment, selector: string) {
    return this.querySelector(selector);
  });
  define(fragment, "findAll", function (this: DocumentFragment, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });

  const g = win as unknown as Record<string, unknown>;
  g.createEl = make(null);
  g.createDiv = (o?: ElInfo | string, cb?: (el: HTMLElement) => void) => make(null)("div", o, cb);
  g.createSpan = (o?: ElInfo | string, cb?: (el: HTMLElement) => void) => make(null)("span", o, cb);
  g.createSvg = makeSvg(null);
  g.createFragment = (cb?: (el: DocumentFragment) => void) => {
    const frag = doc.createDocumentFragment();
    cb?.(frag);
    return frag;
  };
  g.activeDocument = doc;
  g.activeWindow = win;
  g.sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  g.nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));
}

/** Obsidian's additions to Array and String that plugin code may call. Installed with or without a DOM. */
export function installLanguageHelpers(): void {
  const array = Array.prototype as unknown as Record<string, unknown>;
  if (!("first" in array)) {
    define(array, "first", function (this: unknown[]) {
      return this[0];
    });
    define(array, "last", function (this: unknown[]) {
      return this[this.length - 1];
    });
    define(array, "contains", function (this: unknown[], target: unknown) {
      return this.includes(target);
    });
    define(array, "remove", function (this: unknown[], target: unknown) {
      const index = this.indexOf(target);
      if (index >= 0) this.splice(index, 1);
    });
    define(array, "unique", function (this: unknown[]) {
      return [...new Set(this)];
    });
  }
  const string = String.prototype as unknown as Record<string, unknown>;
  if (!("contains" in string)) {
    define(string, "contains", function (this: string, target: string) {
      return this.includes(target);
    });
  }
}
