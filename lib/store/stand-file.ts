/**
 * Reading one published Stand from its file into an indexed Dataset. No server-only marker and
 * no cache: this is what a worker thread runs (lib/worker-tasks/tasks.ts); repository.ts caches it.
 */
import { readFile } from "node:fs/promises";
import { type Dataset, buildDataset } from "../dataset/dataset";
import { readOverview } from "../overview/read";
import { DataSourceError, fileErrorReason } from "./errors";

/** Problems of a broken Stand carried along (a page shows 50); the message has the full count. */
export const MAX_STAND_PROBLEMS = 500;

export async function readStandFile(file: string, stand: string): Promise<Dataset> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(/*turbopackIgnore: true*/ file);
  } catch (error) {
    throw new DataSourceError(`Die Datei des Stands ${stand} (uebersicht/${stand}.csv) ${fileErrorReason(error)}.`);
  }
  const result = readOverview(bytes);
  if (result.errors.length > 0) {
    throw new DataSourceError(
      `Der veröffentlichte Stand ${stand} ist fehlerhaft (${result.errors.length} Fehler) und kann nicht angezeigt werden.`,
      result.errors.slice(0, MAX_STAND_PROBLEMS),
      result.errors.length,
    );
  }
  return buildDataset(stand, result.rows);
}
