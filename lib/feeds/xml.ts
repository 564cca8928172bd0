/** Text and attribute values for XML 1.0 documents (the Atom feeds). */

// XML 1.0 allows tab, LF, CR and U+0020 and above, except lone surrogates, U+FFFE and U+FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Escapes markup characters and drops characters XML cannot carry (a parser would reject the feed). */
export function xmlText(value: string): string {
  return value.replace(NOT_XML_CHAR, "").replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** ` name="value"` for each defined attribute, in the given order. */
export function xmlAttrs(attrs: Record<string, string | undefined>): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlText(value)}"`)
    .join("");
}

/** `<name attrs>text</name>`, or nothing when the text is undefined. */
export function xmlElement(name: string, text: string | undefined, attrs: Record<string, string | undefined> = {}): string {
  return text === undefined ? "" : `<${name}${xmlAttrs(attrs)}>${xmlText(text)}</${name}>`;
}
