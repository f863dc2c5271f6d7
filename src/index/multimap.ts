// A map from a key to one or more paths that stores the common single path as a plain string, not a collection.

/**
 * Most keys (a name, a link target) answer to one note: a collection each would cost ~100 bytes for nothing.
 * Several paths are kept in an array in insertion order: a popular contact's name is named by hundreds of
 * meetings, and an array is both smaller and cheaper to fill than a Set.
 */
export class PathMultiMap {
  private readonly map = new Map<string, string | string[]>();

  add(key: string, path: string): void {
    const current = this.map.get(key);
    if (current === undefined) this.map.set(key, path);
    else if (typeof current === "string") {
      if (current !== path) this.map.set(key, [current, path]);
    } else if (!current.includes(path)) current.push(path);
  }

  /** `add` of a path known not to be under `key` yet (a bulk load that adds each note's distinct keys once). */
  addNew(key: string, path: string): void {
    const current = this.map.get(key);
    if (current === undefined) this.map.set(key, path);
    else if (typeof current === "string") this.map.set(key, [current, path]);
    else current.push(path);
  }

  delete(key: string, path: string): void {
    const current = this.map.get(key);
    if (current === undefined) return;
    if (typeof current === "string") {
      if (current === path) this.map.delete(key);
      return;
    }
    const at = current.indexOf(path);
    if (at < 0) return;
    current.splice(at, 1);
    if (current.length === 1) this.map.set(key, current[0] as string);
  }

  /** The paths under `key` as kept: undefined (none), one path, or several (no array made; do not change it). */
  lookup(key: string): string | readonly string[] | undefined {
    return this.map.get(key);
  }

  clear(): void {
    this.map.clear();
  }

  /** The paths under `key`: none, one, or several (in insertion order). */
  get(key: string): readonly string[] {
    const current = this.map.get(key);
    if (current === undefined) return [];
    return typeof current === "string" ? [current] : [...current];
  }
}
