/**
 * Who is signed in to the staff area (/verwaltung…): the area must be on (SESSION_SECRET and an
 * account, lib/auth/staff-area.ts) and the session cookie valid (lib/auth/sessions.ts). Every
 * staff page, route handler and server action calls this itself, on every request: the proxy
 * does not decide who may see a staff page.
 */
import "server-only";
import { cookies } from "next/headers";
import { SESSION_COOKIE_NAME, type SessionAccount, verifySession } from "../auth/sessions";
import { readSessionSecret } from "../auth/session-secret";
import { DATABASE_UNAVAILABLE_REASON, NO_ACCOUNT_REASON, staffAreaStatus } from "../auth/staff-area";
import type { Db, Role } from "../db/schema";
import { existingDatabase } from "./database";

export type StaffAccess =
  | { ok: true; account: SessionAccount; db: Db; secret: string }
  | { ok: false; kind: "off"; reason: string }
  | { ok: false; kind: "signed-out" }
  | { ok: false; kind: "forbidden"; reason: string };

export const ADMIN_ONLY_REASON = "Diese Seite ist Konten mit der Rolle „admin“ vorbehalten.";

export async function staffAccess(): Promise<StaffAccess> {
  // Without a secret nothing else matters (and the database is not opened): say that first.
  const secret = readSessionSecret();
  if (!secret.ok) return { ok: false, kind: "off", reason: secret.reason };
  let db: Db | null;
  try {
    db = await existingDatabase();
  } catch (error) {
    console.error(`Verwaltungsbereich: Datenbank nicht erreichbar (${(error as Error).message})`);
    return { ok: false, kind: "off", reason: DATABASE_UNAVAILABLE_REASON };
  }
  if (!db) return { ok: false, kind: "off", reason: NO_ACCOUNT_REASON };
  const database = db;
  const status = await staffAreaStatus(async () => database);
  if (!status.on) return { ok: false, kind: "off", reason: status.reason };
  const cookie = (await cookies()).get(SESSION_COOKIE_NAME)?.value;
  let account: SessionAccount | null;
  try {
    account = await verifySession(database, cookie, status.secret);
  } catch (error) {
    console.error(`Verwaltungsbereich: Datenbank nicht erreichbar (${(error as Error).message})`);
    return { ok: false, kind: "off", reason: DATABASE_UNAVAILABLE_REASON };
  }
  return account ? { ok: true, account, db: database, secret: status.secret } : { ok: false, kind: "signed-out" };
}

/** staffAccess, and the account must have one of `roles`. */
export async function staffAccessFor(roles: readonly Role[]): Promise<StaffAccess> {
  const access = await staffAccess();
  if (access.ok && !roles.includes(access.account.role)) return { ok: false, kind: "forbidden", reason: ADMIN_ONLY_REASON };
  return access;
}
