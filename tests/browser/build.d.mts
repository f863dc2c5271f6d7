/** Where build.mjs writes the page. */
export declare const DIST: string;
/** Builds the page (and main.js when missing or stale); resolves to DIST. */
export declare function buildPage(): Promise<string>;
