/**
 * What public pages and answers show of reuse: the statistics per service and the calls, read
 * from the database into memory (lib/db/snapshot.ts). A public request does not query the
 * database: the snapshot is read again at most every 5 seconds, and at once after this process
 * wrote a declaration, a status or a call (invalidateReusePublic). Another instance's change is
 * seen within those 5 seconds. Without a database (no DATA_DIR/app.db yet) it is empty; when the
 * database fails it keeps the last value, and before any value it is empty (said in the log once
 * a minute): a public page never fails because of it.
 */
import "server-only";
import { createHash } from "node:crypto";
import { databaseSnapshot } from "../db/snapshot";
import type { Db } from "../db/schema";
import { dataDir } from "../store/data-dir";
import type { ReuseCall } from "./call-state";
import { listCalls } from "./calls";
import { publicDeclarationRows } from "./declarations";
import { NO_REUSE, type ServiceReuse, reuseStatistics } from "./statistics";

export interface ReusePublic {
  stats: ReadonlyMap<string, ServiceReuse>;
  calls: readonly ReuseCall[];
  /** Identity of the content (cached facet codes follow it). */
  version: string;
  /** Identity of the calls alone (the calendar's ETag follows it). */
  callsVersion: string;
  /** Last change of a call (ms), for Last-Modified; 0 without calls. */
  callsModifiedMs: number;
}

export const EMPTY_REUSE: ReusePublic = { stats: new Map(), calls: [], version: "leer", callsVersion: "leer", callsModifiedMs: 0 };

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("base64url").slice(0, 22);

async function load(db: Db): Promise<ReusePublic> {
  const [rows, calls] = await Promise.all([publicDeclarationRows(db), listCalls(db)]);
  const stats = reuseStatistics(rows);
  const version = digest([[...stats].sort(([a], [b]) => (a < b ? -1 : 1)), calls]);
  const callsModifiedMs = Math.max(0, ...calls.map((c) => Date.parse(c.updatedAt)));
  return { stats, calls, version, callsVersion: digest(calls), callsModifiedMs };
}

const snapshot = databaseSnapshot<ReusePublic>({ key: "nachnutzung", load, empty: EMPTY_REUSE });

let warnedAt = -Infinity;

/**
 * The public reuse picture of the configured data folder. Never throws; after a failed read the
 * snapshot answers at once for 5 seconds, so no request waits for a database that is down.
 */
export async function getReusePublic(): Promise<ReusePublic> {
  try {
    return await snapshot.read(dataDir());
  } catch (error) {
    if (Date.now() - warnedAt > 60_000) {
      warnedAt = Date.now();
      console.error(`Nachnutzung: Datenbank nicht erreichbar (${(error as Error).message}); öffentliche Seiten zeigen vorerst keine Bekundungen.`);
    }
    return EMPTY_REUSE;
  }
}

/** After a change by this process: the next public read loads again. */
export function invalidateReusePublic(): void {
  snapshot.invalidate();
}

/** A service's statistics (zeros when nobody declared). */
export function serviceReuse(reuse: ReusePublic, ozgId: string): ServiceReuse {
  return reuse.stats.get(ozgId) ?? NO_REUSE;
}
