/** SESSION_SECRET signs the session cookies; without a good one the staff area stays off. */
import type { Env } from "../db/config";

export const MIN_SESSION_SECRET_LENGTH = 32;

export type SessionSecretResult = { ok: true; secret: string } | { ok: false; reason: string };

export function readSessionSecret(env: Env = process.env): SessionSecretResult {
  const secret = env.SESSION_SECRET;
  if (!secret) {
    return { ok: false, reason: "Der Verwaltungsbereich ist ausgeschaltet: Die Umgebungsvariable SESSION_SECRET ist nicht gesetzt." };
  }
  if ([...secret].length < MIN_SESSION_SECRET_LENGTH) {
    return {
      ok: false,
      reason: `Der Verwaltungsbereich ist ausgeschaltet: SESSION_SECRET ist zu kurz (mindestens ${MIN_SESSION_SECRET_LENGTH} Zeichen, zum Beispiel aus „openssl rand -base64 48“).`,
    };
  }
  return { ok: true, secret };
}
