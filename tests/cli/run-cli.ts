// The Node CLI as the tests run it: in this process, each printed line collected, and vaults written to disk.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { run } from "../../src/cli/main";

/** `network-goals …argv`: the exit code and what it printed on standard output and error, a line each. */
export function cli(argv: readonly string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = run(argv, (t) => (out += t + "\n"), (t) => (err += t + "\n"));
  return { code, out, err };
}

/** A new folder under the system's temporary one holding `files` (vault path → text). */
export function vaultOnDisk(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "ng-vault-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
