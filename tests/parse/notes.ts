// Builds a NoteInput from a note's text the way the CLI does: frontmatter via js-yaml, body scanned.
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import type { Settings } from "../../src/model/settings";
import type { NoteInput, ParsedNote, YamlParser } from "../../src/model/types";
import { findBodyLinks, findGoalBlocks, parseNote } from "../../src/parse/note";
import { asText } from "./yaml";

export function noteInput(path: string, text: string, parse: YamlParser = asText): NoteInput {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  const input: NoteInput = { path, frontmatter: undefined, bodyLinks: [], goalBlocks: findGoalBlocks(text) };
  let body = text;
  if (m) {
    body = text.slice(m[0].length);
    try {
      input.frontmatter = parse(m[1] ?? "");
    } catch (error) {
      input.frontmatterError = (error as Error).message.split("\n")[0];
    }
  }
  input.bodyLinks = findBodyLinks(body);
  return input;
}

export function readNote(path: string, text: string, parse: YamlParser = asText, settings: Settings = DEFAULT_SETTINGS): ParsedNote {
  return parseNote(noteInput(path, text, parse), settings, asText);
}

/** `---\n<yaml>\n---\n<body>` */
export function md(yaml: string, body = ""): string {
  return `---\n${yaml}\n---\n${body}`;
}
