/**
 * A small value read from the database for public pages (the withdrawn Stände, the published
 * news items), kept in memory so that a public request does not query the database: it is read
 * again at most every few seconds, and at once after this process changed it (`invalidate`).
 * Several instances (PostgreSQL) see each other's changes within that interval.
 *
 * It is never read for another data folder than the configured one (tests, command-line tools
 * with their own folder), and with SQLite not at all while DATA_DIR/app.db does not exist: a
 * fresh installation without a staff area never opens, creates or loads the database.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { type Env, configuredDataDir, resolveDatabaseConfig } from "./config";
import type { Db } from "./schema";
import { processShared } from "../process-shared";

/** How stale a snapshot may be when another process (or instance) changed the database. */
export const SNAPSHOT_MAX_AGE_MS = 5_000;

export interface SnapshotOptions<T> {
  /** Unique name: the state is shared by every bundle of the process under this key. */
  key: string;
  load: (db: Db) => Promise<T>;
  /** The value while the store holds nothing (no SQLite file yet, another data folder). */
  empty: T;
  maxAgeMs?: number;
  /** Tests: the database, the environment and the clock. */
  open?: () => Promise<Db>;
  env?: Env;
  now?: () => number;
}

export interface DatabaseSnapshot<T> {
  /** The value for the data folder `root`; throws only when it was never read and the database fails. */
  read(root: string): Promise<T>;
  /**
   * After a change by this process: the next read loads again. The last value is kept for an
   * outage unless `dropValue` (tests, which switch databases between runs).
   */
  invalidate(options?: { dropValue?: boolean }): void;
}

interface State<T> {
  value?: T;
  loadedAt: number;
  generation: number;
  pending?: Promise<T>;
  warnedAt?: number;
  /** The last failed read while no value was known: not tried again before maxAge (no request waits for a dead database). */
  failure?: { at: number; error: unknown };
}

export function databaseSnapshot<T>(options: SnapshotOptions<T>): DatabaseSnapshot<T> {
  const maxAge = options.maxAgeMs ?? SNAPSHOT_MAX_AGE_MS;
  const now = options.now ?? Date.now;
  const env = () => options.env ?? process.env;
  const open = options.open ?? (async () => (await import("./database")).getDatabase());
  // Shared by every bundle of the process (pages and route handlers are bundled separately).
  const state = processShared<State<T>>(`snapshot.${options.key}`, () => ({ loadedAt: -Infinity, generation: 0 }));

  function load(): Promise<T> {
    const generation = state.generation;
    const started = now();
    const pending = open()
      .then(options.load)
      .then((value) => {
        // A change made while this read ran is not in it: keep it only if nothing changed since.
        if (state.generation === generation) {
          state.value = value;
          state.loadedAt = started;
          state.failure = undefined;
        }
        return value;
      }, (error: unknown) => {
        if (state.value === undefined) state.failure = { at: now(), error };
        throw error;
      })
      .finally(() => {
        if (state.pending === pending) state.pending = undefined;
      });
    state.pending = pending;
    return pending;
  }

  return {
    async read(root) {
      const environment = env();
      if (path.resolve(/*turbopackIgnore: true*/ root) !== configuredDataDir(environment)) return options.empty;
      const config = resolveDatabaseConfig(environment);
      if (config.dialect === "sqlite" && !existsSync(config.file)) return options.empty;
      if (state.value !== undefined && now() - state.loadedAt < maxAge) return state.value;
      if (state.value === undefined && state.failure && now() - state.failure.at < maxAge) throw state.failure.error;
      try {
        return await (state.pending ?? load());
      } catch (error) {
        if (state.value === undefined) throw error;
        // Better a value a few seconds old than a failed public page; said once a minute in the log.
        if (state.warnedAt === undefined || now() - state.warnedAt > 60_000) {
          state.warnedAt = now();
          console.error(`Datenbank nicht erreichbar (${(error as Error).message}); es gilt der zuletzt gelesene Stand von „${options.key}“.`);
        }
        return state.value;
      }
    },
    invalidate(options = {}) {
      if (options.dropValue) state.value = undefined;
      state.generation += 1;
      state.loadedAt = -Infinity;
      state.pending = undefined;
      state.failure = undefined;
    },
  };
}
