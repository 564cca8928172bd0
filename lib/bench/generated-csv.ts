/**
 * A large valid overview CSV in memory, made from the sample in data/ (not from DATA_DIR): the
 * file that load checks and browser tests upload to "Datei prüfen".
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { toCsv } from "../csv/write";
import { readOverview } from "../overview/read";
import { FIELD_IDS } from "../vocabulary";
import { generateRows } from "./generate";

/** Rows of the sample that make a file of about 26.2 million bytes (24.95 MiB), just under the 25 MB upload limit. */
export const ROWS_FOR_25_MB = 128_000;

export function generatedCsv(rows: number, sampleFile = path.join(process.cwd(), "data", "uebersicht", "2022-10-28.csv")): Buffer {
  const templates = readOverview(readFileSync(sampleFile)).rows;
  return Buffer.from(toCsv(generateRows(templates, rows), FIELD_IDS), "utf8");
}
