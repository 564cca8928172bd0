/**
 * Writing workbooks for staff: a table sheet (bold header row, frozen, with an auto-filter,
 * column widths from the content, every cell wrapped text) and an „Info“ sheet of label/value
 * pairs. Streams: rows are written as they come and the ZIP leaves while it is produced.
 *
 * Library: exceljs 4.4.0, the one candidate that writes styles, frozen panes and wrapped cells
 * (SheetJS Community Edition writes none of them) and streams (WorkbookWriter). Every value is
 * passed as a JS string, so exceljs writes text cells only: never a number, never a formula.
 * Reading workbooks is done with SheetJS (lib/xlsx/read-workbook.ts, where the reasons are).
 */
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";

export interface TableSheet {
  name: string;
  headers: readonly string[];
  /** Number of rows that `rows` will give (for the auto-filter's range). */
  rowCount: number;
  rows: Iterable<readonly string[]>;
  /** Column widths in characters; default from the header and the first rows. */
  widths?: readonly number[];
}

export interface WorkbookContent {
  table: TableSheet;
  info?: { name: string; rows: readonly (readonly [string, string])[] };
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Rows written between checks whether the reader keeps up. */
const ROWS_PER_TURN = 500;

/** "A", …, "Z", "AA" */
function columnLetters(n: number): string {
  let letters = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) letters = String.fromCharCode(65 + ((i - 1) % 26)) + letters;
  return letters;
}

/** Width of a cell's longest line, in characters. */
function textWidth(text: string): number {
  let max = 0;
  for (const line of text.split("\n")) max = Math.max(max, line.length);
  return max;
}

/** Widths from the header and a sample of rows: wide enough to read, never wider than MAX_WIDTH. */
export function columnWidths(headers: readonly string[], sample: readonly (readonly string[])[]): number[] {
  return headers.map((header, i) => {
    let width = textWidth(header) + 4; // room for the filter button
    for (const row of sample) width = Math.max(width, textWidth(row[i] ?? "") + 1);
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width));
  });
}

function waitForReader(out: PassThrough): Promise<void> {
  if (!out.writableNeedDrain && out.readableLength < out.readableHighWaterMark) return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const done = () => {
      out.off("drain", done);
      out.off("close", done);
      resolve();
    };
    out.once("drain", done);
    out.once("close", done);
  });
}

async function writeWorkbook(out: PassThrough, content: WorkbookContent): Promise<void> {
  const { table, info } = content;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  workbook.creator = "OZG-Nachnutzungsübersicht Sachsen-Anhalt";
  const iterator = table.rows[Symbol.iterator]();
  // The first rows give the widths; they are written first, then the rest as it comes.
  const sample: (readonly string[])[] = [];
  while (sample.length < 1000) {
    const next = iterator.next();
    if (next.done) break;
    sample.push(next.value);
  }
  const widths = table.widths ?? columnWidths(table.headers, sample);
  const sheet = workbook.addWorksheet(table.name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
  });
  sheet.columns = table.headers.map((header, i) => ({
    header,
    width: widths[i],
    style: { alignment: { wrapText: true, vertical: "top" } },
  }));
  sheet.autoFilter = `A1:${columnLetters(Math.max(1, table.headers.length))}${table.rowCount + 1}`;
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "top" };
  header.commit();
  let written = 0;
  const write = async (cells: readonly string[]) => {
    sheet.addRow([...cells]).commit();
    if (++written % ROWS_PER_TURN === 0) await waitForReader(out);
  };
  for (const cells of sample) await write(cells);
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    if (out.destroyed) {
      iterator.return?.();
      return;
    }
    await write(next.value);
  }
  sheet.commit();
  if (info) {
    const infoSheet = workbook.addWorksheet(info.name);
    infoSheet.columns = [
      { width: 18, style: { font: { bold: true }, alignment: { vertical: "top" } } },
      { width: Math.min(100, Math.max(20, ...info.rows.map(([, v]) => textWidth(v) + 2))), style: { alignment: { wrapText: true, vertical: "top" } } },
    ];
    for (const [label, value] of info.rows) infoSheet.addRow([label, value]).commit();
    infoSheet.commit();
  }
  await workbook.commit();
}

/**
 * The workbook as a byte stream; cancelling it (a client that goes away) stops the producer.
 * Not Readable.toWeb: on Node 20 its adapter throws an uncaught "Controller is already closed"
 * when data arrives after a cancel, which would end the server process.
 */
export function workbookStream(content: WorkbookContent): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  let cancelled = false;
  // Errors after a cancel have nowhere to go; before it they reach the reader (below).
  out.on("error", () => undefined);
  writeWorkbook(out, content).catch((error) => out.destroy(error));
  return new ReadableStream<Uint8Array>({
    start(controller) {
      out.on("data", (chunk: Buffer) => {
        if (cancelled) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) out.pause();
      });
      out.on("end", () => !cancelled && controller.close());
      out.on("error", (error) => !cancelled && controller.error(error));
      out.pause();
    },
    pull() {
      out.resume();
    },
    cancel() {
      cancelled = true;
      out.destroy();
    },
  });
}

/** The whole workbook in memory (small workbooks: reports, tests). */
export async function workbookBytes(content: WorkbookContent): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    out.on("end", resolve);
    out.on("error", reject);
  });
  await writeWorkbook(out, content);
  await ended;
  return Buffer.concat(chunks);
}
