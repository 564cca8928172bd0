/** Applies the migrations in lib/db/migrations.ts that the database does not have yet. */
import { type Kysely, type MigrationResult, type MigrationResultSet, Migrator, sql } from "kysely";
import { DatabaseError } from "./errors";
import { MIGRATIONS } from "./migrations";
import { dialectOf } from "./open";
import type { Db } from "./schema";

/**
 * In PostgreSQL the migrator is told its schema (the connection's current one): without it Kysely
 * takes migration tables of any schema of the database for its own, and a second app (or test) in
 * another schema of the same database would skip creating them.
 */
async function migrator(db: Db): Promise<Migrator> {
  const schema =
    dialectOf(db as unknown as Kysely<unknown>) === "postgres" ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema : undefined;
  return new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, ...(schema ? { migrationTableSchema: schema } : {}) });
}

const CATALOG_RACE_ATTEMPTS = 5;

/** PostgreSQL: a schema or table vanished while the catalog was read (invalid_schema_name, undefined_table). */
function isCatalogRace(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "3F000" || code === "42P01";
}

/**
 * Kysely reads the catalog of the whole database to find its tables; another schema dropped at
 * that moment (by another app or test) fails that read, and nothing was applied: try again.
 */
async function retryCatalogRace<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= CATALOG_RACE_ATTEMPTS || !isCatalogRace(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/** Brings the schema up to date; returns the names of the migrations applied now (none when current). */
export async function migrateToLatest(db: Db): Promise<string[]> {
  let outcome: MigrationResultSet;
  try {
    outcome = await retryCatalogRace(async () => {
      const result = await (await migrator(db)).migrateToLatest();
      if (isCatalogRace(result.error)) throw result.error;
      return result;
    });
  } catch (error) {
    // Also an unreachable database: reported like the migrator's own errors.
    outcome = { error };
  }
  const { error, results = [] } = outcome;
  if (error) {
    const failed = results.find((r: MigrationResult) => r.status === "Error")?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseError(
      failed
        ? `Die Migration ${failed} ist fehlgeschlagen (${reason}); die Datenbank bleibt auf dem vorigen Stand.`
        : `Die Migrationen können nicht angewendet werden (${reason}).`,
      { cause: error },
    );
  }
  return results.filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** The names of the migrations the database does not have yet. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const migrations = await retryCatalogRace(async () => (await migrator(db)).getMigrations());
  return migrations.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
