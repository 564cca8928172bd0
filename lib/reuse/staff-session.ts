/**
 * Who is signed in for the reuse pages of the staff area (/verwaltung/nachnutzung…): the area
 * must be on (SESSION_SECRET and an account, lib/auth/staff-area.ts) and the session cookie
 * valid (lib/auth/sessions.ts). These pages check it themselves, so they work inside whatever
 * layout the staff area gives them. Both roles (redaktion, admin) follow reuse.
 */
import "server-only";
import { cookies } from "next/headers";
import { SESSION_COOKIE_NAME, type SessionAccount, verifySession } from "../auth/sessions";
import { DATABASE_UNAVAILABLE_REASON, NO_ACCOUNT_REASON, staffAreaStatus } from "../auth/staff-area";
import type { Db } from "../db/schema";
import { existingDatabase } from "../staff/database";

export type StaffAccess = { ok: true; account: SessionAccount; db: Db } | { ok: false; kind: "off"; reason: string } | { ok: false; kind: "signed-out" };

export async function staffAccess(): Promise<StaffAccess> {
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
  const account = await verifySession(database, cookie, status.secret);
  return account ? { ok: true, account, db: database } : { ok: false, kind: "signed-out" };
}
