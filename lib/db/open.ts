/**
 * Opens the configured store as one Kysely instance. The drivers are imported only here and
 * only when a database is opened, so a page that never touches the database never loads them.
 */
import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { Kysely, PostgresDialect } from "kysely";
import { type DatabaseConfig, describeDatabase } from "./config";
import { DatabaseError } from "./errors";
import type { Database, Db } from "./schema";
import { AppSqliteDialect, SQLITE_ADAPTER_MARK } from "./sqlite-dialect";

/** How long a writer waits for another process's write lock on the SQLite file. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;
/** How long to wait for a PostgreSQL connection before the request fails with a message. */
const PG_CONNECT_TIMEOUT_MS = 5_000;
const PG_POOL_SIZE = 10;

const SCHEMA_NAME_RE = /^[a-z_][a-z0-9_]{0,62}$/;

export type Dialect = "sqlite" | "postgres";

export async function openDatabase(config: DatabaseConfig): Promise<Db> {
  return config.dialect === "sqlite" ? openSqlite(config.file) : openPostgres(config);
}

async function openSqlite(file: string): Promise<Db> {
  const { default: SqliteDatabase } = await import("better-sqlite3");
  let database;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    database = new SqliteDatabase(file);
    database.pragma("journal_mode = WAL");
    // WAL makes NORMAL safe against corruption; only the last commits may be lost on power failure.
    database.pragma("synchronous = NORMAL");
    database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    database.pragma("foreign_keys = ON");
  } catch (error) {
    database?.close();
    throw new DatabaseError(`Die Datenbank ${file} kann nicht geöffnet werden (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, {
      cause: error,
    });
  }
  return new Kysely<Database>({ dialect: new AppSqliteDialect({ database }) });
}

async function openPostgres(config: Extract<DatabaseConfig, { dialect: "postgres" }>): Promise<Db> {
  if (config.schema !== undefined && !SCHEMA_NAME_RE.test(config.schema)) {
    throw new DatabaseError(`„${config.schema}“ ist kein zulässiger Schemaname.`);
  }
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({
    connectionString: config.url,
    max: PG_POOL_SIZE,
    connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
    ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
  });
  // An idle connection that breaks (server restart) emits 'error'; unhandled, it would end the process.
  pool.on("error", (error) => {
    console.error(`Verbindung zu ${describeDatabase(config)} unterbrochen: ${error.message}`);
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Which store a Kysely instance (or transaction) talks to. Asked of the adapter's behaviour, not
 * its class: Next bundles routes apart, each with its own copy of Kysely, while the database is
 * shared by the whole process (lib/db/database.ts), so `instanceof SqliteAdapter` fails in every
 * bundle but the one that opened it. The app's SQLite adapter carries a mark instead.
 */
export function dialectOf<T>(db: Kysely<T>): Dialect {
  const adapter = (db as unknown as Kysely<unknown>).getExecutor().adapter as { store?: string };
  return adapter.store === SQLITE_ADAPTER_MARK ? "sqlite" : "postgres";
}
