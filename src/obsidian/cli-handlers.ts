// Obsidian's own command line (1.12.2 and later): `obsidian network-goals` prints the report and
// `obsidian network-goals:review period=…` a review, from the same live report as the sidebar (SPEC §4).
import { requireApiVersion, type CliData, type Plugin } from "obsidian";
import { reportToJson } from "../insights/report";
import { formatTextReport, formatTextReview } from "../insights/text-report";
import { readingMessage, type NetworkHost } from "./host";

/** The default command and the review, as Obsidian asks them to be named: `<plugin-id>` and `<plugin-id>:<action>`. */
export const CLI_REPORT = "network-goals";
export const CLI_REVIEW = "network-goals:review";

/** What the handler prints before the vault is read: never an empty report. */
function notReady(host: NetworkHost): string | null {
  const reading = readingMessage(host);
  return reading === null ? null : `${reading}. Try again in a moment.`;
}

const wantsJson = (params: CliData): boolean => params.json === "true";

export function reportHandler(host: NetworkHost): (params: CliData) => string {
  return (params) => {
    const wait = notReady(host);
    if (wait !== null) return wait;
    const report = host.report();
    return wantsJson(params) ? JSON.stringify(reportToJson(report), null, 2) : formatTextReport(report, (path) => host.nameOf(path));
  };
}

export function reviewHandler(host: NetworkHost): (params: CliData) => string {
  return (params) => {
    const wait = notReady(host);
    if (wait !== null) return wait;
    const review = host.review(params.period ?? "last-quarter");
    if ("error" in review) return `Cannot review: ${review.error}`;
    return wantsJson(params) ? JSON.stringify(review, null, 2) : formatTextReview(review);
  };
}

/** Registers both handlers where the running Obsidian has a command line (1.12.2); returns whether it did. */
export function registerCliHandlers(plugin: Plugin, host: NetworkHost): boolean {
  if (requireApiVersion("1.12.2")) {
    const json = { json: { description: "Print one JSON object instead of text" } };
    plugin.registerCliHandler(CLI_REPORT, "Print the Network Goals report: follow-ups, reconnect, goals, problems", json, reportHandler(host));
    plugin.registerCliHandler(
      CLI_REVIEW,
      "Print a Network Goals review of a period",
      { period: { value: "<period>", description: "last-quarter (default), this-month, 2026-Q3, 2026-05, 2026 …" }, ...json },
      reviewHandler(host),
    );
    return true;
  }
  return false;
}
