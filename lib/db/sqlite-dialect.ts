/**
 * Kysely's SQLite dialect with two changes: transactions start with BEGIN IMMEDIATE (they all
 * write; a deferred one that later writes fails at once with SQLITE_BUSY when another process
 * wrote meanwhile, instead of waiting for the busy timeout), and the migrator runs each
 * migration in such a transaction, so that two processes starting at once apply it only once.
 */
import { CompiledQuery, type DatabaseConnection, type Driver, SqliteAdapter, SqliteDialect, type SqliteDialectConfig, SqliteDriver } from "kysely";

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

/** Names the store for dialectOf (lib/db/open.ts), which cannot rely on class identity. */
export const SQLITE_ADAPTER_MARK = "ozg-sqlite";

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  readonly store = SQLITE_ADAPTER_MARK;
  // SQLite's DDL is transactional; Kysely's adapter says otherwise only to be safe.
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class AppSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}
