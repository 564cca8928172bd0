/**
 * The export as an Excel workbook (docs/contract.md §5, `format=xlsx`): the same rows in the same order
 * as the CSV, every cell text, multi-values as lines of one wrapped cell, and an „Info“ sheet
 * saying what the file holds. Streamed like the CSV.
 */
import { cellText } from "../csv/write";
import { formatDate, formatNumber } from "../format";
import { matchingRows } from "../query/run";
import { FIELDS, type FieldId } from "../vocabulary";
import { overviewHref } from "../routes";
import { exportColumns } from "./columns";
import { workbookStream } from "../xlsx/write";
import type { ExportView } from "./csv-stream";
import { columnWords, filterWords, sortWords } from "./filter-words";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DATA_SHEET = "Nachnutzungsübersicht";
export const INFO_SHEET = "Info";

// A text cell never runs as a formula, so `=…` stays as it is. Only cells that start with
// apostrophes before a formula trigger get one more: the importer removes exactly one (as for
// CSV files saved back from Excel), so such a cell reads back unchanged.
const APOSTROPHE_BEFORE_TRIGGER_RE = /(?<=^|\n)(?='+[=+\-@\t\r\n])/g;

export function xlsxCellText(text: string): string {
  return text.includes("'") ? text.replace(APOSTROPHE_BEFORE_TRIGGER_RE, "'") : text;
}

const EXPORT_TIME = new Intl.DateTimeFormat("de-DE", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Berlin",
});

export interface WorkbookExportOptions {
  cols?: readonly FieldId[];
  /** Export time (tests pass a fixed one). */
  now?: Date;
}

/** Label/value rows of the „Info“ sheet. */
export function infoRows(view: ExportView, cols: readonly FieldId[], now: Date): [string, string][] {
  const link = overviewHref({ ...view.query, page: 1, stand: view.stand });
  return [
    ["Stand", formatDate(view.stand)],
    ["Filter", filterWords(view.query)],
    ["Sortierung", sortWords(view.query)],
    ["Spalten", columnWords(cols, view.query.cols !== null || cols.length !== exportColumns(view.query).length)],
    ["Leistungen", formatNumber(view.result.total)],
    ["Exportiert am", `${EXPORT_TIME.format(now)} Uhr`],
    ["Ansicht", link],
  ];
}

export function exportWorkbookStream(view: ExportView, options: WorkbookExportOptions = {}): ReadableStream<Uint8Array> {
  const cols = options.cols ?? exportColumns(view.query);
  const rows = (function* () {
    for (const row of matchingRows(view.dataset, view.result)) yield cols.map((f) => xlsxCellText(cellText(row, f)));
  })();
  return workbookStream({
    table: { name: DATA_SHEET, headers: cols.map((f) => FIELDS[f].header), rowCount: view.result.total, rows },
    info: { name: INFO_SHEET, rows: infoRows(view, cols, options.now ?? new Date()) },
  });
}
