import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// `obsidian` on npm is types only: tests run against our fake host (tests/obsidian-fake).
export default defineConfig({
  resolve: {
    alias: {
      obsidian: fileURLToPath(new URL("./tests/obsidian-fake/index.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**", "node_modules/**"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
  },
});
