// Lint: Obsidian's recommended rules for the plugin; the core may not import `obsidian` at run time.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

export default defineConfig([
  globalIgnores([
    "node_modules/**",
    "dist/**",
    "main.js",
    "artifacts/**",
    "demo-vault/**",
    "coverage/**",
    ".bench/**",
    "tests/browser/dist/**",
    "esbuild.config.mjs",
  ]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.mjs", "scripts/*.mjs", "tests/browser/*.mjs"] },
      },
    },
  },
  {
    // js-yaml is the CLI's and the tests' YAML parser (Obsidian's own rules, dates kept as text); it never reaches main.js.
    files: ["package.json"],
    rules: { "depend/ban-dependencies": ["error", { allowed: ["js-yaml"] }] },
  },
  {
    // The pure core: only type imports of `obsidian`.
    files: ["src/**/*.ts"],
    ignores: ["src/obsidian/**", "src/main.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "obsidian",
              message: "Only src/obsidian/ and src/main.ts may import obsidian at run time.",
              allowTypeImports: true,
            },
          ],
          patterns: [{ group: ["gray-matter"], message: "gray-matter is for the Node CLI only." }],
        },
      ],
    },
  },
  {
    // Node-side code: the CLI, tests, benchmark and scripts run under Node, not in Obsidian.
    files: [
      "src/cli/**/*.ts",
      "tests/**/*.{ts,mjs}",
      "bench/**/*.ts",
      "scripts/**/*.{ts,mjs}",
      "vitest.config.mts",
      "vitest.browser.config.mts",
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "obsidianmd/no-nodejs-modules": "off",
      "obsidianmd/prefer-active-doc": "off",
      "obsidianmd/prefer-window-timers": "off",
      "obsidianmd/no-global-this": "off",
      "obsidianmd/prefer-create-el": "off",
      "obsidianmd/hardcoded-config-path": "off",
      "obsidianmd/ui/sentence-case": "off",
      "import/no-nodejs-modules": "off",
      "@typescript-eslint/no-restricted-imports": "off",
      "no-console": "off",
    },
  },
]);
