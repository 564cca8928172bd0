/**
 * Protection against formula injection in exported CSV: Excel and LibreOffice execute a cell
 * that starts with = + - @ (or tab/CR/LF before one). We prefix such a cell, and every line of a
 * multi-line cell that starts like that, with an apostrophe, which both programs show as text.
 * Lines already starting with apostrophes before a trigger get one more, so that reading the
 * file back (unescapeFormula) removes exactly one and restores the original text.
 */
// A lookbehind, not `(^|\n)`: the zero-length match at the start of a cell that begins with LF
// would otherwise hide that LF from the next match, and the line after it stayed unescaped.
const ESCAPE_RE = /(?<=^|\n)(?='*[=+\-@\t\r\n])/g;
const UNESCAPE_RE = /(^|\n)'(?='*[=+\-@\t\r\n])/g;

export function escapeFormula(cell: string): string {
  return cell.replace(ESCAPE_RE, "'");
}

export function unescapeFormula(cell: string): string {
  // Most cells hold no apostrophe; skip the regex for them (it runs on every imported cell).
  return cell.includes("'") ? cell.replace(UNESCAPE_RE, "$1") : cell;
}
