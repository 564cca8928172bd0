/**
 * A tiny, strict reader for the front matter of a news file. The `yaml` package is not a
 * dependency, and the news files need only this subset of YAML:
 *
 *   ---                          first line of the file
 *   key: value                   a scalar; the value is the rest of the line, trimmed
 *   key: "value"  / 'value'      quoted scalar (use quotes when a value starts with a quote,
 *                                `[`, `-` or `#`); "…" knows \" and \\, '…' knows ''
 *   key: [a, b, "c"]             a list on one line (items separated by commas)
 *   key:                         a list on the following lines …
 *     - item                     … one item per line (indenting the dash is optional)
 *   # comment                    comments and blank lines only on lines of their own
 *   ---                          end of the front matter; the Markdown body follows
 *
 * Every value is a string (no numbers, booleans or dates: `ozgIds: [10257]` gives "10257"),
 * so the schema decides what is valid. Anything else (nested maps, multi-line scalars, a key
 * twice) is an error with its line number, never silently read differently.
 */

export type FrontMatterValue = string | string[];

export interface FrontMatterError {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

export interface FrontMatter {
  data: Record<string, FrontMatterValue>;
  /** The Markdown after the closing `---`. */
  body: string;
  errors: FrontMatterError[];
}

const FENCE_RE = /^---[ \t]*$/;
const KEY_RE = /^([A-Za-z][A-Za-z0-9_]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;
const ITEM_RE = /^[ \t]*-(?:[ \t]+(.*?))?[ \t]*$/;

/** One scalar, unquoted; null when its quotes are not closed. */
function scalar(raw: string): string | null {
  const text = raw.trim();
  if (text.startsWith('"')) {
    // Closed only by a quote that is not itself escaped (an even number of backslashes before it).
    const backslashes = /(\\*)"$/.exec(text.slice(1))?.[1].length;
    if (backslashes === undefined || backslashes % 2 === 1) return null;
    return text.slice(1, -1).replace(/\\(["\\])/g, "$1");
  }
  if (text.startsWith("'")) {
    if (text.length < 2 || !text.endsWith("'")) return null;
    return text.slice(1, -1).replace(/''/g, "'");
  }
  return text;
}

/** Items of `[a, b, "c"]`; null when an item has unclosed quotes. */
function inlineList(raw: string): string[] | null {
  const inner = raw.trim().slice(1, -1).trim();
  if (inner === "") return [];
  const items: string[] = [];
  // Split on commas outside quotes.
  let current = "";
  let quote: string | null = null;
  for (const ch of inner) {
    if (quote) {
      if (ch === quote) quote = null;
      current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === ",") {
      items.push(current);
      current = "";
    } else current += ch;
  }
  items.push(current);
  const values = items.map(scalar);
  return values.some((v) => v === null) ? null : (values as string[]);
}

/** Splits a news file into its front matter (as strings) and its Markdown body. */
export function parseFrontMatter(text: string): FrontMatter {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const data: Record<string, FrontMatterValue> = {};
  const errors: FrontMatterError[] = [];
  if (!FENCE_RE.test(lines[0] ?? "")) {
    return {
      data,
      body: "",
      errors: [{ line: 1, message: "Die Datei muss mit dem Kopfbereich beginnen: Die erste Zeile muss „---“ sein." }],
    };
  }
  const end = lines.findIndex((line, i) => i > 0 && FENCE_RE.test(line));
  if (end === -1) {
    return {
      data,
      body: "",
      errors: [{ line: 1, message: "Der Kopfbereich wird nicht mit einer Zeile „---“ abgeschlossen." }],
    };
  }

  /** The key whose block list is being read (its value is `key:` with nothing after it). */
  let listKey: string | null = null;
  for (let i = 1; i < end; i++) {
    const line = lines[i];
    const lineNo = i + 1;
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;

    const item = ITEM_RE.exec(line);
    if (item) {
      if (listKey === null) {
        errors.push({ line: lineNo, message: "Listenpunkt „- …“ ohne ein Feld davor (z. B. „ozgIds:“ in der Zeile darüber)." });
        continue;
      }
      const value = scalar(item[1] ?? "");
      if (value === null) errors.push({ line: lineNo, message: "Anführungszeichen nicht geschlossen." });
      else {
        const list = data[listKey];
        data[listKey] = Array.isArray(list) ? [...list, value] : [value];
      }
      continue;
    }

    const pair = KEY_RE.exec(line);
    if (!pair) {
      errors.push({
        line: lineNo,
        message: `„${line.trim()}“ nicht verstanden. Erwartet wird „feld: wert“ oder ein Listenpunkt „- wert“.`,
      });
      listKey = null;
      continue;
    }
    const [, key, raw = ""] = pair;
    listKey = null;
    if (Object.hasOwn(data, key)) {
      errors.push({ line: lineNo, message: `Das Feld „${key}“ kommt mehrmals vor.` });
      continue;
    }
    if (raw === "") {
      // Either a block list follows, or the value is empty (the schema reports a missing value).
      data[key] = "";
      listKey = key;
    } else if (raw.startsWith("[")) {
      const list = raw.endsWith("]") ? inlineList(raw) : null;
      if (list === null) errors.push({ line: lineNo, message: `Die Liste im Feld „${key}“ ist nicht richtig geschlossen („[a, b]“).` });
      else data[key] = list;
    } else {
      const value = scalar(raw);
      if (value === null) errors.push({ line: lineNo, message: `Anführungszeichen im Feld „${key}“ nicht geschlossen.` });
      else data[key] = value;
    }
  }
  return { data, body: lines.slice(end + 1).join("\n"), errors };
}
