/**
 * Who calls the staff part of the reuse API (GET /api/nachnutzung, PATCH /api/nachnutzung/ID):
 * an API token (Authorization: Bearer …) of an account with the role redaktion or admin. 401
 * without or with a wrong token, 403 for a request another site made a browser send, 503
 * without database. The database is not created for a request with a token.
 */
import "server-only";
import { type TokenAccount, verifyApiToken } from "../auth/api-tokens";
import type { Db } from "../db/schema";
import { existingDatabase } from "../staff/database";
import { crossSiteProblem } from "../staff/origin";
import { json } from "./json";

export type ReuseCaller = { ok: true; db: Db; account: TokenAccount } | { ok: false; response: Response };

const BEARER_RE = /^Bearer[ ]+([^\s]+)[ ]*$/i;
const ROLES_ALLOWED = ["redaktion", "admin"] as const;

export const REUSE_NO_TOKEN = "Bitte ein API-Token mitschicken: Authorization: Bearer TOKEN (npm run user -- token E-MAIL).";
export const REUSE_BAD_TOKEN = "Das API-Token ist ungültig oder widerrufen.";
export const REUSE_DATABASE_DOWN = "Die Datenbank antwortet nicht; bitte später erneut versuchen.";

function unauthorized(message: string): Response {
  const response = json({ error: message }, 401);
  response.headers.set("WWW-Authenticate", 'Bearer realm="OZG-Nachnutzungsuebersicht"');
  return response;
}

export async function reuseCaller(request: Request): Promise<ReuseCaller> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    const crossSite = crossSiteProblem(request.headers);
    if (crossSite) return { ok: false, response: json({ error: crossSite }, 403) };
  }
  const token = BEARER_RE.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!token) return { ok: false, response: unauthorized(REUSE_NO_TOKEN) };
  let db: Db | null;
  let account: TokenAccount | null;
  try {
    db = await existingDatabase();
    account = db && (await verifyApiToken(db, token));
  } catch (error) {
    console.error(`API: Datenbank nicht erreichbar (${(error as Error).message})`);
    return { ok: false, response: json({ error: REUSE_DATABASE_DOWN }, 503) };
  }
  if (!db || !account) return { ok: false, response: unauthorized(REUSE_BAD_TOKEN) };
  if (!(ROLES_ALLOWED as readonly string[]).includes(account.role)) {
    return { ok: false, response: json({ error: "Ihre Rolle darf Bekundungen nicht bearbeiten." }, 403) };
  }
  return { ok: true, db, account };
}
