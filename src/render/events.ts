// One click and one mouseover listener per drawn root, instead of a closure per link and button:
// links say where they go in their `data-href`, buttons are looked up in a map (no attribute to write).
import type { RowActions } from "./actions";

/** What the renderers of one root hand their buttons to. */
export interface RowEvents {
  readonly actions: RowActions;
  /** Runs `run` when `button` is clicked (or pressed with Enter or Space: a <button> turns them into clicks). */
  onClick(button: HTMLElement, run: () => void): void;
}

/** A note link drawn by `noteLink`: `a.ng-link` with the note's path in `data-href` (as written, not resolved). */
function noteLinkPath(node: Node): string | null {
  if (node.nodeType !== 1) return null;
  const el = node as HTMLElement;
  return el.tagName === "A" && el.classList.contains("ng-link") ? el.getAttribute("data-href") : null;
}

function open(actions: RowActions, node: Node, path: string, event: MouseEvent | KeyboardEvent): void {
  const line = (node as HTMLElement).dataset.line;
  if (line === undefined) actions.openNote(path, event);
  else actions.openNote(path, event, Number(line));
}

/**
 * Listens on `root` for clicks and hovers of everything drawn inside it. Call once per freshly drawn
 * root (the listeners go away with it): a click on a link opens its note, a hover asks for the page
 * preview, a click on a registered button runs its command.
 */
export function delegateRowEvents(root: HTMLElement, actions: RowActions): RowEvents {
  const commands = new WeakMap<Node, () => void>();
  root.addEventListener("click", (event) => {
    for (let node = event.target as Node | null; node !== null && node !== root; node = node.parentNode) {
      const run = commands.get(node);
      if (run !== undefined) {
        event.preventDefault();
        event.stopPropagation();
        run();
        return;
      }
      const path = noteLinkPath(node);
      if (path !== null) {
        event.preventDefault();
        open(actions, node, path, event);
        return;
      }
    }
  });
  // A link without `href` is no link to the browser: Enter on a focused one is handled here.
  root.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    const node = event.target as Node | null;
    const path = node === null ? null : noteLinkPath(node);
    if (node === null || path === null) return;
    event.preventDefault();
    open(actions, node, path, event);
  });
  root.addEventListener("mouseover", (event) => {
    for (let node = event.target as Node | null; node !== null && node !== root; node = node.parentNode) {
      const path = noteLinkPath(node);
      if (path !== null) {
        actions.hoverNote(path, event, node as HTMLElement);
        return;
      }
    }
  });
  return { actions, onClick: (button, run) => commands.set(button, run) };
}
