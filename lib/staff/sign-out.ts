/**
 * POST /abmelden (the button of the staff navigation): checks Origin, ends the session in the
 * database, removes the cookie and sends the browser to /anmelden?abgemeldet=1 (303). Without a
 * session (already signed out, the area off) it only removes the cookie: signing out never fails.
 */
import "server-only";
import { endSession, SESSION_COOKIE_NAME } from "../auth/sessions";
import { readSessionSecret } from "../auth/session-secret";
import { clearedSessionCookie, isHttpsRequest } from "../auth/session-cookie";
import { htmlAnswer, toResponse } from "../http/answers";
import { SIGNED_OUT_HREF } from "../routes";
import { crossSiteProblem } from "./origin";
import { existingDatabase } from "./database";

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

export async function signOutResponse(request: Request): Promise<Response> {
  const crossSite = crossSiteProblem(request.headers);
  if (crossSite) return toResponse(htmlAnswer(403, "Abgelehnt", [crossSite]));
  const cookie = cookieValue(request.headers.get("cookie"), SESSION_COOKIE_NAME);
  const secret = readSessionSecret();
  if (cookie && secret.ok) {
    try {
      const db = await existingDatabase();
      if (db) await endSession(db, cookie, secret.secret);
    } catch (error) {
      // The cookie goes anyway; the session in the database ends after 8 hours idle.
      console.error(`Abmelden: Datenbank nicht erreichbar (${(error as Error).message})`);
    }
  }
  return new Response(null, {
    status: 303,
    headers: { Location: SIGNED_OUT_HREF, "Set-Cookie": clearedSessionCookie(isHttpsRequest(request.headers)), "Cache-Control": "no-store" },
  });
}
