/**
 * The application's one database: opened and migrated on first use, then shared by the whole
 * process. Nothing here runs at import time, so public pages that never ask for it stay free
 * of it.
 */
import "server-only";
import { type DatabaseConfig, resolveDatabaseConfig } from "./config";
import { migrateToLatest } from "./migrate";
import { openDatabase } from "./open";
import type { Db } from "./schema";
import { processShared } from "../process-shared";

interface SharedDatabase {
  promise?: Promise<Db>;
}

// One instance per process: Next bundles pages and route handlers separately, and each bundle
// would otherwise open its own connection pool (and run the migrations again).
const state = processShared<SharedDatabase>("database", () => ({}));

/** Opens and migrates the store once (DATABASE_URL or DATA_DIR/app.db); later calls get the same instance. */
export function getDatabase(config: DatabaseConfig = resolveDatabaseConfig()): Promise<Db> {
  state.promise ??= openAndMigrate(config).catch((error: unknown) => {
    // A failed start (database unreachable) is tried again on the next call, not remembered.
    state.promise = undefined;
    throw error;
  });
  return state.promise;
}

async function openAndMigrate(config: DatabaseConfig): Promise<Db> {
  const db = await openDatabase(config);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

/** Closes the shared instance (end of a CLI run, tests). */
export async function closeDatabase(): Promise<void> {
  const promise = state.promise;
  state.promise = undefined;
  if (promise) await (await promise.catch(() => undefined))?.destroy();
}
