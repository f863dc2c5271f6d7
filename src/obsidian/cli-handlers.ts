// Obsidian's own command line (1.12.2 and later): `obsidian network-goals` prints the report and
// `obsidian network-goals:review period=…` a review, from the same live report as the sidebar (SPEC §4). They
// print JSON: the report's object as `network-goals report --json` prints it, the review's as the block reads it;
// text stays in the Node CLI, since main.js has a size budget (200 KB) and a terminal user can pipe JSON into jq.
import { requireApiVersion, type CliData, type Plugin } from "obsidian";
import { reportToJson } from "../insights/report";
import { notReady, type NetworkHost } from "./host";

/** The default command and the review, as Obsidian asks them to be named: `<plugin-id>` and `<plugin-id>:<action>`. */
export const CLI_REPORT = "network-goals";
export const CLI_REVIEW = "network-goals:review";

export function reportHandler(host: NetworkHost): () => string {
  return () => notReady(host) ?? JSON.stringify(reportToJson(host.report()), null, 2);
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
    plugin.registerCliHandler(CLI_REPORT, "Print the Network Goals report (JSON)", null, reportHandler(host));
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
