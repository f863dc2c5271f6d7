// Obsidian's own command line (1.12.2 and later): `obsidian network-goals` prints the report and
// `obsidian network-goals:review period=…` a review, from the same live report as the sidebar (SPEC §4). The
// report is JSON, the object `network-goals report --json` prints; the review is the text `network-goals review`
// prints. (The text report and the review's JSON stay in the Node CLI: main.js has a size budget.)
import { requireApiVersion, type CliData, type Plugin } from "obsidian";
import { reportToJson } from "../insights/report";
import { reviewLines } from "../insights/review-text";
import { terminalSafe } from "../io/terminal";
import { readingMessage, type NetworkHost } from "./host";

/** The default command and the review, as Obsidian asks them to be named: `<plugin-id>` and `<plugin-id>:<action>`. */
export const CLI_REPORT = "network-goals";
export const CLI_REVIEW = "network-goals:review";

/** What the handler prints before the vault is read: never an empty report. */
function notReady(host: NetworkHost): string | null {
  const reading = readingMessage(host);
  return reading === null ? null : `${reading}. Try again in a moment.`;
}

export function reportHandler(host: NetworkHost): () => string {
  return () => notReady(host) ?? JSON.stringify(reportToJson(host.report()), null, 2);
}

export function reviewHandler(host: NetworkHost): (params: CliData) => string {
  return (params) => {
    const wait = notReady(host);
    if (wait !== null) return wait;
    const review = host.review(params.period ?? "last-quarter");
    if ("error" in review) return `Cannot review: ${review.error}`;
    return reviewLines(review).map(terminalSafe).join("\n");
  };
}

/** Registers both handlers where the running Obsidian has a command line (1.12.2); returns whether it did. */
export function registerCliHandlers(plugin: Plugin, host: NetworkHost): boolean {
  if (requireApiVersion("1.12.2")) {
    plugin.registerCliHandler(CLI_REPORT, "Print the Network Goals report (JSON): follow-ups, reconnect, goals, problems", null, reportHandler(host));
    plugin.registerCliHandler(
      CLI_REVIEW,
      "Print a Network Goals review of a period",
      { period: { value: "<period>", description: "last-quarter (default), this-month, 2026-Q3, 2026-05, 2026 …" } },
      reviewHandler(host),
    );
    return true;
  }
  return false;
}
