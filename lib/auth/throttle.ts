/**
 * Sign-in throttle: after 5 failed attempts for one e-mail address or from one client address
 * within 15 minutes, every further attempt (also with the right password) is refused until the
 * oldest of those failures is 15 minutes old. Kept in the database, so it holds across instances.
 * Refused attempts are not counted, so the lock ends 15 minutes after the failures, not later.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../db/schema";
import { type Clock, systemClock, toIso } from "../db/values";
import { normalizeEmail } from "./accounts";
import { sha256Hex } from "./digest";

export const MAX_FAILED_ATTEMPTS = 5;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

export type ThrottleResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface AttemptKey {
  email?: string;
  /** The client address (as the server sees it, or from a trusted proxy header). */
  address?: string;
}

// Users sometimes type their password into the e-mail field: keep only a digest of it.
const emailKey = (email: string) => sha256Hex(normalizeEmail(email));

/** Seconds until fewer than MAX_FAILED_ATTEMPTS failures remain in the window, or 0. */
async function waitFor(db: Db, column: "email_hash" | "address", value: string, now: number): Promise<number> {
  const since = new Date(now - THROTTLE_WINDOW_MS).toISOString();
  const rows = await db
    .selectFrom("login_attempts")
    .select("at")
    .where(column, "=", value)
    .where("at", ">", since)
    .orderBy("at", "desc")
    .limit(MAX_FAILED_ATTEMPTS)
    .execute();
  if (rows.length < MAX_FAILED_ATTEMPTS) return 0;
  // The fifth newest failure is the one whose expiry brings the count below the limit.
  const freedAt = Date.parse(toIso(rows[MAX_FAILED_ATTEMPTS - 1].at)) + THROTTLE_WINDOW_MS;
  return Math.max(1, Math.ceil((freedAt - now) / 1000));
}

/** Whether a sign-in attempt may be checked at all; if not, the seconds to wait (Retry-After). */
export async function checkThrottle(db: Db, key: AttemptKey, clock: Clock = systemClock): Promise<ThrottleResult> {
  const now = clock().getTime();
  const waits = await Promise.all([
    key.email ? waitFor(db, "email_hash", emailKey(key.email), now) : 0,
    key.address ? waitFor(db, "address", key.address, now) : 0,
  ]);
  const retryAfterSeconds = Math.max(...waits);
  return retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds } : { allowed: true };
}

/** Notes a failed attempt; forgets failures older than the window (they no longer count). */
export async function recordFailedAttempt(db: Db, key: AttemptKey, clock: Clock = systemClock): Promise<void> {
  const now = clock();
  await db
    .insertInto("login_attempts")
    .values({ id: randomUUID(), at: now.toISOString(), email_hash: key.email ? emailKey(key.email) : null, address: key.address ?? null })
    .execute();
  await db.deleteFrom("login_attempts").where("at", "<=", new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString()).execute();
}

/** After a successful sign-in, the account's own failures no longer count (the address's still do). */
export async function clearFailedAttempts(db: Db, email: string): Promise<void> {
  await db.deleteFrom("login_attempts").where("email_hash", "=", emailKey(email)).execute();
}
