// A fast path for the frontmatter most notes have: one `key: value` a line, each value a plain word or phrase, a
// quoted text, a whole number, or a list of those (`tags: [a, b]`, or one `- item` a line under the key).
// js-yaml (CORE_SCHEMA) reads those many times slower than this does, and a vault has tens of thousands of them.
// Anything else (nesting, numbers other than plain whole ones, anchors, tags, escapes, comments after a value, a
// repeated key, a character YAML treats specially...) is left to js-yaml: undefined means "not this shape", never
// "no frontmatter". Where it answers, the answer is js-yaml's: tests/cli/simple-yaml.test.ts holds js-yaml as the
// oracle over generated texts inside and near the shape.

/** One line: a key of ASCII words (single spaces between), `:`, and the value after at least one space, or none. */
const ENTRY = /^([A-Za-z_][A-Za-z0-9_-]*(?: [A-Za-z0-9_-]+)*):(?: +(.*))?$/;
/** One item of a block list, `- value` or `-` alone, and its indentation. */
const ITEM = /^( *)-(?: +(.*))?$/;
/** Keys the core schema reads as something other than their text (`true: 1` is the key "true"); `__proto__`. */
const NOT_TEXT_KEY = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL|__proto__)$/;
/** Only printable characters YAML reads as themselves: no C0 or C1 control, byte-order mark, line separator or unpaired surrogate. */
const PRINTABLE = /^(?:[\n\r\x20-\x7E\u00A0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
/** The rest of a plain value: no `: `, no ` #`, no `:` at the end. */
const PLAIN_REST = String.raw`(?:[^:#]|:(?! )|(?<! )#)*(?<!:)$`;
/** A plain value that can only be text: not begun by an indicator, a digit, a sign, a dot or `~`. */
const PLAIN_TEXT = new RegExp(String.raw`^(?![-?:,[\]{}#&*!|>'"%@${"`"}0-9+.~])` + PLAIN_REST);
/**
 * A plain value begun by a digit, `+` or `.`: text unless it may be a number of the core schema (or YAML 1.1's),
 * and a date written YYYY-MM-DD is text (the core schema has no timestamps).
 */
const PLAIN_OTHER = new RegExp(String.raw`^[0-9+.]` + PLAIN_REST);
const MAY_BE_NUMBER = /^[-+]?(?:0[xX][0-9a-fA-F_]*|0[oO][0-7_]*|0[bB][01_]*|[0-9._:eE+-]*|\.(?:inf|Inf|INF|nan|NaN|NAN))$/;
/** A whole number the core schema reads as this number. */
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const WHOLE = /^(?:0|[1-9][0-9]{0,14})$/;
/** In a flow list, a plain item: as PLAIN_TEXT, and without the flow indicators or any `:` or `#`. */
const FLOW_ITEM = new RegExp(String.raw`^(?![-?:,[\]{}#&*!|>'"%@${"`"}0-9+.~])[^:#,[\]{}]+$`);
/** The core schema's null and booleans. */
const WORDS = new Map<string, null | boolean>([["null", null], ["Null", null], ["NULL", null], ["true", true], ["True", true], ["TRUE", true], ["false", false], ["False", false], ["FALSE", false]]);

type Scalar = string | number | boolean | null;

/** A quoted text with nothing to unescape, or undefined. */
function quoted(value: string): string | undefined {
  const quote = value[0];
  if (value.length < 2 || (quote !== '"' && quote !== "'") || value[value.length - 1] !== quote) return undefined;
  const inner = value.slice(1, -1);
  return inner.includes(quote) || (quote === '"' && inner.includes("\\")) ? undefined : inner;
}

function scalar(value: string): Scalar | undefined {
  const word = WORDS.get(value);
  if (word !== undefined) return word;
  if (PLAIN_TEXT.test(value)) return value;
  if (WHOLE.test(value)) return Number(value);
  if (PLAIN_OTHER.test(value) && (DATE.test(value) || !MAY_BE_NUMBER.test(value))) return value;
  return quoted(value);
}

/** Spaces off both ends: YAML's white space is the space and the tab (never here), not what `trim` takes off. */
const spacesOff = (text: string): string => text.replace(/^ +| +$/g, "");

function flowList(value: string): string[] | undefined {
  const inner = spacesOff(value.slice(1, -1));
  if (inner === "") return [];
  const items: string[] = [];
  for (const raw of inner.split(",")) {
    const item = spacesOff(raw);
    if (WORDS.has(item)) return undefined;
    const text = FLOW_ITEM.test(item) ? item : quoted(item);
    if (text === undefined) return undefined;
    items.push(text);
  }
  return items;
}

function value(text: string): Scalar | string[] | undefined {
  return text.startsWith("[") && text.endsWith("]") ? flowList(text) : scalar(text);
}

/** What js-yaml's `load(text, { schema: CORE_SCHEMA })` gives, for frontmatter of the simple shape; else undefined. */
export function readSimpleYaml(text: string): Record<string, unknown> | undefined {
  if (!PRINTABLE.test(text)) return undefined;
  const result: Record<string, unknown> = {};
  let entries = 0;
  // The key whose value is still empty, which a block list may follow, and that list's items and indentation.
  let open: string | undefined;
  let list: Scalar[] | undefined;
  let indent = -1;
  for (const line of text.split("\n")) {
    let end = line.endsWith("\r") ? line.length - 1 : line.length;
    while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
    const trimmed = line.slice(0, end);
    // A `\r` not before a `\n` ends a line for YAML, even in a comment: left to js-yaml.
    if (trimmed.includes("\r")) return undefined;
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const item = open === undefined ? null : ITEM.exec(trimmed);
    if (item) {
      const spaces = (item[1] as string).length;
      if (list === undefined) {
        list = [];
        indent = spaces;
        result[open as string] = list;
      } else if (spaces !== indent) return undefined;
      const read = item[2] === undefined ? null : scalar(item[2]);
      if (read === undefined) return undefined;
      list.push(read);
      continue;
    }
    const match = ENTRY.exec(trimmed);
    if (match === null) return undefined;
    const key = match[1] as string;
    if (NOT_TEXT_KEY.test(key) || Object.prototype.hasOwnProperty.call(result, key)) return undefined;
    const read = match[2] === undefined ? null : value(match[2]);
    if (read === undefined) return undefined;
    result[key] = read;
    entries++;
    open = match[2] === undefined ? key : undefined;
    list = undefined;
  }
  return entries > 0 ? result : undefined;
}
