/**
 * The record as a file for staff (/verwaltung/protokoll/export): CSV with the app's conventions
 * (UTF-8 with BOM, `;`, CRLF, quoting, formula escaping: lib/csv/write.ts) or a workbook
 * (lib/xlsx/write.ts, every cell text). One row per entry, newest first; the details both in
 * readable German and as the stored JSON, so nothing is lost.
 */
import { BOM, csvCell } from "../csv/write";
import { xlsxCellText } from "../export/xlsx-stream";
import { workbookBytes } from "../xlsx/write";
import type { Db } from "../db/schema";
import { type RecordEntry, type RecordFilter, listRecord } from "./record";
import { recordActionLabel, recordDetailText, recordTime } from "./record-details";

export const RECORD_EXPORT_HEADERS = ["Nr.", "Zeit (Europe/Berlin)", "Wer", "Aktion", "Einzelheiten", "Einzelheiten (JSON)", "Zeitpunkt (UTC)"] as const;

/** Entries read per query while exporting. */
const BATCH = 1000;

export function recordExportRow(entry: RecordEntry): string[] {
  return [String(entry.id), recordTime(entry.at), entry.actor, recordActionLabel(entry.action), recordDetailText(entry), JSON.stringify(entry.details), entry.at];
}

/**
 * Every entry of the filter (without limit and offset), newest first. Read in batches; an entry
 * appended meanwhile moves the others down, so ids at or above the last one read are skipped.
 */
export async function allRecordEntries(db: Db, filter: RecordFilter): Promise<RecordEntry[]> {
  const { limit: _limit, offset: _offset, ...rest } = filter;
  const entries: RecordEntry[] = [];
  for (let offset = 0; ; offset += BATCH) {
    const batch = await listRecord(db, { ...rest, limit: BATCH, offset });
    const lastId = entries.at(-1)?.id ?? Number.POSITIVE_INFINITY;
    entries.push(...batch.filter((entry) => entry.id < lastId));
    if (batch.length < BATCH) return entries;
  }
}

export function recordCsv(entries: readonly RecordEntry[]): string {
  const line = (cells: readonly string[]) => cells.map(csvCell).join(";") + "\r\n";
  return BOM + line(RECORD_EXPORT_HEADERS) + entries.map((entry) => line(recordExportRow(entry))).join("");
}

export async function recordWorkbook(entries: readonly RecordEntry[], info: readonly (readonly [string, string])[]): Promise<Buffer> {
  return workbookBytes({
    table: { name: "Protokoll", headers: RECORD_EXPORT_HEADERS, rowCount: entries.length, rows: entries.map((entry) => recordExportRow(entry).map(xlsxCellText)) },
    info: { name: "Info", rows: info },
  });
}

/** protokoll_2026-03-02.csv */
export function recordExportFileName(today: string, format: "csv" | "xlsx"): string {
  return `protokoll_${today}.${format}`;
}
