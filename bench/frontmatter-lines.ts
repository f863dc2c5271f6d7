// Frontmatter built as lines: setting a key replaces any line (and nested lines) already under it.

/** Adds `line` (`key: value`), removing an earlier entry with the same key so the YAML has no duplicate key. */
export function setLine(lines: string[], line: string): void {
  const key = line.slice(0, line.indexOf(":")).trim().toLowerCase();
  for (let i = 0; i < lines.length; i++) {
    const existing = lines[i] ?? "";
    if (existing.startsWith(" ") || existing.slice(0, existing.indexOf(":")).trim().toLowerCase() !== key) continue;
    let end = i + 1;
    while ((lines[end] ?? "").startsWith(" ")) end++;
    lines.splice(i, end - i);
    break;
  }
  lines.push(line);
}
