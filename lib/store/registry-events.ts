/**
 * Telling other instances that the registry changed (a Stand published, withdrawn, restored):
 * with PostgreSQL a NOTIFY on one channel; each instance LISTENs (listenForRegistryChanges,
 * started in instrumentation.ts) and reads the registry again. The embedded SQLite store serves
 * one instance, which invalidates its own view directly.
 */
import "server-only";
import { sql } from "kysely";
import { dialectOf } from "../db/open";
import type { Db } from "../db/schema";

export const REGISTRY_CHANNEL = "ozg_staende";

export async function notifyRegistryChanged(db: Db): Promise<void> {
  if (dialectOf(db) !== "postgres") return;
  try {
    await sql`select pg_notify(${REGISTRY_CHANNEL}, ${String(process.pid)})`.execute(db);
  } catch (error) {
    // The change itself is committed; the others read it at their next change of files or start.
    console.error(`Register: Benachrichtigung der anderen Instanzen fehlgeschlagen (${(error as Error).message})`);
  }
}
