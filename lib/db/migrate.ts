/** Applies the migrations in lib/db/migrations.ts that the database does not have yet. */
import { type Kysely, type MigrationResult, Migrator, sql } from "kysely";
import { DatabaseError } from "./errors";
import { MIGRATIONS } from "./migrations";
import { dialectOf } from "./open";
import type { Db } from "./schema";

/**
 * The migrator, keeping its own tables in the connection's schema. Without naming it, Kysely
 * looks for them in every schema of the database, and takes another schema's (another test run
 * on a shared PostgreSQL) for its own.
 */
async function migrator(db: Db): Promise<Migrator> {
  const schema = dialectOf(db as unknown as Kysely<unknown>) === "postgres" ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema : undefined;
  return new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, ...(schema ? { migrationTableSchema: schema } : {}) });
}

/** Brings the schema up to date; returns the names of the migrations applied now (none when current). */
export async function migrateToLatest(db: Db): Promise<string[]> {
  let outcome: Awaited<ReturnType<Migrator["migrateToLatest"]>>;
  try {
    outcome = await (await migrator(db)).migrateToLatest();
  } catch (error) {
    // Asking for the schema failed before the migrator ran (the database is unreachable): the same message.
    outcome = { error, results: [] };
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
  const migrations = await (await migrator(db)).getMigrations();
  return migrations.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
