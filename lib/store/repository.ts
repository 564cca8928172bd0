/**
 * The published data, read once and kept in memory: the list of Stände, each Stand as an
 * indexed Dataset (re-read only when its file changes), and the metadata.
 */
import "server-only";
import { readFile, readdir, stat } from "node:fs/promises";
import { type Dataset, buildDataset } from "../dataset/dataset";
import { type HistoryRow, historyRow } from "../overview/history-row";
import { readOverview } from "../overview/read";
import { isIsoDate } from "../iso-date";
import { dataDir, STAND_FILE_RE, standFile, uebersichtDir } from "./data-dir";
import { DataSourceError } from "./errors";
import { METADATA_FILE, type Metadata, readMetadata } from "./metadata";
import path from "node:path";
import { allRows, rowAt, rowIndexOf } from "../dataset/rows";

interface CacheEntry {
  /** File identity when read; a change of either means the file was replaced. */
  mtimeMs: number;
  size: number;
  dataset: Promise<Dataset>;
  /** When the entry was last used, to drop the least recently used Stand. */
  lastUsed: number;
  /** Rows of the Stand, once loaded. */
  rows: number;
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
    total -= cache.get(oldest)!.rows;
    cache.delete(oldest);
  }
}

/** A Stand's history rows by OZG-ID, with the identity of the file they were read from. */
interface HistoryEntry {
  mtimeMs: number;
  size: number;
  rows: Map<string, HistoryRow>;
}

interface RepositoryCache {
  datasets: Map<string, CacheEntry>;
  /** Kept for every Stand ever read (small), also after its Dataset was dropped from memory. */
  histories: Map<string, HistoryEntry>;
  metadata?: { root: string; mtimeMs: number; value: Promise<Metadata> };
}

// One cache per process: Next bundles pages and route handlers separately, and each bundle
// would otherwise hold (and load) its own copy of every Stand.
const CACHE_KEY = Symbol.for("ozg-nachnutzungsuebersicht.repository");
const shared = globalThis as typeof globalThis & { [CACHE_KEY]?: RepositoryCache };
const repository: RepositoryCache = (shared[CACHE_KEY] ??= { datasets: new Map(), histories: new Map() });
const cache = repository.datasets;

/** Published Stände (YYYY-MM-DD), oldest first. */
export async function listStaende(root: string = dataDir()): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(uebersichtDir(root));
  } catch {
    throw new DataSourceError(`Der Datenordner ${uebersichtDir(root)} fehlt oder ist nicht lesbar. Bitte DATA_DIR prüfen.`);
  }
  const staende = names.flatMap((n) => STAND_FILE_RE.exec(n)?.[1] ?? []).sort();
  const badName = staende.find((stand) => !isIsoDate(stand));
  if (badName) {
    throw new DataSourceError(`Die Datei uebersicht/${badName}.csv hat kein gültiges Datum im Namen (JJJJ-MM-TT). Bitte umbenennen.`);
  }
  if (staende.length === 0) {
    throw new DataSourceError(`Im Datenordner ${uebersichtDir(root)} ist noch kein Stand veröffentlicht (Dateien JJJJ-MM-TT.csv).`);
  }
  return staende;
}

async function readStand(file: string, stand: string): Promise<Dataset> {
  const result = readOverview(await readFile(file));
  if (result.errors.length > 0) {
    throw new DataSourceError(
      `Der veröffentlichte Stand ${stand} ist fehlerhaft (${result.errors.length} Fehler) und kann nicht angezeigt werden.`,
      result.errors,
    );
  }
  return buildDataset(stand, result.rows);
}

/** The indexed Dataset of a published Stand, from memory unless its file changed. */
export async function getDataset(stand: string, root: string = dataDir()): Promise<Dataset> {
  const file = standFile(stand, root);
  const key = file;
  let info;
  try {
    info = await stat(file);
  } catch {
    cache.delete(key);
    throw new DataSourceError(`Der Stand ${stand} ist nicht veröffentlicht.`);
  }
  const cached = cache.get(key);
  if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) {
    cached.lastUsed = ++useCounter;
    return cached.dataset;
  }
  const dataset = readStand(file, stand);
  const entry: CacheEntry = { mtimeMs: info.mtimeMs, size: info.size, dataset, lastUsed: ++useCounter, rows: 0 };
  cache.set(key, entry);
  dataset.then(
    (loaded) => {
      entry.rows = loaded.rowCount;
      repository.histories.set(key, {
        mtimeMs: info.mtimeMs,
        size: info.size,
        rows: new Map([...allRows(loaded)].map((row) => [row.ozgId, historyRow(row)])),
      });
      evictLeastRecentlyUsed(key);
    },
    () => undefined,
  );
  // A failed read is not kept: the next request tries again (the file may have been fixed).
  dataset.catch(() => cache.get(key)?.dataset === dataset && cache.delete(key));
  return dataset;
}

/**
 * One service as it stood in a Stand (null when the Stand does not contain it). Reads the Stand
 * only when its history rows are not known yet or its file changed: the page of a service shows
 * every Stand, and must not reload large Stände that were dropped from memory.
 */
export async function getHistoryRow(stand: string, ozgId: string, root: string = dataDir()): Promise<HistoryRow | null> {
  const file = standFile(stand, root);
  const info = await stat(file).catch(() => null);
  const known = repository.histories.get(file);
  if (info && known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known.rows.get(ozgId) ?? null;
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
