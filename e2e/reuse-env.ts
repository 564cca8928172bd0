/**
 * The browser tests of reuse (e2e/reuse.spec.ts) run against two extra servers of the same build
 * on one fresh data folder: PORT + 6 with SMTP_URL (the test catches the mail on SMTP_PORT) and
 * „today“ before the call's deadline, PORT + 7 without SMTP and „today“ after it (NEWS_TODAY).
 */
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const REUSE_PORT = E2E_PORT + 6;
export const REUSE_LATE_PORT = E2E_PORT + 7;
export const SMTP_PORT = E2E_PORT + 10;
export const REUSE_DATA_DIR = path.resolve(__dirname, "../.e2e-data/reuse");
export const REUSE_SESSION_SECRET = "e2e-nachnutzung-sitzungsschluessel-0123456789";
/** The call in the tests ends on 2022-11-21: one server is before it, one after. */
export const REUSE_TODAY = "2022-11-16";
export const REUSE_LATE_TODAY = "2022-11-25";
