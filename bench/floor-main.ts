// The floor as a program of its own (.bench/floor.cjs): node start + read + parse, to compare with the CLI end to end.
import { readAndParseFrontmatter } from "./floor-read";

const root = process.argv[2];
if (!root) {
  process.stderr.write("usage: node .bench/floor.cjs VAULT\n");
  process.exit(2);
}
process.stdout.write(JSON.stringify(readAndParseFrontmatter(root)) + "\n");
