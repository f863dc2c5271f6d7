// The Obsidian version the fake pretends to be, for requireApiVersion (set per test app; see createTestApp).
export const LATEST = "1.13.1";

export const fakeVersion = { current: LATEST };

/** Whether the pretended version is at least `version`. */
export function atLeast(version: string): boolean {
  const have = fakeVersion.current.split(".").map(Number);
  const want = version.split(".").map(Number);
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    const diff = (have[i] ?? 0) - (want[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}
