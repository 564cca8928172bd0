import { expect, it } from "vitest";
import { HOUR, MINUTE, describeStores, testClock } from "../db/test-stores";
import { addAccount } from "./accounts";
import { createSession, endSession, verifySession } from "./sessions";

const SECRET = "ein-geheimnis-mit-mindestens-32-zeichen";
const PASSWORD = "Sachsen-Anhalt 2026";

describeStores("sessions", (ctx) => {
  async function anna() {
    return addAccount(ctx.db, { email: "anna@example.org", role: "redaktion", password: PASSWORD, actor: "Kommandozeile" });
  }

  it("give the signed-in account for the cookie; the database holds only a hash of its id", async () => {
    const clock = testClock("2026-03-02T09:00:00.000Z");
    const account = await anna();
    const cookie = await createSession(ctx.db, { accountId: account.id, secret: SECRET }, clock.now);
    expect(cookie).toMatch(/^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);
    expect(await verifySession(ctx.db, cookie, SECRET, clock.now)).toEqual({
      accountId: account.id,
      email: "anna@example.org",
      role: "redaktion",
      signedInAt: "2026-03-02T09:00:00.000Z",
    });
    const stored = await ctx.db.selectFrom("sessions").selectAll().execute();
    expect(stored).toHaveLength(1);
    const [id] = cookie.split(".");
    expect(JSON.stringify(stored)).not.toContain(id);
  });

  it("end after 8 hours without use; every use extends them", async () => {
    const clock = testClock("2026-03-02T09:00:00.000Z");
    const cookie = await createSession(ctx.db, { accountId: (await anna()).id, secret: SECRET }, clock.now);
    clock.advance(7 * HOUR + 59 * MINUTE);
    expect(await verifySession(ctx.db, cookie, SECRET, clock.now)).not.toBeNull(); // 16:59, used
    clock.advance(7 * HOUR + 59 * MINUTE);
    expect(await verifySession(ctx.db, cookie, SECRET, clock.now)).not.toBeNull(); // 7:59 h after the last use
    clock.advance(8 * HOUR);
    expect(await verifySession(ctx.db, cookie, SECRET, clock.now)).toBeNull(); // 8 h idle
    clock.advance(-8 * HOUR); // even a clock going back does not revive it: it was deleted
    expect(await verifySession(ctx.db, cookie, SECRET, clock.now)).toBeNull();
  });

  it("refuse a cookie with a tampered signature or id, or signed with another secret", async () => {
    const cookie = await createSession(ctx.db, { accountId: (await anna()).id, secret: SECRET });
    const [id, signature] = cookie.split(".");
    const flip = (s: string) => (s[0] === "A" ? "B" : "A") + s.slice(1);
    expect(await verifySession(ctx.db, `${id}.${flip(signature)}`, SECRET)).toBeNull();
    expect(await verifySession(ctx.db, `${flip(id)}.${signature}`, SECRET)).toBeNull();
    expect(await verifySession(ctx.db, cookie, "ein-anderes-geheimnis-mit-32-zeichen!!")).toBeNull();
    expect(await verifySession(ctx.db, id, SECRET)).toBeNull();
    expect(await verifySession(ctx.db, "", SECRET)).toBeNull();
    expect(await verifySession(ctx.db, undefined, SECRET)).toBeNull();
    expect(await verifySession(ctx.db, cookie, SECRET)).not.toBeNull();
  });

  it("end on sign-out, for good", async () => {
    const cookie = await createSession(ctx.db, { accountId: (await anna()).id, secret: SECRET });
    expect(await endSession(ctx.db, cookie, SECRET)).toBe(true);
    expect(await verifySession(ctx.db, cookie, SECRET)).toBeNull();
    expect(await endSession(ctx.db, cookie, SECRET)).toBe(false);
  });

  it("of two people are independent", async () => {
    const a = await anna();
    const b = await addAccount(ctx.db, { email: "bernd@example.org", role: "admin", password: PASSWORD, actor: "Kommandozeile" });
    const ca = await createSession(ctx.db, { accountId: a.id, secret: SECRET });
    const cb = await createSession(ctx.db, { accountId: b.id, secret: SECRET });
    await endSession(ctx.db, ca, SECRET);
    expect((await verifySession(ctx.db, cb, SECRET))?.email).toBe("bernd@example.org");
  });
});
