/** Whether the staff area (/anmelden, /verwaltung) is on, and if not, why, in plain German for the page. */
import type { Env } from "../db/config";
import type { Db } from "../db/schema";
import { countAccounts } from "./accounts";
import { readSessionSecret } from "./session-secret";

export type StaffAreaStatus = { on: true; secret: string } | { on: false; reason: string };

export const NO_ACCOUNT_REASON =
  "Der Verwaltungsbereich ist ausgeschaltet: Es gibt noch kein Konto. Das erste Konto legt der Betrieb auf dem Server an: npm run user -- add E-MAIL --role admin";
export const DATABASE_UNAVAILABLE_REASON = "Der Verwaltungsbereich ist vorübergehend nicht erreichbar: Die Datenbank antwortet nicht.";

/**
 * On when SESSION_SECRET is set and long enough AND at least one account exists. `db` is a
 * function so that without a secret the database is not even opened.
 */
export async function staffAreaStatus(db: () => Promise<Db>, env: Env = process.env): Promise<StaffAreaStatus> {
  const secret = readSessionSecret(env);
  if (!secret.ok) return { on: false, reason: secret.reason };
  let accounts: number;
  try {
    accounts = await countAccounts(await db());
  } catch (error) {
    console.error(`Verwaltungsbereich: Datenbank nicht erreichbar (${(error as Error).message})`);
    return { on: false, reason: DATABASE_UNAVAILABLE_REASON };
  }
  if (accounts === 0) return { on: false, reason: NO_ACCOUNT_REASON };
  return { on: true, secret: secret.secret };
}
