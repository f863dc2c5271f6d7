// Markdown rendering, simplified: render children for code blocks, and Markdown shown as plain text.
import type { App } from "./app";
import { Component } from "./events";

export class MarkdownRenderChild extends Component {
  containerEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    super();
    this.containerEl = containerEl;
  }
}

export abstract class MarkdownRenderer extends MarkdownRenderChild {
  /** Renders as plain text, one paragraph per block; links and formatting are not interpreted. */
  static async render(_app: App, markdown: string, el: HTMLElement, _sourcePath: string, _component: Component): Promise<void> {
    void _app;
    void _sourcePath;
    void _component;
    for (const block of markdown.split(/\n\s*\n/)) if (block.trim() !== "") el.createEl("p", { text: block });
  }
  static async renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
    await MarkdownRenderer.render(null as unknown as App, markdown, el, sourcePath, component);
  }
}

export interface Debouncer<T extends unknown[], V> {
  (...args: [...T]): Debouncer<T, V>;
  cancel(): Debouncer<T, V>;
  run(): V | void;
}

/** Obsidian's debounce on real timers: the call runs `timeout` ms after the first (or, with resetTimer, the last) call. */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastArgs: [...T] | null = null;
  const run = (): V | void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!lastArgs) return;
    const args = lastArgs;
    lastArgs = null;
    return cb(...args);
  };
  const debounced = ((...args: [...T]) => {
    lastArgs = args;
    if (timer !== null && resetTimer) {
      clearTimeout(timer);
      timer = null;
    }
    timer ??= setTimeout(run, timeout);
    return debounced;
  }) as Debouncer<T, V>;
  debounced.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    lastArgs = null;
    return debounced;
  };
  debounced.run = run;
  return debounced;
}

export const Platform = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: "app://fake/",
};
