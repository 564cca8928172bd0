import { expect, it } from "vitest";
import { MINUTE, describeStores, testClock } from "../db/test-stores";
import { listRecord } from "../record/record";
import { addAccount } from "./accounts";
import { verifySession } from "./sessions";
import { WRONG_CREDENTIALS_MESSAGE, signIn } from "./sign-in";
import { checkThrottle } from "./throttle";

const SECRET = "ein-geheimnis-mit-mindestens-32-zeichen";
const PASSWORD = "Sachsen-Anhalt 2026";
const WRONG = "Sachsen-Anhalt 2025";

describeStores("sign-in", (ctx) => {
  async function anna() {
    return addAccount(ctx.db, { email: "anna@example.org", role: "redaktion", password: PASSWORD, actor: "Kommandozeile" });
  }

  it("with the right password starts a session and is on record", async () => {
    const clock = testClock("2026-03-02T09:00:00.000Z");
    await anna();
    const result = await signIn(ctx.db, { email: " Anna@Example.org", password: PASSWORD, address: "192.0.2.1", secret: SECRET }, clock.now);
    if (!result.ok) throw new Error(result.message);
    expect(result.account).toMatchObject({ email: "anna@example.org", role: "redaktion" });
    expect((await verifySession(ctx.db, result.cookie, SECRET, clock.now))?.email).toBe("anna@example.org");
    expect((await listRecord(ctx.db, { limit: 1 }))[0]).toMatchObject({
      at: "2026-03-02T09:00:00.000Z",
      actor: "anna@example.org",
      action: "anmeldung",
      details: { email: "anna@example.org", role: "redaktion" },
    });
  });

  it("with a wrong password is refused and on record; an unknown address gets the same answer", async () => {
    await anna();
    expect(await signIn(ctx.db, { email: "anna@example.org", password: WRONG, secret: SECRET })).toEqual({
      ok: false,
      reason: "invalid",
      message: WRONG_CREDENTIALS_MESSAGE,
    });
    expect(await signIn(ctx.db, { email: "Mein Passwort 123", password: PASSWORD, secret: SECRET })).toEqual({
      ok: false,
      reason: "invalid",
      message: WRONG_CREDENTIALS_MESSAGE,
    });
    const failures = await listRecord(ctx.db, { action: "anmeldung-fehlgeschlagen" });
    expect(failures.map((e) => [e.actor, e.details])).toEqual([
      ["unbekannt", { reason: "unbekanntes-konto" }],
      ["anna@example.org", { email: "anna@example.org", reason: "falsches-passwort" }],
    ]);
    // What was typed into the e-mail field (here: a password) is kept nowhere readable.
    const everything = JSON.stringify([await listRecord(ctx.db), await ctx.db.selectFrom("login_attempts").selectAll().execute()]);
    expect(everything.toLowerCase()).not.toContain("mein passwort");
  });

  it("after 5 failures for one account, the 6th attempt is refused even with the right password, until 15 minutes have passed", async () => {
    const clock = testClock("2026-03-02T09:00:00.000Z");
    await anna();
    for (let i = 0; i < 5; i++) {
      // Different client addresses: the account's own count locks it.
      expect((await signIn(ctx.db, { email: "anna@example.org", password: WRONG, address: `192.0.2.${i}`, secret: SECRET }, clock.now)).ok).toBe(false);
      clock.advance(MINUTE);
    }
    // 09:05; the first failure was at 09:00, so the lock ends at 09:15.
    const refused = await signIn(ctx.db, { email: "anna@example.org", password: PASSWORD, address: "192.0.2.99", secret: SECRET }, clock.now);
    expect(refused).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 600,
      message: "Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in 10 Minuten erneut.",
    });
    clock.advance(10 * MINUTE - 1000); // 09:14:59
    const stillRefused = await signIn(ctx.db, { email: "anna@example.org", password: PASSWORD, secret: SECRET }, clock.now);
    expect(stillRefused).toMatchObject({ ok: false, reason: "throttled", retryAfterSeconds: 1, message: /in 1 Minute erneut/ });
    clock.advance(1000); // 09:15: the 09:00 failure no longer counts
    expect((await signIn(ctx.db, { email: "anna@example.org", password: PASSWORD, secret: SECRET }, clock.now)).ok).toBe(true);
  });

  it("after 5 failures from one client address, every account is refused from there, not from elsewhere", async () => {
    const clock = testClock();
    await anna();
    for (let i = 0; i < 5; i++) {
      await signIn(ctx.db, { email: `raten${i}@example.org`, password: WRONG, address: "198.51.100.7", secret: SECRET }, clock.now);
      clock.advance(1000);
    }
    const fromThere = await signIn(ctx.db, { email: "anna@example.org", password: PASSWORD, address: "198.51.100.7", secret: SECRET }, clock.now);
    expect(fromThere).toMatchObject({ ok: false, reason: "throttled", retryAfterSeconds: 15 * 60 - 5 });
    const fromElsewhere = await signIn(ctx.db, { email: "anna@example.org", password: PASSWORD, address: "203.0.113.1", secret: SECRET }, clock.now);
    expect(fromElsewhere.ok).toBe(true);
  });

  it("four failures do not lock; a success forgets the account's failures", async () => {
    const clock = testClock();
    await anna();
    for (let i = 0; i < 4; i++) await signIn(ctx.db, { email: "anna@example.org", password: WRONG, secret: SECRET }, clock.now);
    expect(await checkThrottle(ctx.db, { email: "anna@example.org" }, clock.now)).toEqual({ allowed: true });
    expect((await signIn(ctx.db, { email: "anna@example.org", password: PASSWORD, secret: SECRET }, clock.now)).ok).toBe(true);
    for (let i = 0; i < 4; i++) await signIn(ctx.db, { email: "anna@example.org", password: WRONG, secret: SECRET }, clock.now);
    expect((await signIn(ctx.db, { email: "anna@example.org", password: PASSWORD, secret: SECRET }, clock.now)).ok).toBe(true);
  });

  it("throttles across instances: the count lives in the shared database", async () => {
    const clock = testClock();
    await anna();
    const { openDatabase } = await import("../db/open");
    const other = await openDatabase(ctx.config);
    try {
      for (let i = 0; i < 5; i++) await signIn(ctx.db, { email: "anna@example.org", password: WRONG, secret: SECRET }, clock.now);
      expect((await checkThrottle(other, { email: "ANNA@example.org" }, clock.now)).allowed).toBe(false);
    } finally {
      await other.destroy();
    }
  });
});
