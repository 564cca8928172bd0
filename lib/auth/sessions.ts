/**
 * Sign-in sessions. The cookie holds a random id and its HMAC-SHA256 with SESSION_SECRET
 * ("<id>.<signature>", both base64url); the database holds only the SHA-256 of the id. A session
 * ends after 8 hours without use (each use extends it) or when its owner signs out.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Db, Role } from "../db/schema";
import { type Clock, systemClock, toIso } from "../db/values";
import { randomSecret, sha256Hex } from "./digest";

export const SESSION_COOKIE_NAME = "sitzung";
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
/** "Last seen" is written at most once a minute per session, not on every request. */
const TOUCH_INTERVAL_MS = 60 * 1000;
const COOKIE_RE = /^([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{43})$/;

export interface SessionAccount {
  accountId: string;
  email: string;
  role: Role;
  /** When the session was created (the sign-in), ISO 8601. */
  signedInAt: string;
}

function sign(id: string, secret: string): string {
  // Domain separation: the same secret may sign other things later.
  return createHmac("sha256", secret).update(`sitzung:${id}`).digest("base64url");
}

/** The session id of a cookie value whose signature is right, else null. Constant-time comparison. */
function verifiedId(cookie: string, secret: string): string | null {
  const m = COOKIE_RE.exec(cookie);
  if (!m) return null;
  const expected = Buffer.from(sign(m[1], secret));
  const given = Buffer.from(m[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? m[1] : null;
}

/** Starts a session for the account; returns the cookie value. */
export async function createSession(db: Db, input: { accountId: string; secret: string }, clock: Clock = systemClock): Promise<string> {
  const id = randomSecret();
  const now = clock();
  await db
    .insertInto("sessions")
    .values({ id_hash: sha256Hex(id), account_id: input.accountId, created_at: now.toISOString(), last_seen_at: now.toISOString() })
    .execute();
  // Sessions nobody ends by signing out would otherwise stay for ever.
  await db.deleteFrom("sessions").where("last_seen_at", "<", new Date(now.getTime() - SESSION_IDLE_MS).toISOString()).execute();
  return `${id}.${sign(id, input.secret)}`;
}

/** The signed-in account of a cookie value, or null (bad signature, unknown, expired); extends the session. */
export async function verifySession(db: Db, cookie: string | undefined, secret: string, clock: Clock = systemClock): Promise<SessionAccount | null> {
  const id = cookie ? verifiedId(cookie, secret) : null;
  if (!id) return null;
  const idHash = sha256Hex(id);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("accounts", "accounts.id", "sessions.account_id")
    .select(["sessions.created_at", "sessions.last_seen_at", "accounts.id as accountId", "accounts.email", "accounts.role"])
    .where("sessions.id_hash", "=", idHash)
    .executeTakeFirst();
  if (!row) return null;
  const now = clock().getTime();
  const lastSeen = Date.parse(toIso(row.last_seen_at));
  if (now - lastSeen >= SESSION_IDLE_MS) {
    await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
    return null;
  }
  if (now - lastSeen >= TOUCH_INTERVAL_MS) {
    await db.updateTable("sessions").set({ last_seen_at: new Date(now).toISOString() }).where("id_hash", "=", idHash).execute();
  }
  return { accountId: row.accountId, email: row.email, role: row.role, signedInAt: toIso(row.created_at) };
}

/** Signs out: the session is deleted, the cookie worthless. Returns false when there was none. */
export async function endSession(db: Db, cookie: string | undefined, secret: string): Promise<boolean> {
  const id = cookie ? verifiedId(cookie, secret) : null;
  if (!id) return false;
  const result = await db.deleteFrom("sessions").where("id_hash", "=", sha256Hex(id)).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Ends every session of an account (after a password reset or a role change by an admin). */
export async function endAllSessions(db: Db, accountId: string): Promise<number> {
  const result = await db.deleteFrom("sessions").where("account_id", "=", accountId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
