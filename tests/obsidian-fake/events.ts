// Obsidian's Events and Component: the lifecycle that makes cleanup automatic on unload.
import type { EventRef } from "obsidian";

type Callback = (...data: unknown[]) => unknown;

interface FakeEventRef extends EventRef {
  e: Events;
  name: string;
  fn: Callback;
  ctx: unknown;
}

export class Events {
  private _events: Record<string, FakeEventRef[]> = {};

  on(name: string, callback: Callback, ctx?: unknown): EventRef {
    const ref: FakeEventRef = { e: this, name, fn: callback, ctx };
    (this._events[name] ??= []).push(ref);
    return ref;
  }

  off(name: string, callback: Callback): void {
    const list = this._events[name];
    if (list) this._events[name] = list.filter((ref) => ref.fn !== callback);
  }

  offref(ref: EventRef): void {
    const r = ref as FakeEventRef;
    const list = this._events[r.name];
    if (list) this._events[r.name] = list.filter((other) => other !== r);
  }

  trigger(name: string, ...data: unknown[]): void {
    for (const ref of [...(this._events[name] ?? [])]) this.tryTrigger(ref, data);
  }

  tryTrigger(evt: EventRef, args: unknown[]): void {
    const r = evt as FakeEventRef;
    try {
      r.fn.apply(r.ctx, args);
    } catch (error) {
      // Obsidian logs a throwing listener and carries on with the others.
      console.error(error);
    }
  }

  /** Fake-only: how many listeners are registered for an event (to assert cleanup). */
  listenerCount(name: string): number {
    return this._events[name]?.length ?? 0;
  }
}

export class Component {
  _loaded = false;
  /** Fake-only: what onload returned, awaited (Obsidian awaits a plugin's async onload). */
  loadResult: Promise<unknown> = Promise.resolve();
  private _children: Component[] = [];
  private _cleanups: (() => unknown)[] = [];

  load(): void {
    if (this._loaded) return;
    this._loaded = true;
    const result: unknown = this.onload();
    this.loadResult = result instanceof Promise ? result : Promise.resolve(result);
    for (const child of [...this._children]) child.load();
  }

  onload(): void {}

  unload(): void {
    if (!this._loaded) return;
    this._loaded = false;
    while (this._children.length > 0) this._children.pop()?.unload();
    while (this._cleanups.length > 0) {
      const cleanup = this._cleanups.pop();
      cleanup?.();
    }
    this.onunload();
  }

  onunload(): void {}

  addChild<T extends Component>(component: T): T {
    this._children.push(component);
    if (this._loaded) component.load();
    return component;
  }

  removeChild<T extends Component>(component: T): T {
    const index = this._children.indexOf(component);
    if (index >= 0) {
      this._children.splice(index, 1);
      component.unload();
    }
    return component;
  }

  register(cb: () => unknown): void {
    this._cleanups.push(cb);
  }

  registerEvent(eventRef: EventRef): void {
    this.register(() => (eventRef as FakeEventRef).e.offref(eventRef));
  }

  registerDomEvent(
    el: Window | Document | HTMLElement,
    type: string,
    callback: (this: HTMLElement, ev: Event) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void {
    const listener = callback;
    el.addEventListener(type, listener, options);
    this.register(() => el.removeEventListener(type, listener, options));
  }

  registerInterval(id: number): number {
    this.register(() => clearInterval(id));
    return id;
  }
}
