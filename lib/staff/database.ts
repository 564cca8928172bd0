/** The database for the staff area and the staff API, without creating one where none is needed. */
import "server-only";
import { existsSync } from "node:fs";
import { resolveDatabaseConfig } from "../db/config";
import { getDatabase } from "../db/database";
import type { Db } from "../db/schema";

/**
 * The database, or null while the embedded one does not exist: then no account and no token can
 * exist either, and a request with a token is answered without creating DATA_DIR/app.db.
 */
export async function existingDatabase(): Promise<Db | null> {
  const config = resolveDatabaseConfig();
  if (config.dialect === "sqlite" && !existsSync(config.file)) return null;
  return getDatabase(config);
}
