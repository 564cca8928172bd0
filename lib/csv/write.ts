/**
 * Writing overview CSV for German Excel: UTF-8 with BOM, `;`, CRLF, German headers,
 * multi-value cells as line breaks inside a quoted cell, formula triggers neutralised.
 * Rows are written in chunks so a large export streams instead of building one huge string.
 */
import type { Leistung } from "../leistung";
import { FIELDS, type FieldId } from "../vocabulary";
import { escapeFormula } from "./formula";

export const BOM = "\uFEFF";
const DELIMITER = ";";
const LINE_END = "\r\n";
// `,` and tab too: LibreOffice guesses the separator (Tab, Comma and Semicolon ticked by
// default), so an unquoted comma would split the cell there.
const NEEDS_QUOTES_RE = /[;,\t"\r\n]|^\s|\s$/;

export function csvCell(value: string): string {
  const safe = escapeFormula(value);
  return NEEDS_QUOTES_RE.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function cellText(row: Leistung, field: FieldId): string {
  const value = row[field];
  return Array.isArray(value) ? value.join("\n") : value;
}

export function headerLine(cols: readonly FieldId[]): string {
  return cols.map((f) => csvCell(FIELDS[f].header)).join(DELIMITER) + LINE_END;
}

export function rowLine(row: Leistung, cols: readonly FieldId[]): string {
  return cols.map((f) => csvCell(cellText(row, f))).join(DELIMITER) + LINE_END;
}

/** The whole file as text chunks: BOM and header first, then about `chunkRows` rows per chunk. */
export function* csvChunks(rows: Iterable<Leistung>, cols: readonly FieldId[], chunkRows = 2000): Generator<string> {
  yield BOM + headerLine(cols);
  let chunk: string[] = [];
  for (const row of rows) {
    chunk.push(rowLine(row, cols));
    if (chunk.length >= chunkRows) {
      yield chunk.join("");
      chunk = [];
    }
  }
  if (chunk.length) yield chunk.join("");
}

/** The whole file as one string (small data: tests, fixtures, the generator). */
export function toCsv(rows: Iterable<Leistung>, cols: readonly FieldId[]): string {
  return [...csvChunks(rows, cols)].join("");
}
