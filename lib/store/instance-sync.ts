/**
 * Started once per server (instrumentation.ts) when the store is PostgreSQL: the Stände on
 * record are written into this instance's data folder, and every change another instance
 * announces is followed within moments (registry-events.ts). Public pages keep answering from
 * memory while PostgreSQL is away; the listener reconnects by itself.
 */
import "server-only";
import { resolveDatabaseConfig } from "../db/config";
import { getDatabase } from "../db/database";
import { dataDir } from "./data-dir";
import { listenForRegistryChanges } from "./registry-events";
import { syncStaendeFromDatabase } from "./registry-sync";
import { invalidateRegistry } from "./registry-view";

/** How long the start waits for the first sync before serving what the data folder has. */
const FIRST_SYNC_WAIT_MS = 10_000;

export async function startInstanceSync(): Promise<void> {
  let config;
  try {
    config = resolveDatabaseConfig();
  } catch {
    return;
  }
  if (config.dialect !== "postgres") return;
  const root = dataDir();
  const follow = async () => {
    const written = await syncStaendeFromDatabase(await getDatabase(), root);
    if (written.length > 0) console.log(`Stände aus der Datenbank übernommen: ${written.join(", ")}`);
    invalidateRegistry();
  };
  const first = follow().catch((error: unknown) => console.error(`Stände: erster Abgleich mit der Datenbank fehlgeschlagen (${(error as Error).message})`));
  await Promise.race([first, new Promise((resolve) => setTimeout(resolve, FIRST_SYNC_WAIT_MS).unref())]);
  listenForRegistryChanges(config, follow);
}
