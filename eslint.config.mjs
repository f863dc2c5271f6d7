// Lint: Obsidian's recommended rules for the plugin; the layers of src/ import downward only, and only
// src/obsidian/ and src/main.ts import `obsidian` at run time.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import { DEFAULT_BRANDS } from "eslint-plugin-obsidianmd/dist/lib/rules/ui/brands.js";

/**
 * The layers of src/ (docs/architecture.md): each folder may import only the folders listed for it, so
 * nothing imports upward — `import type` included, since a type names the layer it comes from.
 * model <- parse <- index <- insights <- render (DOM only: plain data in, no parsing), io/ beside them
 * (pure text in and out), obsidian/ and cli/ on top. src/main.ts is the plugin's entry, above obsidian/.
 */
export const LAYERS = {
  model: [],
  parse: ["model"],
  index: ["model", "parse"],
  insights: ["model", "parse", "index"],
  render: ["model", "insights"],
  io: ["model", "parse"],
  obsidian: ["model", "parse", "index", "insights", "render", "io"],
  cli: ["model", "parse", "index", "insights", "render", "io"],
};

const GRAY_MATTER = { group: ["gray-matter"], message: "gray-matter is for the Node CLI only." };

/** One config block per folder of src/: no-restricted-imports of every folder it may not import. */
function layerRules() {
  const folders = Object.keys(LAYERS);
  return [
    ...folders.map((folder) => {
      const forbidden = [...folders.filter((f) => f !== folder && !LAYERS[folder].includes(f)), "main"];
      const allowed = LAYERS[folder].map((f) => `src/${f}/`).join(", ") || "nothing else in src/";
      return {
        files: [`src/${folder}/**/*.ts`],
        rules: {
          "@typescript-eslint/no-restricted-imports": [
            "error",
            {
              // `obsidian` at run time only in src/obsidian/ and src/main.ts; its types are fine anywhere.
              paths:
                folder === "obsidian"
                  ? []
                  : [
                      {
                        name: "obsidian",
                        message: "Only src/obsidian/ and src/main.ts may import obsidian at run time (import type is fine).",
                        allowTypeImports: true,
                      },
                    ],
              patterns: [
                ...(folder === "cli" ? [] : [GRAY_MATTER]),
                {
                  regex: `^(\\.\\./)+(${forbidden.join("|")})(/|$)`,
                  message: `src/${folder}/ may import only ${allowed}: layers import downward only, type imports included (docs/architecture.md).`,
                },
              ],
            },
          ],
        },
      };
    }),
    {
      // main.ts sits in src/ itself, so its imports start with "./".
      files: ["src/main.ts"],
      rules: {
        "@typescript-eslint/no-restricted-imports": [
          "error",
          {
            patterns: [
              GRAY_MATTER,
              { regex: "^\\./cli(/|$)", message: "src/main.ts is the plugin: it does not import the CLI." },
            ],
          },
        ],
      },
    },
  ];
}

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
    // Sentence case, with the names of the services we import from spelled as they spell them.
    files: ["src/**/*.ts"],
    rules: { "obsidianmd/ui/sentence-case": ["warn", { enforceCamelCaseLower: true, brands: [...DEFAULT_BRANDS, "LinkedIn", "vCard"] }] },
  },
  {
    // js-yaml is the CLI's and the tests' YAML parser (Obsidian's own rules, dates kept as text); it never reaches main.js.
    files: ["package.json"],
    rules: { "depend/ban-dependencies": ["error", { allowed: ["js-yaml"] }] },
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
      // Tests play the user and the host on any version the fake pretends to be; the plugin's own calls are checked in src/.
      "obsidianmd/no-unsupported-api": "off",
      "obsidianmd/ui/sentence-case": "off",
      "import/no-nodejs-modules": "off",
      "@typescript-eslint/no-restricted-imports": "off",
      "no-console": "off",
    },
  },
  // Last, so that src/cli keeps its layer rule although it is Node-side code.
  ...layerRules(),
]);
