import { expect, it } from "vitest";
import { describeStores } from "../db/test-stores";
import { addAccount } from "./accounts";
import { DATABASE_UNAVAILABLE_REASON, NO_ACCOUNT_REASON, staffAreaStatus } from "./staff-area";

const SECRET = "ein-geheimnis-mit-mindestens-32-zeichen";

describeStores("staff area", (ctx) => {
  it("is off without SESSION_SECRET, and does not even open the database", async () => {
    let opened = false;
    const status = await staffAreaStatus(async () => ((opened = true), ctx.db), {});
    expect(status).toEqual({ on: false, reason: "Der Verwaltungsbereich ist ausgeschaltet: Die Umgebungsvariable SESSION_SECRET ist nicht gesetzt." });
    expect(opened).toBe(false);
  });

  it("is off with a SESSION_SECRET shorter than 32 characters", async () => {
    const status = await staffAreaStatus(async () => ctx.db, { SESSION_SECRET: "x".repeat(31) });
    expect(status).toMatchObject({ on: false, reason: /SESSION_SECRET ist zu kurz \(mindestens 32 Zeichen/ });
  });

  it("is off without any account, and says how to create the first", async () => {
    expect(await staffAreaStatus(async () => ctx.db, { SESSION_SECRET: SECRET })).toEqual({ on: false, reason: NO_ACCOUNT_REASON });
    expect(NO_ACCOUNT_REASON).toContain("npm run user -- add");
  });

  it("is on with a good secret and an account", async () => {
    await addAccount(ctx.db, { email: "anna@example.org", role: "admin", password: "Sachsen-Anhalt 2026", actor: "Kommandozeile" });
    expect(await staffAreaStatus(async () => ctx.db, { SESSION_SECRET: SECRET })).toEqual({ on: true, secret: SECRET });
  });

  it("is off, with a reason, when the database does not answer", async () => {
    const status = await staffAreaStatus(async () => Promise.reject(new Error("connect ECONNREFUSED")), { SESSION_SECRET: SECRET });
    expect(status).toEqual({ on: false, reason: DATABASE_UNAVAILABLE_REASON });
  });
});
