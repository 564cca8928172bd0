/**
 * Telling other instances that the registry changed (a Stand published, withdrawn, restored):
 * with PostgreSQL a NOTIFY on one channel; each instance LISTENs (listenForRegistryChanges,
 * started in instrumentation.ts), writes Stände it lacks into its data folder and reads the
 * registry again. The embedded SQLite store serves one instance, which invalidates its own view.
 */
import "server-only";
import { sql } from "kysely";
import type { DatabaseConfig } from "../db/config";
import { dialectOf } from "../db/open";
import type { Db } from "../db/schema";
import { noteDataChange } from "../data-changes";

export const REGISTRY_CHANNEL = "ozg_staende";
/** Wait before listening again after the connection to PostgreSQL was lost: 2 s, doubling up to a minute. */
const RECONNECT_MS = 2_000;
const MAX_RECONNECT_MS = 60_000;

export async function notifyRegistryChanged(db: Db): Promise<void> {
  if (dialectOf(db) !== "postgres") return;
  try {
    await sql`select pg_notify(${REGISTRY_CHANNEL}, ${String(process.pid)})`.execute(db);
  } catch (error) {
    // The change itself is committed; the others read it at their next start or notification.
    console.error(`Register: Benachrichtigung der anderen Instanzen fehlgeschlagen (${(error as Error).message})`);
  }
}

/**
 * Listens on its own connection and calls `onChange` for every notification, and once after
 * each (re)connect, since changes may have been missed while disconnected. Returns a stop function.
 */
export function listenForRegistryChanges(config: Extract<DatabaseConfig, { dialect: "postgres" }>, onChange: () => Promise<void>): () => Promise<void> {
  let stopped = false;
  let client: import("pg").Client | null = null;
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  let wait = RECONNECT_MS;
  // One log line per outage, not one per attempt.
  let outage = false;
  const logOutage = (line: string) => {
    if (!outage) console.error(line);
    outage = true;
  };
  // Changes are handled one after the other; a burst collapses into the next run. Once handled,
  // the change counts for the cached pages (lib/data-changes.ts).
  const handle = () => {
    running = running.then(onChange).then(noteDataChange).catch((error: unknown) => console.error(`Register: Abgleich fehlgeschlagen (${(error as Error).message})`));
  };
  const reconnect = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(connect, wait);
    timer.unref();
    wait = Math.min(wait * 2, MAX_RECONNECT_MS);
  };
  async function connect(): Promise<void> {
    const { default: pg } = await import("pg");
    const next = new pg.Client({ connectionString: config.url, connectionTimeoutMillis: 5_000 });
    next.on("notification", handle);
    next.on("error", (error) => {
      logOutage(`Register: Verbindung für Benachrichtigungen unterbrochen (${error.message}); neue Versuche folgen.`);
      next.end().catch(() => undefined);
      if (client === next) client = null;
      reconnect();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${REGISTRY_CHANNEL}`);
    } catch (error) {
      logOutage(`Register: Benachrichtigungen nicht verfügbar (${(error as Error).message}); neue Versuche folgen.`);
      next.end().catch(() => undefined);
      reconnect();
      return;
    }
    if (stopped) {
      await next.end();
      return;
    }
    client = next;
    if (outage) console.log("Register: Benachrichtigungen wieder verbunden.");
    outage = false;
    wait = RECONNECT_MS;
    handle();
  }
  void connect();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await client?.end().catch(() => undefined);
    await running;
  };
}
