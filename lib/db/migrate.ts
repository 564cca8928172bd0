/** Applies the migrations in lib/db/migrations.ts that the database does not have yet. */
import { type MigrationResult, Migrator, sql } from "kysely";
import { DatabaseError } from "./errors";
import { MIGRATIONS } from "./migrations";
import { dialectOf } from "./open";
import type { Db } from "./schema";

/**
 * Kysely looks for its migration tables in every schema it can see; with several schemas on one
 * server (instances, tests) it must look in the one this connection works in.
 */
async function migrator(db: Db): Promise<Migrator> {
  let schema: string | undefined;
  if (dialectOf(db as never) === "postgres") {
    try {
      schema = (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new DatabaseError(`Die Migrationen können nicht angewendet werden (${reason}).`, { cause: error });
    }
  }
  return new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, migrationTableSchema: schema });
}

/** Brings the schema up to date; returns the names of the migrations applied now (none when current). */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const { error, results = [] } = await (await migrator(db)).migrateToLatest();
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
