/**
 * What the sign-in form of /anmelden does (app/anmelden/actions.ts): checks Origin and that the
 * staff area is on, signs in (lib/auth/sign-in.ts: throttle, password, session, record), sets the
 * session cookie. The form shows the returned message; the e-mail address stays in its field,
 * the password never comes back. A throttled attempt answers 429 with Retry-After, also when
 * the answer is the rendered page (a browser without JavaScript).
 */
import "server-only";
import { cookies } from "next/headers";
import { SESSION_COOKIE_NAME } from "../auth/sessions";
import { isHttpsRequest, sessionCookieOptions } from "../auth/session-cookie";
import { signIn } from "../auth/sign-in";
import { signInTarget } from "../auth/sign-in-target";
import { DATABASE_UNAVAILABLE_REASON, NO_ACCOUNT_REASON, staffAreaStatus } from "../auth/staff-area";
import type { HeaderSource } from "../http/base-url";
import { overrideResponse } from "../http/response-override";
import { clientAddress } from "./client-address";
import { existingDatabase } from "./database";
import { crossSiteProblem } from "./origin";
import type { Db } from "../db/schema";

type FormLike = { get(name: string): unknown };
const text = (form: FormLike, name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string) : "");

/** E-mail addresses are at most 254 characters; a longer field is cut, not stored. */
const MAX_FIELD = 1024;

export interface SignInFormState {
  email: string;
  message?: string;
  /** "throttled": the message says how long to wait. */
  kind?: "invalid" | "throttled" | "refused";
}

/** Where to go after a sign-in: the checked `weiter`, or null when the attempt failed (see the state). */
export type SignInOutcome = { ok: true; target: string } | { ok: false; state: SignInFormState };

export async function signInFromForm(form: FormLike, headers: HeaderSource): Promise<SignInOutcome> {
  const email = text(form, "email").slice(0, MAX_FIELD).trim();
  const password = text(form, "password").slice(0, MAX_FIELD);
  const crossSite = crossSiteProblem(headers);
  if (crossSite) {
    overrideResponse(403);
    return { ok: false, state: { email, message: crossSite, kind: "refused" } };
  }
  let db: Db | null;
  try {
    db = await existingDatabase();
  } catch (error) {
    console.error(`Anmelden: Datenbank nicht erreichbar (${(error as Error).message})`);
    overrideResponse(503);
    return { ok: false, state: { email, message: DATABASE_UNAVAILABLE_REASON, kind: "refused" } };
  }
  if (!db) return { ok: false, state: { email, message: NO_ACCOUNT_REASON, kind: "refused" } };
  const database = db;
  const status = await staffAreaStatus(async () => database);
  if (!status.on) return { ok: false, state: { email, message: status.reason, kind: "refused" } };
  if (!email || !password) return { ok: false, state: { email, message: "Bitte geben Sie E-Mail-Adresse und Passwort ein.", kind: "invalid" } };

  let result: Awaited<ReturnType<typeof signIn>>;
  try {
    result = await signIn(database, { email, password, address: clientAddress(headers), secret: status.secret });
  } catch (error) {
    console.error(`Anmelden: Datenbank nicht erreichbar (${(error as Error).message})`);
    overrideResponse(503);
    return { ok: false, state: { email, message: DATABASE_UNAVAILABLE_REASON, kind: "refused" } };
  }
  if (!result.ok) {
    if (result.reason === "throttled") {
      overrideResponse(429, { "Retry-After": String(result.retryAfterSeconds) });
      return { ok: false, state: { email, message: result.message, kind: "throttled" } };
    }
    return { ok: false, state: { email, message: result.message, kind: "invalid" } };
  }
  (await cookies()).set(SESSION_COOKIE_NAME, result.cookie, sessionCookieOptions(isHttpsRequest(headers)));
  return { ok: true, target: signInTarget(text(form, "weiter")) };
}
