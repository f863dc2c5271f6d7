import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// The browser suite only: the built main.js in Debian's Chromium (tests/browser), and the mobile smoke test.
// Separate from vitest.config.mts, which excludes tests/browser/**.
export default defineConfig({
  resolve: {
    alias: {
      obsidian: fileURLToPath(new URL("./tests/obsidian-fake/index.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/browser/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // One Chromium at a time: the files share nothing, but two browsers double the memory for no gain.
    fileParallelism: false,
  },
});
