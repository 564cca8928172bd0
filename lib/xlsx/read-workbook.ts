/**
 * An .xlsx as records for the overview's validation: the first sheet, or the one named like
 * „Nachnutzungsübersicht“, each row with its cells as the sheet shows them.
 *
 * Library: SheetJS Community Edition as republished on npm (`@e965/xlsx` 0.20.3; not the old
 * `xlsx` 0.18.5 with open advisories). Chosen for reading over exceljs because its zip reader
 * follows the central directory and every producer's part names (exceljs' streaming reader
 * hard-codes part names, needs workbook.xml before the sheets and spools sheets to temporary
 * files), it keeps number formats and cached formula values per cell, and it needed 620 MB
 * instead of exceljs' 1 GB (full load) for 100,000 rows. exceljs writes the export (lib/xlsx/write.ts):
 * SheetJS CE cannot write bold, frozen or wrapped cells. Every workbook passes guardWorkbook first.
 */
import { read, type WorkBook } from "@e965/xlsx";
import { headerKey } from "../fold";
import type { SheetRecord } from "../csv/sheet-record";
import { shownText } from "./cell-text";
import { guardWorkbook } from "./zip-guard";

/** A sheet with this name is read; otherwise the first one. */
export const PREFERRED_SHEET = "Nachnutzungsübersicht";

export type WorkbookRecords =
  | { ok: true; sheet: string; records: Iterable<SheetRecord> }
  | { ok: false; message: string };

const OPTIONS = { type: "buffer", dense: true, cellFormula: true, cellNF: true, cellText: false, cellHTML: false, sheetStubs: true } as const;

/** The sheet to read: the one named like „Nachnutzungsübersicht“ (spelling folded like headers), else the first. */
export function chooseSheet(names: readonly string[]): string | undefined {
  const wanted = headerKey(PREFERRED_SHEET);
  return names.find((n) => headerKey(n) === wanted) ?? names.find((n) => headerKey(n).startsWith(wanted)) ?? names[0];
}

function* sheetRecords(book: WorkBook, sheet: string): Generator<SheetRecord> {
  const ws = book.Sheets[sheet];
  const data = (ws?.["!data"] ?? []) as ({ t?: string; v?: unknown; z?: string | number; f?: string } | null | undefined)[][];
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  for (let r = 0; r < data.length; r++) {
    const cellsIn = data[r];
    if (!cellsIn) continue;
    const cells: string[] = [];
    const notes: NonNullable<SheetRecord["notes"]> = [];
    for (let c = 0; c < cellsIn.length; c++) {
      const shown = shownText(cellsIn[c], date1904);
      cells[c] = shown.text;
      if (!shown.ok) notes.push({ index: c, level: "error", text: shown.problem });
      else if (shown.formula !== undefined) {
        notes.push({
          index: c,
          level: "warning",
          text: `Die Zelle enthält eine Formel${shown.formula ? ` (=${shown.formula.slice(0, 80)})` : ""}; gelesen wird ihr zuletzt berechneter Wert „${shown.text.slice(0, 80)}“. Bitte den Wert statt der Formel eintragen.`,
        });
      }
    }
    for (let c = 0; c < cells.length; c++) cells[c] ??= "";
    if (cells.every((cell) => cell.trim() === "") && notes.length === 0) continue;
    yield { row: r + 1, line: r + 1, cells, ...(notes.length ? { notes } : {}) };
  }
}

/** Guards, then reads the chosen sheet. Never throws for a user's file: a German message instead. */
export async function readWorkbookRecords(bytes: Uint8Array): Promise<WorkbookRecords> {
  const guard = await guardWorkbook(bytes);
  if (!guard.ok) return guard;
  let book: WorkBook;
  let sheet: string | undefined;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const names = read(buffer, { type: "buffer", bookSheets: true }).SheetNames;
    sheet = chooseSheet(names);
    if (sheet === undefined) return { ok: false, message: "Die Arbeitsmappe enthält keine Tabelle." };
    book = read(buffer, { ...OPTIONS, sheets: sheet });
  } catch {
    return {
      ok: false,
      message: "Die Arbeitsmappe kann nicht gelesen werden (beschädigt oder kein Excel-Format). Bitte in Excel oder Calc als „Excel-Arbeitsmappe (.xlsx)“ oder als „CSV UTF-8“ speichern.",
    };
  }
  return { ok: true, sheet, records: sheetRecords(book, sheet) };
}
