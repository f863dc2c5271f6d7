// Bases (Obsidian 1.10): the classes a plugin's Bases view extends and reads, as obsidian.d.ts declares them,
// with only what a view relies on: `data.data` (the entries, each with its `file`), onDataUpdated, Component life.
import type { TFile } from "./files";
import { Component } from "./events";
import type { App } from "./app";

/** d.ts: "A Bases query controller"; a Component the view is created for. */
export class QueryController extends Component {
  /** Fake-only: the app the base lives in. */
  constructor(readonly app: App) {
    super();
  }
}

/** d.ts: one row of a base; `getValue` is not modelled (no plugin code reads properties through it). */
export class BasesEntry {
  constructor(readonly file: TFile) {}
}

/** d.ts: the result of the base's query; `data` is the ungrouped entries, with the user's sort and limit. */
export class BasesQueryResult {
  constructor(readonly data: BasesEntry[]) {}
}

/** d.ts: the abstract view a registration's factory returns. */
export abstract class BasesView extends Component {
  abstract type: string;
  app: App;
  data!: BasesQueryResult;
  allProperties: string[] = [];

  protected constructor(controller: QueryController) {
    super();
    this.app = controller.app;
  }

  abstract onDataUpdated(): void;
}
