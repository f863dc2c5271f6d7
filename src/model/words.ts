// Tables of the words users write (cadence units, statuses, levels, metrics, periods…), looked up by their text.
//
// A plain object literal is no table for user text: `constructor`, `__proto__`, `toString` and every other
// name Object.prototype has would be "found" there. Every table keyed by what a note or a setting says is a
// WordTable: a Map built once from the literal, holding only the words written in it.

/** The words of one table; `get` finds only those (no inherited names), `words` lists them in written order. */
export interface WordTable<T> {
  get(word: string): T | undefined;
  has(word: string): boolean;
  readonly words: readonly string[];
}

export function wordTable<T>(entries: Readonly<Record<string, T>>): WordTable<T> {
  // Object.entries lists only the literal's own keys, never what it inherits.
  const map = new Map<string, T>(Object.entries(entries));
  const words = Object.freeze([...map.keys()]);
  return { get: (word) => map.get(word), has: (word) => map.has(word), words };
}

/** "workshop" → "Workshop": the first letter upper-case, the rest as written. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1 day", "3 days"; `pluralWord` defaults to the word with an "s". */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}
