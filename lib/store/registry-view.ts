/**
 * The registry of published Stände (lib/store/registry.ts) as the public pages see it: read from
 * the database once, kept in memory, and read again only when the set of Stand files changes or
 * the registry was changed (publish, withdraw, restore: invalidateRegistry, also from another
 * instance through lib/store/registry-events.ts). A public request does not touch the database
 * otherwise.
 *
 * Without a database (the embedded one not created yet) nothing was ever published through the
 * app and there is nothing to compare: every file is served. The first time a database meets
 * Stand files and an empty registry (a new installation, or one from before the registry), the
 * files present are taken over once, on record as „System“; from then on a file needs its record.
 */
import "server-only";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dialectOf } from "../db/open";
import { resolveDatabaseConfig } from "../db/config";
import { getDatabase } from "../db/database";
import type { Db } from "../db/schema";
import { fileSha256 } from "./file-sha";
import { logOnce } from "./log-once";
import { type StandEntry, listStandEntries, registerStand } from "./registry";
import { standFile } from "./data-dir";
import { processShared } from "../process-shared";

/** Who takes over the files of an installation that had no registry yet. */
export const SYSTEM_ACTOR = "System";

/** How long a failed database read is remembered before the next request tries again. */
const RETRY_AFTER_FAILURE_MS = 5_000;

interface RegistryState {
  /** The file names the entries were read for; another set means: read again. */
  filesKey?: string;
  entries?: Promise<Map<string, StandEntry> | null>;
  /** The last entries read successfully: served while the database does not answer. */
  lastGood?: Map<string, StandEntry> | null;
  failedAt?: number;
  /** Changed on every invalidation, so that a read begun before it is not kept. */
  generation: number;
}

const state = processShared<RegistryState>("registry-view", () => ({ generation: 0 }));

function databaseExists(): boolean {
  const config = resolveDatabaseConfig();
  return config.dialect !== "sqlite" || existsSync(config.file);
}

/** The database, or null where the embedded one does not exist (it is not created for reading). */
export async function registryDatabase(): Promise<Db | null> {
  return databaseExists() ? getDatabase() : null;
}

/** Forget the entries: the next request reads them again. */
export function invalidateRegistry(): void {
  state.generation++;
  state.entries = undefined;
  state.filesKey = undefined;
}

/** The rows of a Stand file, for taking it over (counted by the reader that serves it). */
export type RowCounter = (stand: string) => Promise<number>;

/**
 * Registers every Stand file of an installation whose registry is empty (see the header).
 * Returns the Stände taken over.
 */
export async function adoptExistingStaende(db: Db, root: string, files: readonly string[], countRows: RowCounter): Promise<string[]> {
  if ((await listStandEntries(db, { includeWithdrawn: true })).length > 0) return [];
  const adopted: string[] = [];
  for (const stand of files) {
    let sha256: string;
    let rows: number;
    try {
      sha256 = (await fileSha256(standFile(stand, root))).sha256;
      rows = await countRows(stand);
    } catch (error) {
      // A file that cannot be read now is not taken over; it needs npm run verify later.
      logOnce(`Stand ${stand} nicht übernommen: ${(error as Error).message}`);
      continue;
    }
    // With PostgreSQL the bytes go on record too: other instances have no share of this disk.
    const bytes = dialectOf(db) === "postgres" ? await readFile(/*turbopackIgnore: true*/ standFile(stand, root)) : undefined;
    const outcome = await registerStand(db, { stand, sha256, rows, fileName: `${stand}.csv`, actor: SYSTEM_ACTOR, bytes, details: { uebernommen: true } });
    if (outcome.status === "registered") adopted.push(stand);
  }
  return adopted;
}

async function readEntries(root: string, files: readonly string[], countRows: RowCounter): Promise<Map<string, StandEntry> | null> {
  const db = await registryDatabase();
  if (!db) return null;
  const adopted = await adoptExistingStaende(db, root, files, countRows);
  if (adopted.length > 0) logOnce(`Register der Stände angelegt: ${adopted.length} vorhandene Stände übernommen (${adopted.join(", ")}).`);
  return new Map((await listStandEntries(db, { includeWithdrawn: true })).map((entry) => [entry.stand, entry]));
}

/**
 * The registry entries by Stand (withdrawn ones included), or null when there is no registry to
 * check against (no database; or the database never answered since the start: then the files
 * are served as they are, and the log says so).
 */
export async function registryEntries(root: string, files: readonly string[], countRows: RowCounter): Promise<Map<string, StandEntry> | null> {
  const filesKey = `${root}\n${files.join(",")}`;
  // Read without a database; once one exists (the first sign-in, declaration or import), read again.
  if (state.lastGood === null && state.entries && databaseExists()) invalidateRegistry();
  const now = Date.now();
  const retry = state.failedAt === undefined || now - state.failedAt >= RETRY_AFTER_FAILURE_MS;
  if (!state.entries || state.filesKey !== filesKey) {
    if (!retry && state.filesKey === filesKey) return state.lastGood ?? null;
    const generation = state.generation;
    const entries = readEntries(root, files, countRows);
    state.entries = entries;
    state.filesKey = filesKey;
    entries.then(
      (value) => {
        if (state.generation === generation) state.lastGood = value;
        state.failedAt = undefined;
      },
      (error: unknown) => {
        logOnce(`Register der Stände nicht lesbar (${(error as Error).message}); die Stände werden aus dem Speicher bzw. ungeprüft gezeigt.`);
        state.failedAt = Date.now();
        if (state.entries === entries) state.entries = undefined;
      },
    );
  }
  try {
    return await state.entries!;
  } catch {
    return state.lastGood ?? null;
  }
}
