/**
 * Who calls a staff route of the API (the reuse routes, GET /api/protokoll, publishing): an API
 * token (Authorization: Bearer …) of an account with one of the route's roles. 401 without or
 * with a wrong token (WWW-Authenticate), 403 for a request another site made a browser send or a
 * role that may not, 503 without database. The database is not created for a request with a token.
 */
import "server-only";
import { type TokenAccount, verifyApiToken } from "../auth/api-tokens";
import type { Db, Role } from "../db/schema";
import { existingDatabase } from "../staff/database";
import { crossSiteProblem } from "../staff/origin";
import { json } from "./json";

export type StaffCaller = { ok: true; db: Db; account: TokenAccount } | { ok: false; response: Response };

const BEARER_RE = /^Bearer[ ]+([^\s]+)[ ]*$/i;

export const NO_TOKEN_MESSAGE = "Bitte ein API-Token mitschicken: Authorization: Bearer TOKEN (npm run user -- token E-MAIL).";
export const BAD_TOKEN_MESSAGE = "Das API-Token ist ungültig oder widerrufen.";
export const DATABASE_DOWN_MESSAGE = "Die Datenbank antwortet nicht; bitte später erneut versuchen.";

export interface StaffCallerOptions {
  roles: readonly Role[];
  /** German answer (403) for an account whose role may not. */
  forbidden: string;
  /** Also refuse a GET that another site made a browser send (default: only writes are checked). */
  refuseCrossSiteReads?: boolean;
}

function unauthorized(message: string): Response {
  const response = json({ error: message }, 401);
  response.headers.set("WWW-Authenticate", 'Bearer realm="OZG-Nachnutzungsuebersicht"');
  return response;
}

export async function staffCaller(request: Request, options: StaffCallerOptions): Promise<StaffCaller> {
  const read = request.method === "GET" || request.method === "HEAD";
  if (!read || options.refuseCrossSiteReads) {
    const crossSite = crossSiteProblem(request.headers);
    if (crossSite) return { ok: false, response: json({ error: crossSite }, 403) };
  }
  const token = BEARER_RE.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!token) return { ok: false, response: unauthorized(NO_TOKEN_MESSAGE) };
  let db: Db | null;
  let account: TokenAccount | null;
  try {
    db = await existingDatabase();
    account = db && (await verifyApiToken(db, token));
  } catch (error) {
    console.error(`API: Datenbank nicht erreichbar (${(error as Error).message})`);
    return { ok: false, response: json({ error: DATABASE_DOWN_MESSAGE }, 503) };
  }
  if (!db || !account) return { ok: false, response: unauthorized(BAD_TOKEN_MESSAGE) };
  if (!options.roles.includes(account.role)) return { ok: false, response: json({ error: options.forbidden }, 403) };
  return { ok: true, db, account };
}
