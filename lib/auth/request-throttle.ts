/**
 * A throttle for public forms (reuse declarations): at most `max` requests per key (a client
 * address, or one key for everybody) within `windowMs`. Kept in the database like the sign-in
 * throttle (lib/auth/throttle.ts), so that it holds across instances; the keys are stored only
 * as SHA-256. A refused request is not counted, so waiting ends when the window has passed.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../db/schema";
import { type Clock, systemClock, toIso } from "../db/values";
import { sha256Hex } from "./digest";

export interface RequestLimit {
  /** What is counted, e.g. "nachnutzung-adresse". */
  scope: string;
  max: number;
  windowMs: number;
}

export type LimitOutcome = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Seconds until a request under `limit` for `key` would be allowed again, or 0. */
async function waitFor(db: Db, limit: RequestLimit, keyHash: string, now: number): Promise<number> {
  const rows = await db
    .selectFrom("request_events")
    .select("at")
    .where("scope", "=", limit.scope)
    .where("key_hash", "=", keyHash)
    .where("at", ">", new Date(now - limit.windowMs).toISOString())
    .orderBy("at", "desc")
    .limit(limit.max)
    .execute();
  if (rows.length < limit.max) return 0;
  const freedAt = Date.parse(toIso(rows[limit.max - 1].at)) + limit.windowMs;
  return Math.max(1, Math.ceil((freedAt - now) / 1000));
}

/**
 * Checks every limit for its key; when all allow, the request is counted under each of them.
 * Limits without a key (no client address known) are skipped.
 */
export async function takeRequest(db: Db, checks: readonly { limit: RequestLimit; key: string | undefined }[], clock: Clock = systemClock): Promise<LimitOutcome> {
  const now = clock().getTime();
  const keyed = checks.filter((c): c is { limit: RequestLimit; key: string } => c.key !== undefined && c.key !== "");
  const waits = await Promise.all(keyed.map((c) => waitFor(db, c.limit, sha256Hex(c.key), now)));
  const retryAfterSeconds = Math.max(0, ...waits);
  if (retryAfterSeconds > 0) return { allowed: false, retryAfterSeconds };
  const at = new Date(now).toISOString();
  for (const c of keyed) {
    await db.insertInto("request_events").values({ id: randomUUID(), scope: c.limit.scope, key_hash: sha256Hex(c.key), at }).execute();
  }
  // Events older than their scope's window no longer count; forget them.
  for (const c of keyed) {
    await db.deleteFrom("request_events").where("scope", "=", c.limit.scope).where("at", "<=", new Date(now - c.limit.windowMs).toISOString()).execute();
  }
  return { allowed: true };
}

/** „Bitte versuchen Sie es in 3 Minuten erneut.“ */
export function retryText(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Bitte versuchen Sie es in ${minutes} ${minutes === 1 ? "Minute" : "Minuten"} erneut.`;
}
