/**
 * A large valid overview CSV in memory, made from the sample in data/ (not from DATA_DIR): the
 * file that load checks and browser tests upload to "Datei prüfen".
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { toCsv } from "../csv/write";
import type { Leistung } from "../leistung";
import { readOverview } from "../overview/read";
import { FIELD_IDS } from "../vocabulary";
import { generateRows } from "./generate";

function sampleRows(sampleFile: string): Leistung[] {
  return readOverview(readFileSync(sampleFile)).rows;
}

const SAMPLE = () => path.join(process.cwd(), "data", "uebersicht", "2022-10-28.csv");

export function generatedCsv(rows: number, sampleFile = SAMPLE()): Buffer {
  return Buffer.from(toCsv(generateRows(sampleRows(sampleFile), rows), FIELD_IDS), "utf8");
}

/** The largest generated file not over `maxBytes` (to 0.5 %), and its number of rows. */
export function generatedCsvUnder(maxBytes: number, sampleFile = SAMPLE()): { bytes: Buffer; rows: number } {
  const perRow = generatedCsv(2_000, sampleFile).length / 2_000;
  let rows = Math.floor((maxBytes * 0.997) / perRow);
  for (;;) {
    const bytes = generatedCsv(rows, sampleFile);
    if (bytes.length <= maxBytes) return { bytes, rows };
    rows = Math.floor(rows * 0.995);
  }
}
