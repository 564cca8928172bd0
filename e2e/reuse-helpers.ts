/**
 * Helpers of the reuse browser tests: a staff session made directly in the test server's
 * database, so the tests do not depend on the sign-in page (the mail catcher is lib/test/smtp.ts).
 */
import { createHmac, createHash, randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import type { BrowserContext } from "@playwright/test";
import Database from "better-sqlite3";
import { REUSE_DATA_DIR, REUSE_SESSION_SECRET } from "./reuse-env";

/** An account and a signed session cookie (the format of lib/auth/sessions.ts), set in the browser context for /verwaltung. */
export async function signInAsStaff(context: BrowserContext, baseURL: string, email = "redaktion@example.org"): Promise<void> {
  const db = new Database(path.join(REUSE_DATA_DIR, "app.db"));
  try {
    db.pragma("busy_timeout = 5000");
    const now = new Date().toISOString();
    const existing = db.prepare("select id from accounts where email = ?").get(email) as { id: string } | undefined;
    const accountId = existing?.id ?? randomUUID();
    if (!existing) {
      db.prepare("insert into accounts (id, email, role, password_hash, created_at, password_changed_at) values (?, ?, 'redaktion', 'kein-passwort', ?, ?)").run(accountId, email, now, now);
    }
    const id = randomBytes(32).toString("base64url");
    db.prepare("insert into sessions (id_hash, account_id, created_at, last_seen_at) values (?, ?, ?, ?)").run(createHash("sha256").update(id).digest("hex"), accountId, now, now);
    const signature = createHmac("sha256", REUSE_SESSION_SECRET).update(`sitzung:${id}`).digest("base64url");
    await context.addCookies([{ name: "sitzung", value: `${id}.${signature}`, url: `${baseURL}/verwaltung` }]);
  } finally {
    db.close();
  }
}
