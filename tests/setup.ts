// Test setup shared by every vitest file: Obsidian's DOM helpers, only when the file runs with a DOM
// (`// @vitest-environment happy-dom`), and Obsidian's small Array/String additions everywhere.
import { installDomHelpers, installLanguageHelpers } from "./obsidian-fake/dom";

installLanguageHelpers();
if (typeof window !== "undefined" && typeof document !== "undefined" && typeof HTMLElement !== "undefined") {
  installDomHelpers(window);
}
