/** Acting as a staff account in the browser tests (e2e/staff-env.ts). */
import type { Browser, BrowserContext } from "@playwright/test";
import { STAFF_BASE_URL, type StaffAccountKey, staffCredentials } from "./staff-env";

/** A browser context on the staff server, signed in as `key` (the session cookie of the prepare step). */
export async function signedInContext(browser: Browser, key: StaffAccountKey): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: STAFF_BASE_URL });
  await context.addCookies([{ name: "sitzung", value: staffCredentials(key).cookie, url: STAFF_BASE_URL, httpOnly: true, sameSite: "Lax" }]);
  return context;
}

/** Headers for the staff API as `key` (Bearer token). */
export function bearer(key: StaffAccountKey): Record<string, string> {
  return { Authorization: `Bearer ${staffCredentials(key).token}` };
}
