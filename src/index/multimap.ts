// A map from a key to one or more paths that stores the common single path as a plain string, not a Set.

/** Most keys (a name, a link target) answer to one note: a Set each would cost ~200 bytes for nothing. */
export class PathMultiMap {
  private readonly map = new Map<string, string | Set<string>>();

  add(key: string, path: string): void {
    const current = this.map.get(key);
    if (current === undefined) this.map.set(key, path);
    else if (typeof current === "string") {
      if (current !== path) this.map.set(key, new Set([current, path]));
    } else current.add(path);
  }

  delete(key: string, path: string): void {
    const current = this.map.get(key);
    if (current === undefined) return;
    if (typeof current === "string") {
      if (current === path) this.map.delete(key);
      return;
    }
    current.delete(path);
    if (current.size === 1) this.map.set(key, current.values().next().value as string);
  }

  /** The paths under `key` as kept: undefined (none), one path, or a set of several (no array made). */
  lookup(key: string): string | ReadonlySet<string> | undefined {
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
