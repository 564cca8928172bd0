/**
 * German-aware text folding, used for search, header matching and vocabulary lookup.
 * One place so that "Einbuergerung" finds "Einbürgerung" everywhere in the same way.
 */

const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", ẞ: "ss" };
const UMLAUT_RE = /[äöüßẞ]/g;
const COMBINING_MARKS_RE = /[\u0300-\u036f]/g;
const HAS_COMBINING_MARK_RE = /[\u0300-\u036f]/;
// Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional (ṁ, ệ, …), and combining marks.
const ACCENTED_RE = /[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]/;

/** Lower case, umlauts spelled out (ä → ae, ß → ss), other accents removed. */
export function foldGerman(text: string): string {
  // "a" + U+0308 (as macOS writes umlauts) is "ä": compose first, so that it folds to "ae".
  const composed = HAS_COMBINING_MARK_RE.test(text) ? text.normalize("NFC") : text;
  const lower = composed.toLowerCase().replace(UMLAUT_RE, (ch) => UMLAUTS[ch]);
  // NFD is costly on long texts; only letters with accents need it.
  return ACCENTED_RE.test(lower) ? lower.normalize("NFD").replace(COMBINING_MARKS_RE, "") : lower;
}

/** A URL- and file-safe slug: "Familie & Kind" → "familie-und-kind", "Einbürgerung" → "einbuergerung". */
export function slug(text: string): string {
  return foldGerman(text)
    .replace(/&/g, " und ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Key for matching column headers: folded, without spaces, `-`, `_` and dots. */
export function headerKey(header: string): string {
  return foldGerman(header).replace(/[\s\-_.]+/g, "");
}

/** Key for matching vocabulary values: folded, `&` read as "und", spacing and hyphens ignored. */
export function valueKey(value: string): string {
  return foldGerman(value).replace(/&/g, "und").replace(/[\s\-_]+/g, "");
}

// Characters outside Latin-1 („ “ – € …) count as spaces: the search index stays a one-byte
// string, and a query must be folded exactly like the texts it is matched against.
const NON_LATIN1_RE = /[^\u0000-\u00ff]/g;

/** Folded text as the search sees it, for the index and for the query alike. */
export function foldForSearch(text: string): string {
  return foldGerman(text).replace(NON_LATIN1_RE, " ");
}

/** Distinct search words of a query string: folded, split on whitespace, empty words dropped. */
export function searchWords(q: string): string[] {
  return [...new Set(foldForSearch(q).split(/\s+/).filter(Boolean))];
}
