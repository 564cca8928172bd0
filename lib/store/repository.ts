/**
 * The published data, read once and kept in memory: the list of Stände, each Stand as an
 * indexed Dataset (re-read only when its file changes), and the metadata.
 */
import "server-only";
import { lstat, stat } from "node:fs/promises";
import type { Dataset } from "../dataset/dataset";
import { type HistoryRow, historyRow } from "../overview/history-row";
import { PoolBusyError, TaskError, WorkerFailedError } from "../workers/pool";
import { runTask } from "../workers/run-task";
import { dataDir, standFile } from "./data-dir";
import { fileSha256 } from "./file-sha";
import { logOnce } from "./log-once";
import type { StandEntry } from "./registry";
import { registryEntries } from "./registry-view";
import { NO_STAND_MESSAGE, listStandFiles } from "./stand-files";
import { DataSourceError, fileErrorReason } from "./errors";
import { type LoadedStand, adoptLoadedStand, loadStandFile } from "./stand-file";
import { METADATA_FILE, type Metadata, readMetadata } from "./metadata";
import path from "node:path";
import { rowAt, rowIndexOf } from "../dataset/rows";
import { processShared } from "../process-shared";

interface CacheEntry {
  /** File identity when read; a change of either means the file was replaced. */
  mtimeMs: number;
  size: number;
  dataset: Promise<Dataset>;
  /** When the entry was last used, to drop the least recently used Stand. */
  lastUsed: number;
  /** Rows of the Stand, once loaded. */
  rows: number;
  /** The Dataset once loaded (the promise's value, for lookups that need not wait). */
  loaded?: Dataset;
  /** Loaded from a file that matched its record: may keep serving when the file is later damaged. */
  verified: boolean;
}

/**
 * Rows kept in memory across all cached Stände (a 100,000-row Stand takes about 200 MB). Small
 * Stände all stay (the page of a service shows every Stand); large ones are dropped least
 * recently used first, never the one just asked for.
 */
const MAX_CACHED_ROWS = 300_000;
let useCounter = 0;

function evictLeastRecentlyUsed(keep: string): void {
  let total = 0;
  for (const entry of cache.values()) total += entry.rows;
  while (total > MAX_CACHED_ROWS) {
    let oldest: string | undefined;
    for (const [key, entry] of cache) {
      if (key !== keep && (oldest === undefined || entry.lastUsed < cache.get(oldest)!.lastUsed)) oldest = key;
    }
    if (oldest === undefined) return;
    const dropped = cache.get(oldest)!;
    total -= dropped.rows;
    cache.delete(oldest);
    keepHistory(oldest, dropped);
  }
}

/**
 * Before a Stand leaves memory, its history rows (a few fields per service) are kept: the page
 * of a service shows every Stand and must not reload a large one for one row. Built only then,
 * not at every load: while the Dataset is in memory it answers itself, and building the rows of
 * 100,000 services would cost the main thread and some 50 MB per Stand for nothing.
 */
function keepHistory(key: string, entry: CacheEntry): void {
  const dataset = entry.loaded;
  const known = repository.histories.get(key);
  if (!dataset || (known && known.mtimeMs === entry.mtimeMs && known.size === entry.size)) return;
  void historyRows(dataset).then((rows) => repository.histories.set(key, { mtimeMs: entry.mtimeMs, size: entry.size, rows }));
}

/** A Stand's history rows by OZG-ID, with the identity of the file they were read from. */
interface HistoryEntry {
  mtimeMs: number;
  size: number;
  rows: Map<string, HistoryRow>;
}

interface RepositoryCache {
  datasets: Map<string, CacheEntry>;
  /** History rows of the Stände dropped from memory (a few fields per service). */
  histories: Map<string, HistoryEntry>;
  metadata?: { root: string; mtimeMs: number; value: Promise<Metadata> };
}

// One cache per process: Next bundles pages and route handlers separately, and each bundle
// would otherwise hold (and load) its own copy of every Stand.
const repository = processShared<RepositoryCache>("repository", () => ({ datasets: new Map(), histories: new Map() }));
const cache = repository.datasets;

/** Published Stände (YYYY-MM-DD), oldest first: the files that are registered, not withdrawn and intact. */
export async function listStaende(root: string = dataDir()): Promise<string[]> {
  const states = await standStates(root);
  const shown = states.filter((s) => s.served).map((s) => s.stand);
  if (shown.length === 0) {
    const refused = states.find((s) => s.state === "mismatch" || s.state === "unregistered");
    throw new DataSourceError(refused ? refusalMessage(refused) : NO_STAND_MESSAGE);
  }
  return shown;
}

export type StandState =
  /** Registered, matches its record (or no registry exists to check against: `entry` is undefined). */
  | "ok"
  | "withdrawn"
  /** A file copied in by hand: served only once npm run verify or the staff area records it. */
  | "unregistered"
  /** The file no longer matches its record (cut, edited, replaced). */
  | "mismatch"
  /** On record, but its file is gone from the data folder. */
  | "missing";

export interface StandStatus {
  stand: string;
  state: StandState;
  entry?: StandEntry;
  /** Whether the public pages show it: "ok", or "mismatch" while its good version is still in memory. */
  served: boolean;
}

function refusalMessage(status: StandStatus): string {
  return status.state === "mismatch"
    ? `Die Datei des Stands ${status.stand} stimmt nicht mit ihrer Veröffentlichung überein (Prüfsumme) und wird nicht angezeigt. Bitte die veröffentlichte Datei wiederherstellen.`
    : `Der Stand ${status.stand} ist nicht verzeichnet (von Hand in den Datenordner gelegt) und wird erst nach „npm run verify -- --accept ${status.stand}“ angezeigt.`;
}

/** Rows of a Stand, for taking over an installation's files into the registry. */
const countRows = async (stand: string, root: string) => (await readStand(standFile(stand, root), stand)).rowCount;

/** Every Stand file and registry entry with its state, for the public list and the staff area. */
export async function standStates(root: string = dataDir()): Promise<StandStatus[]> {
  const files = await listStandFiles(root);
  const entries = await registryEntries(root, files, (stand) => countRows(stand, root));
  if (!entries) return files.map((stand) => ({ stand, state: "ok", served: true }));
  const states = await Promise.all(files.map((stand) => fileState(stand, entries.get(stand), root)));
  for (const entry of entries.values()) {
    if (!files.includes(entry.stand)) states.push({ stand: entry.stand, state: "missing", entry, served: false });
  }
  return states.sort((a, b) => (a.stand < b.stand ? -1 : 1));
}

async function fileState(stand: string, entry: StandEntry | undefined, root: string): Promise<StandStatus> {
  if (!entry) {
    logOnce(`Stand ${stand}: nicht im Register (npm run verify -- --accept ${stand}); nicht angezeigt.`);
    return { stand, state: "unregistered", served: false };
  }
  if (entry.withdrawn) return { stand, state: "withdrawn", entry, served: false };
  const file = standFile(stand, root);
  const actual = await fileSha256(file).catch(() => null);
  // An unreadable file is the reader's error to report (the page names it); not an integrity question.
  if (!actual || actual.sha256 === entry.sha256) return { stand, state: "ok", entry, served: true };
  const good = cache.get(file)?.verified === true;
  logOnce(
    `Stand ${stand}: Datei ${file} stimmt nicht mit dem Register überein (SHA-256 ${actual.sha256}, verzeichnet ${entry.sha256})${good ? "; die zuletzt geprüfte Fassung wird aus dem Speicher weiter gezeigt" : "; nicht angezeigt"}.`,
  );
  return { stand, state: "mismatch", entry, served: good };
}

/** Reads, validates and indexes a Stand in a worker thread (lib/workers), off the request thread. */
async function readStand(file: string, stand: string): Promise<Dataset> {
  try {
    return adoptLoadedStand(await runTask<LoadedStand>({ kind: "stand", file, stand }, { priority: "high", inProcess: () => loadStandFile(file, stand) }));
  } catch (error) {
    if (error instanceof TaskError && error.error.name === "DataSourceError") {
      const { message, problems, problemCount } = error.error as unknown as { message: string; problems: DataSourceError["problems"]; problemCount: number };
      throw new DataSourceError(message, problems, problemCount);
    }
    if (error instanceof WorkerFailedError || error instanceof PoolBusyError) {
      logOnce(`Stand ${stand}: ${error.message}`);
      const why = error instanceof WorkerFailedError && error.reason === "memory" ? "ist zu groß für den Arbeitsspeicher" : "konnte nicht rechtzeitig geladen werden";
      throw new DataSourceError(`Der Stand ${stand} ${why}. Bitte später erneut versuchen.`);
    }
    throw error;
  }
}

/** Rows per slice of building history rows: a few milliseconds each, requests are served between. */
const HISTORY_SLICE = 2_000;

/**
 * The history rows of a Stand by OZG-ID, built in slices with requests served between (100,000
 * rows take the main thread some 50 ms and more); until then getHistoryRow reads the Dataset.
 */
async function historyRows(dataset: Dataset): Promise<Map<string, HistoryRow>> {
  const byId = new Map<string, HistoryRow>();
  for (let start = 0; start < dataset.rowCount; start += HISTORY_SLICE) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    for (let r = start; r < Math.min(dataset.rowCount, start + HISTORY_SLICE); r++) {
      const row = historyRow(rowAt(dataset, r));
      byId.set(row.ozgId, row);
    }
  }
  return byId;
}

/** The indexed Dataset of a published Stand, from memory unless its file changed. */
export async function getDataset(stand: string, root: string = dataDir()): Promise<Dataset> {
  const file = standFile(stand, root);
  const key = file;
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    cache.delete(key);
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw new DataSourceError(`Die Datei des Stands ${stand} ${fileErrorReason(error)}.`);
    // Listed but not there: a link whose target is missing (an operator's broken copy), or no such Stand.
    const link = await lstat(file).catch(() => null);
    throw new DataSourceError(
      link ? `Die Datei des Stands ${stand} (uebersicht/${stand}.csv) ist ein Verweis auf eine Datei, die es nicht gibt.` : `Der Stand ${stand} ist nicht veröffentlicht.`,
    );
  }
  const cached = cache.get(key);
  if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) {
    cached.lastUsed = ++useCounter;
    return cached.dataset;
  }
  const status = await integrityOf(stand, root);
  if (status === "mismatch" || status === "unregistered" || status === "withdrawn") {
    // The previous good state keeps serving: the version read and checked before the file changed.
    if (cached?.verified) return cached.dataset;
    throw new DataSourceError(
      status === "withdrawn" ? `Der Stand ${stand} ist nicht veröffentlicht.` : refusalMessage({ stand, state: status, served: false }),
    );
  }
  const dataset = readStand(file, stand);
  const entry: CacheEntry = { mtimeMs: info.mtimeMs, size: info.size, dataset, lastUsed: ++useCounter, rows: 0, verified: false };
  cache.set(key, entry);
  dataset.then(
    (loaded) => {
      entry.loaded = loaded;
      entry.rows = loaded.rowCount;
      entry.verified = status === "ok";
      evictLeastRecentlyUsed(key);
    },
    () => undefined,
  );
  // A failed read is not kept: the next request tries again (the file may have been fixed).
  dataset.catch(() => cache.get(key)?.dataset === dataset && cache.delete(key));
  return dataset;
}

/** The registry's verdict on a Stand's file ("unchecked" where there is no registry). */
async function integrityOf(stand: string, root: string): Promise<StandState | "unchecked"> {
  const files = await listStandFiles(root).catch(() => null);
  if (!files) return "unchecked";
  const entries = await registryEntries(root, files, (s) => countRows(s, root));
  if (!entries) return "unchecked";
  const entry = entries.get(stand);
  if (!entry) return "unregistered";
  if (entry.withdrawn) return "withdrawn";
  const actual = await fileSha256(standFile(stand, root)).catch(() => null);
  return !actual || actual.sha256 === entry.sha256 ? "ok" : "mismatch";
}

/**
 * One service as it stood in a Stand (null when the Stand does not contain it). Reads the Stand
 * only when its history rows are not known yet or its file changed: the page of a service shows
 * every Stand, and must not reload large Stände that were dropped from memory.
 */
export async function getHistoryRow(stand: string, ozgId: string, root: string = dataDir()): Promise<HistoryRow | null> {
  const file = standFile(stand, root);
  const info = await stat(file).catch(() => null);
  const same = (entry: { mtimeMs: number; size: number } | undefined) => Boolean(info && entry && entry.mtimeMs === info.mtimeMs && entry.size === info.size);
  const held = cache.get(file);
  const known = repository.histories.get(file);
  // A Stand dropped from memory answers from its history rows; one in memory (or read now,
  // checked like any read) from its Dataset.
  if (!(held?.loaded && same(held)) && known && same(known)) return known.rows.get(ozgId) ?? null;
  const dataset = await getDataset(stand, root);
  const index = rowIndexOf(dataset, ozgId);
  return index === undefined ? null : historyRow(rowAt(dataset, index));
}

export async function getMetadata(root: string = dataDir()): Promise<Metadata> {
  const mtimeMs = await stat(path.join(/*turbopackIgnore: true*/ root, METADATA_FILE)).then((s) => s.mtimeMs, () => -1);
  const cached = repository.metadata;
  if (cached && cached.root === root && cached.mtimeMs === mtimeMs) return cached.value;
  const value = readMetadata(root);
  repository.metadata = { root, mtimeMs, value };
  value.catch(() => (repository.metadata = undefined));
  return value;
}

/**
 * Loads the newest Stand when the server starts (instrumentation.ts), in a worker like every read,
 * so that the first request finds it in memory. A problem is left to the requests to report.
 */
export async function warmNewestStand(root: string = dataDir()): Promise<void> {
  const staende = await listStaende(root);
  await getDataset(staende[staende.length - 1], root);
}
