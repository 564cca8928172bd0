/**
 * Reading one published Stand from its file into an indexed Dataset: from its prepared snapshot
 * when that belongs to exactly these bytes (SHA-256) and is intact, else from the CSV, writing
 * the snapshot for the next start. No server-only marker and no cache: this is what a worker
 * thread runs (lib/worker-tasks/tasks.ts); repository.ts caches it.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { type Dataset, buildDataset } from "../dataset/dataset";
import { readSnapshot, writeSnapshot } from "../dataset/snapshot";
import { primeSortOrders, sortOrdersOf } from "../dataset/sort";
import { readOverview } from "../overview/read";
import { DataSourceError, fileErrorReason } from "./errors";
import { snapshotFileOf, writeSnapshotFile } from "./snapshot-file";

/** Problems of a broken Stand carried along (a page shows 50); the message has the full count. */
export const MAX_STAND_PROBLEMS = 500;

export async function readStandFile(file: string, stand: string): Promise<Dataset> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(/*turbopackIgnore: true*/ file);
  } catch (error) {
    throw new DataSourceError(`Die Datei des Stands ${stand} (uebersicht/${stand}.csv) ${fileErrorReason(error)}.`);
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const snapshot = await readFile(/*turbopackIgnore: true*/ snapshotFileOf(file)).catch(() => null);
  if (snapshot) {
    const read = readSnapshot(snapshot, sha256);
    if (read.ok && read.dataset.stand === stand) return read.dataset;
  }
  const result = readOverview(bytes);
  if (result.errors.length > 0) {
    throw new DataSourceError(
      `Der veröffentlichte Stand ${stand} ist fehlerhaft (${result.errors.length} Fehler) und kann nicht angezeigt werden.`,
      result.errors.slice(0, MAX_STAND_PROBLEMS),
      result.errors.length,
    );
  }
  const dataset = buildDataset(stand, result.rows);
  // Missing, stale or damaged: rebuilt. A folder the server may not write to only costs the next start its time.
  await writeSnapshotFile(file, writeSnapshot(dataset, sha256)).catch(() => undefined);
  return dataset;
}

/** A Stand read in a worker thread: its Dataset and every sort order (read from the snapshot or built). */
export interface LoadedStand {
  dataset: Dataset;
  orders: [string, Uint32Array][];
}

/** readStandFile for a worker: the sort orders go along, else the first sort by a text column would rebuild one on a request. */
export async function loadStandFile(file: string, stand: string): Promise<LoadedStand> {
  const dataset = await readStandFile(file, stand);
  return { dataset, orders: sortOrdersOf(dataset) };
}

/** The Dataset of a LoadedStand that came from another thread, its sort orders in place again. */
export function adoptLoadedStand(loaded: LoadedStand): Dataset {
  if (loaded.orders.length > 0) primeSortOrders(loaded.dataset, loaded.orders);
  return loaded.dataset;
}
