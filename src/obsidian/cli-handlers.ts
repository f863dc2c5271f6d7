// Obsidian's own command line (1.12.2 and later): `obsidian network-goals` prints the report and
// `obsidian network-goals:review period=…` a review, from the same live report as the sidebar (SPEC §4). The
// report is the text `network-goals report` prints; the review is JSON, as the block reads it (its text and
// reviewToJson's SPEC shape stay in the Node CLI, for main.js's size budget of 200 KB).
import { requireApiVersion, type CliData, type Plugin } from "obsidian";
import { reportLines } from "../insights/report-text";
import { terminalText } from "../io/terminal";
import { notReady, type NetworkHost } from "./host";

/** The default command and the review, as Obsidian asks them to be named: `<plugin-id>` and `<plugin-id>:<action>`. */
export const CLI_REPORT = "network-goals";
export const CLI_REVIEW = "network-goals:review";

export function reportHandler(host: NetworkHost): () => string {
  return () => notReady(host) ?? terminalText(reportLines(host.report(), (path) => host.nameOf(path)));
}

export function reviewHandler(host: NetworkHost): (params: CliData) => string {
  return (params) => {
    const wait = notReady(host);
    if (wait !== null) return wait;
    // The review as the block reads it: reviewToJson's SPEC shape stays in the Node CLI, for main.js's budget.
    const review = host.review(params.period ?? "last-quarter");
    return "error" in review ? `Cannot review: ${review.error}` : JSON.stringify(review, null, 2);
  };
}

/** Registers both handlers where the running Obsidian has a command line (1.12.2); returns whether it did. */
export function registerCliHandlers(plugin: Plugin, host: NetworkHost): boolean {
  if (requireApiVersion("1.12.2")) {
    plugin.registerCliHandler(CLI_REPORT, "Print the Network Goals report", null, reportHandler(host));
    plugin.registerCliHandler(
      CLI_REVIEW,
      "Print a Network Goals review (JSON)",
      { period: { value: "<period>", description: "last-quarter (default), this-month, 2026-Q3, 2026-05, 2026 …" } },
      reviewHandler(host),
    );
    return true;
  }
  return false;
}
