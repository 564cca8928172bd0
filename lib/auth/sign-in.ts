/**
 * Signing in with e-mail address and password: throttle, password check, session, record.
 * The answer never tells whether an address has an account (same message, same time).
 */
import type { Db } from "../db/schema";
import { type Clock, systemClock } from "../db/values";
import { appendRecord } from "../record/record";
import { findAccountForSignIn, normalizeEmail, storeRehashedPassword } from "./accounts";
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from "./password";
import { type SessionAccount, createSession } from "./sessions";
import { checkThrottle, clearFailedAttempts, recordFailedAttempt } from "./throttle";

export const WRONG_CREDENTIALS_MESSAGE = "E-Mail-Adresse oder Passwort ist falsch.";

/** Who signs in in the record when the address belongs to no account (what was typed is not kept). */
export const UNKNOWN_ACTOR = "unbekannt";

export type SignInResult =
  | { ok: true; cookie: string; account: SessionAccount }
  | { ok: false; reason: "invalid"; message: string }
  /** Refused without checking the password; answer 429 with Retry-After: retryAfterSeconds. */
  | { ok: false; reason: "throttled"; retryAfterSeconds: number; message: string };

export interface SignInInput {
  email: string;
  password: string;
  /** The client address, for the per-address throttle. */
  address?: string;
  /** SESSION_SECRET (see readSessionSecret). */
  secret: string;
}

export function throttledMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in ${minutes} ${minutes === 1 ? "Minute" : "Minuten"} erneut.`;
}

export async function signIn(db: Db, input: SignInInput, clock: Clock = systemClock): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const key = { email, address: input.address };
  const throttle = await checkThrottle(db, key, clock);
  // A refused attempt is not recorded one by one: a flood of them would fill the append-only record.
  if (!throttle.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: throttle.retryAfterSeconds, message: throttledMessage(throttle.retryAfterSeconds) };

  const account = email ? await findAccountForSignIn(db, email) : undefined;
  const valid = account ? await verifyPassword(input.password, account.passwordHash) : await verifyAgainstDummy(input.password);
  if (!account || !valid) {
    await recordFailedAttempt(db, key, clock);
    await appendRecord(
      db,
      account
        ? { actor: account.email, action: "anmeldung-fehlgeschlagen", details: { email: account.email, reason: "falsches-passwort" } }
        : { actor: UNKNOWN_ACTOR, action: "anmeldung-fehlgeschlagen", details: { reason: "unbekanntes-konto" } },
      clock,
    );
    return { ok: false, reason: "invalid", message: WRONG_CREDENTIALS_MESSAGE };
  }

  if (needsRehash(account.passwordHash)) await storeRehashedPassword(db, account.id, await hashPassword(input.password));
  await clearFailedAttempts(db, email);
  const cookie = await createSession(db, { accountId: account.id, secret: input.secret }, clock);
  await appendRecord(db, { actor: account.email, action: "anmeldung", details: { email: account.email, role: account.role } }, clock);
  return { ok: true, cookie, account: { accountId: account.id, email: account.email, role: account.role, signedInAt: clock().toISOString() } };
}
