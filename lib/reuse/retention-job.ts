/**
 * The retention job (lib/reuse/retention.ts) in a running server: once at start and then every
 * 24 hours, started from instrumentation.ts. It never stops or crashes the server: without a
 * database (no DATA_DIR/app.db yet: nothing to delete) it does nothing, a wrong DATABASE_URL or
 * an unreachable database is logged and tried again next time. The log names counts, never people.
 * With several instances each runs it; a second run finds nothing left to do. Public pages see
 * the change within the snapshot's 5 seconds (lib/reuse/public.ts).
 */
import { existsSync } from "node:fs";
import { type Env, resolveDatabaseConfig } from "../db/config";
import type { Db } from "../db/schema";
import { applyRetention } from "./retention";
import { processShared } from "../process-shared";

export const RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000;

export type RetentionRun = "skipped" | "done" | "failed";

/** One run: skipped without a database, else the retention applied; failures logged, never thrown. */
export async function runRetention(env: Env = process.env, open?: (config: ReturnType<typeof resolveDatabaseConfig>) => Promise<Db>): Promise<RetentionRun> {
  try {
    const config = resolveDatabaseConfig(env);
    if (config.dialect === "sqlite" && !existsSync(config.file)) return "skipped";
    const db = await (open ?? (async (c) => (await import("../db/database")).getDatabase(c)))(config);
    const result = await applyRetention(db);
    const total = result.anonymised + result.unconfirmedDeleted + result.replacedDeleted;
    if (total > 0) {
      console.log(
        `Nachnutzung, Löschfristen: Kontaktdaten von ${result.anonymised} Bekundungen gelöscht, ${result.unconfirmedDeleted} unbestätigte und ${result.replacedDeleted} ersetzte Bekundungen entfernt.`,
      );
    }
    return "done";
  } catch (error) {
    console.error(`Nachnutzung, Löschfristen: nicht ausgeführt (${(error as Error).message}); nächster Versuch beim nächsten Lauf.`);
    return "failed";
  }
}

/** Starts the job once per process: now, then daily; the timer does not keep the process alive. */
export function startRetentionJob(env: Env = process.env): void {
  const job = processShared("retention-job", () => ({ started: false }));
  if (job.started) return;
  job.started = true;
  void runRetention(env);
  setInterval(() => void runRetention(env), RETENTION_INTERVAL_MS).unref();
}
