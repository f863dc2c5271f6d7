// "Create quarterly review" (SPEC §4): last quarter's review written down as a note in the reviews folder, its
// numbers as text, questions to adjust the goals, and the live block, after the review template when one is set;
// never over an existing note.
import type { NetworkHost } from "./host";
import { notReady } from "./host";
import type { ModalContext } from "./modals/context";
import { createNoteTelling } from "./modals/note-form";
import { folderPath } from "./writes";
import { quarterPeriod, reviewNoteBody } from "../render/review-note";
import { NOTE_FIELDS } from "../parse/field-aliases";
import { newNoteText } from "./templates";
import { appendLines } from "../io/templates";

export type ReviewCommandHost = ModalContext & Pick<NetworkHost, "review" | "isIndexReady" | "readingProgress">;

/**
 * Writes last quarter's note (`Reviews/2026-Q3 review.md`) and opens it; when that note exists it is opened as it
 * is, never written over. Returns what to tell the user; throws what went wrong.
 */
export async function createQuarterlyReview(host: ReviewCommandHost): Promise<string> {
  const { app, settings } = host;
  const wait = notReady(host);
  if (wait !== null) return wait;
  const review = host.review("last-quarter");
  if ("error" in review) throw new Error(review.error);
  const period = quarterPeriod(review.window);
  const folder = folderPath(settings.reviewsFolder);
  const title = `${period} review`;
  const existing = app.vault.getFileByPath(`${folder === "" ? "" : `${folder}/`}${title}.md`);
  let file = existing;
  if (!file) {
    // `type: review` and the period, in the review template when one is set, then the review.
    const note = await newNoteText(app, settings.reviewTemplate, [{ aliases: NOTE_FIELDS.type.names, value: "review" }, { aliases: ["period"], value: period }], { title, name: review.label, date: host.today() });
    note.text = appendLines(note.text, reviewNoteBody(review, period));
    file = await createNoteTelling(host, folder, title, note);
  }
  await app.workspace.getLeaf(false).openFile(file);
  return `${existing ? "Already there, left as it is" : "Written"}: ${review.label} in ${file.path}`;
}
