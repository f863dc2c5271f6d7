// A vault path as a name: the file name without its folder or `.md`.

/** Ends in `.md` in any case: what `/\.md$/i` tests, without a regex per note. */
export function hasMdExtension(file: string): boolean {
  const n = file.length;
  return (
    n >= 3 &&
    file.charCodeAt(n - 3) === 46 &&
    (file.charCodeAt(n - 2) | 32) === 109 &&
    (file.charCodeAt(n - 1) | 32) === 100
  );
}

/** File name without folder or `.md` (one slice: the index keeps a basename for every note). */
export function basenameOf(path: string): string {
  const start = path.lastIndexOf("/") + 1;
  return path.slice(start, hasMdExtension(path) && path.length - start >= 3 ? path.length - 3 : path.length);
}
