/**
 * The browser tests of the staff area run against an extra server of the same build on a fresh
 * data folder with accounts (PORT + 3; e2e/fixtures/prepare-staff-data.mjs). The prepare step
 * writes what the tests need to act as each account: its password, an API token and a signed-in
 * session cookie (STAFF_DATA_DIR/e2e-credentials.json). The main server (PORT) has no
 * SESSION_SECRET: there the staff area is off.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const STAFF_PORT = E2E_PORT + 3;
export const STAFF_BASE_URL = `http://127.0.0.1:${STAFF_PORT}`;
export const STAFF_DATA_DIR = path.resolve(__dirname, "../.e2e-data/staff");
export const STAFF_SESSION_SECRET = "e2e-verwaltung-sitzungsschluessel-0123456789abc";
/** The accounts the prepare step creates; "drossel" is only for the sign-in throttle test. */
export const STAFF_ACCOUNTS = {
  admin: { email: "admin@e2e.example", role: "admin" },
  redaktion: { email: "redaktion@e2e.example", role: "redaktion" },
  drossel: { email: "drossel@e2e.example", role: "redaktion" },
  anmeldung: { email: "anmeldung@e2e.example", role: "redaktion" },
} as const;
export type StaffAccountKey = keyof typeof STAFF_ACCOUNTS;

export interface StaffCredentials {
  email: string;
  password: string;
  token: string;
  /** Value of the session cookie „sitzung“ of a session created by the prepare step. */
  cookie: string;
}

export function staffCredentials(key: StaffAccountKey): StaffCredentials {
  const all = JSON.parse(readFileSync(path.join(STAFF_DATA_DIR, "e2e-credentials.json"), "utf8")) as Record<string, StaffCredentials>;
  return all[key];
}
