/** One record of a source (a CSV file or a workbook's sheet): its cells and where it stands. */
export interface SheetRecord {
  /** The row as a spreadsheet numbers it (header = row 1). */
  row: number;
  /** The record's first line in the file (a workbook: = row). */
  line: number;
  cells: string[];
  /** What the source noticed about single cells (a workbook's formula cells), by cell index. */
  notes?: { index: number; level: "error" | "warning"; text: string }[];
}
