// A map from a key to one or more paths that stores the common single path as a plain string, not a collection.

/** Paths under one key kept in an array; more go in a Set. */
const ARRAY_MAX = 16;

/**
 * Most keys (a name, a link target) answer to one note: a collection each would cost ~100 bytes for nothing.
 * A few paths are kept in an array, smaller and cheaper to fill than a Set; past ARRAY_MAX (a popular contact's
 * name, named by hundreds of meetings) a Set, so an edit does not search hundreds of paths. Insertion order
 * is kept either way.
 */
export class PathMultiMap {
  readonly #map = new Map<string, string | string[] | Set<string>>();

  add(key: string, path: string): void {
    const current = this.#map.get(key);
    if (current === undefined) this.#map.set(key, path);
    else if (typeof current === "string") {
      if (current !== path) this.#map.set(key, [current, path]);
    } else if (current instanceof Set) current.add(path);
    else if (!current.includes(path)) this.#push(key, current, path);
  }

  /** `add` of a path known not to be under `key` yet (a bulk load that adds each note's distinct keys once). */
  addNew(key: string, path: string): void {
    const current = this.#map.get(key);
    if (current === undefined) this.#map.set(key, path);
    else if (typeof current === "string") this.#map.set(key, [current, path]);
    else if (current instanceof Set) current.add(path);
    else this.#push(key, current, path);
  }

  #push(key: string, paths: string[], path: string): void {
    if (paths.length < ARRAY_MAX) paths.push(path);
    else this.#map.set(key, new Set(paths).add(path));
  }

  delete(key: string, path: string): void {
    const current = this.#map.get(key);
    if (current === undefined) return;
    if (typeof current === "string") {
      if (current === path) this.#map.delete(key);
      return;
    }
    if (current instanceof Set) {
      current.delete(path);
      if (current.size === 1) this.#map.set(key, current.values().next().value as string);
      return;
    }
    const at = current.indexOf(path);
    if (at < 0) return;
    current.splice(at, 1);
    if (current.length === 1) this.#map.set(key, current[0] as string);
  }

  /** The paths under `key` as kept: undefined (none), one path, or several (as kept: do not change them). */
  lookup(key: string): string | readonly string[] | ReadonlySet<string> | undefined {
    return this.#map.get(key);
  }

  clear(): void {
    this.#map.clear();
  }

  /** The paths under `key`: none, one, or several (in insertion order). */
  get(key: string): readonly string[] {
    const current = this.#map.get(key);
    if (current === undefined) return [];
    return typeof current === "string" ? [current] : [...current];
  }
}
