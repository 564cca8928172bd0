/**
 * npm run migrate: applies the database migrations that are missing (the app also does this at
 * start). Uses DATABASE_URL (PostgreSQL) or DATA_DIR/app.db (SQLite). Exit code 0 done, 2 when
 * the database cannot be opened or a migration fails.
 */
import { describeDatabase, resolveDatabaseConfig } from "../db/config";
import { DatabaseError } from "../db/errors";
import { migrateToLatest } from "../db/migrate";
import { openDatabase } from "../db/open";
import { EXIT_OK, EXIT_UNREADABLE } from "./args";

async function main(): Promise<number> {
  let config;
  try {
    config = resolveDatabaseConfig();
  } catch (error) {
    console.error((error as Error).message);
    return EXIT_UNREADABLE;
  }
  console.log(`Datenbank: ${describeDatabase(config)}`);
  let db;
  try {
    db = await openDatabase(config);
    const applied = await migrateToLatest(db);
    if (applied.length === 0) console.log("Keine Migration offen: Die Datenbank ist aktuell.");
    for (const name of applied) console.log(`Migration angewendet: ${name}`);
    return EXIT_OK;
  } catch (error) {
    console.error(error instanceof DatabaseError ? error.message : `Die Datenbank ist nicht erreichbar (${(error as Error).message}).`);
    return EXIT_UNREADABLE;
  } finally {
    await db?.destroy();
  }
}

main().then((code) => process.exit(code));
