/**
 * The sign-in form's action and POST /abmelden on both stores, through the configured database
 * (DATA_DIR / DATABASE_URL of the test): the cookie and its options, the checked `weiter`, the
 * German refusals, 429 with Retry-After for the rendered answer, sign-out ending the session.
 */
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { addAccount } from "../auth/accounts";
import { verifySession } from "../auth/sessions";
import { closeDatabase } from "../db/database";
import { describeStores } from "../db/test-stores";
import { type ResponseOverride, responseOverrides } from "../http/response-override";
import { listRecord } from "../record/record";

const jar = vi.hoisted(() => ({ set: [] as [string, string, Record<string, unknown>][] }));
vi.mock("next/headers", () => ({ cookies: async () => ({ set: (name: string, value: string, options: Record<string, unknown>) => jar.set.push([name, value, options]) }) }));

const { signInFromForm } = await import("./sign-in-form");
const { signOutResponse } = await import("./sign-out");

const SECRET = "ein-sitzungsschluessel-fuer-die-tests-0123456789";
const EMAIL = "anna@example.org";
const PASSWORD = "ein-langes-passwort";
const form = (fields: Record<string, string>) => new Map(Object.entries(fields));
const from = (address: string, extra: Record<string, string> = {}) =>
  new Headers({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin", "x-forwarded-for": address, ...extra });

/** Runs `fn` as inside a request of the HTTP guard; returns what it asked for instead of 200. */
async function inRequest<T>(fn: () => Promise<T>): Promise<[T, ResponseOverride]> {
  const override: ResponseOverride = { headers: {} };
  return [await responseOverrides.run(override, fn), override];
}

describeStores("sign-in form and sign-out", (ctx) => {
  const saved: Record<string, string | undefined> = {};
  beforeEach(async () => {
    for (const key of ["DATA_DIR", "DATABASE_URL", "SESSION_SECRET", "PUBLIC_BASE_URL"]) saved[key] = process.env[key];
    process.env.DATA_DIR = ctx.dataDir;
    if (ctx.env.DATABASE_URL) process.env.DATABASE_URL = ctx.env.DATABASE_URL;
    else delete process.env.DATABASE_URL;
    process.env.SESSION_SECRET = SECRET;
    delete process.env.PUBLIC_BASE_URL;
    jar.set = [];
    await addAccount(ctx.db, { email: EMAIL, role: "redaktion", password: PASSWORD, actor: "Kommandozeile" });
  });
  afterEach(async () => {
    await closeDatabase();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it("signs in: the session cookie, httpOnly and Lax, and the checked way on", async () => {
    const outcome = await signInFromForm(form({ email: " Anna@Example.org ", password: PASSWORD, weiter: "/verwaltung/protokoll?action=konto" }), from("192.0.2.1"));
    expect(outcome).toEqual({ ok: true, target: "/verwaltung/protokoll?action=konto" });
    expect(jar.set).toHaveLength(1);
    const [name, value, options] = jar.set[0];
    expect(name).toBe("sitzung");
    expect(options).toEqual({ httpOnly: true, sameSite: "lax", secure: false, path: "/" });
    expect((await verifySession(ctx.db, value, SECRET))?.email).toBe(EMAIL);
    const outside = await signInFromForm(form({ email: EMAIL, password: PASSWORD, weiter: "https://boese.example/" }), from("192.0.2.1"));
    expect(outside).toEqual({ ok: true, target: "/verwaltung" });
  });

  it("sets a Secure cookie when the site is public over HTTPS", async () => {
    process.env.PUBLIC_BASE_URL = "https://ozg.example.de";
    await signInFromForm(form({ email: EMAIL, password: PASSWORD }), new Headers({ host: "10.0.0.5:3000", origin: "https://ozg.example.de" }));
    expect(jar.set[0][2]).toMatchObject({ secure: true });
  });

  it("refuses a wrong password in German, keeps the address, sets no cookie", async () => {
    const [outcome, override] = await inRequest(() => signInFromForm(form({ email: EMAIL, password: "falsch-falsch-falsch" }), from("192.0.2.2")));
    expect(outcome).toEqual({ ok: false, state: { email: EMAIL, message: "E-Mail-Adresse oder Passwort ist falsch.", kind: "invalid" } });
    expect(override.status).toBeUndefined();
    expect(jar.set).toEqual([]);
    expect((await listRecord(ctx.db, { action: "anmeldung-fehlgeschlagen" }))[0].details).toEqual({ email: EMAIL, reason: "falsches-passwort" });
  });

  it("after 5 failures from one address answers the sixth, even with the right password, with 429 and Retry-After", async () => {
    for (let i = 0; i < 5; i++) await signInFromForm(form({ email: `jemand${i}@example.org`, password: "falsch-falsch-falsch" }), from("192.0.2.3"));
    const [outcome, override] = await inRequest(() => signInFromForm(form({ email: EMAIL, password: PASSWORD }), from("192.0.2.3")));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.state.kind).toBe("throttled");
    expect(!outcome.ok && outcome.state.message).toMatch(/^Zu viele fehlgeschlagene Anmeldeversuche\. Bitte versuchen Sie es in 15 Minuten erneut\.$/);
    expect(override.status).toBe(429);
    expect(Number(override.headers["Retry-After"])).toBeGreaterThan(800);
    expect(jar.set).toEqual([]);
    // Another address still gets in.
    expect((await signInFromForm(form({ email: EMAIL, password: PASSWORD }), from("192.0.2.4"))).ok).toBe(true);
  });

  it("refuses another site's form (403) and empty fields, and says when the area is off", async () => {
    const [crossSite, override] = await inRequest(() => signInFromForm(form({ email: EMAIL, password: PASSWORD }), from("192.0.2.5", { origin: "https://boese.example", "sec-fetch-site": "cross-site" })));
    expect(!crossSite.ok && crossSite.state.message).toContain("Die Anfrage kam nicht von dieser Website");
    expect(override.status).toBe(403);
    const empty = await signInFromForm(form({ email: EMAIL }), from("192.0.2.5"));
    expect(!empty.ok && empty.state.message).toBe("Bitte geben Sie E-Mail-Adresse und Passwort ein.");
    delete process.env.SESSION_SECRET;
    const off = await signInFromForm(form({ email: EMAIL, password: PASSWORD }), from("192.0.2.5"));
    expect(!off.ok && off.state.message).toContain("SESSION_SECRET ist nicht gesetzt");
    expect(jar.set).toEqual([]);
  });

  it("signs out: the session ends, the cookie goes, 303 to the sign-in page", async () => {
    await signInFromForm(form({ email: EMAIL, password: PASSWORD }), from("192.0.2.6"));
    const cookie = jar.set[0][1];
    const response = await signOutResponse(
      new Request("http://127.0.0.1:3000/abmelden", { method: "POST", headers: { cookie: `andere=1; sitzung=${cookie}`, origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" } }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/anmelden?abgemeldet=1");
    expect(response.headers.get("set-cookie")).toMatch(/^sitzung=; Path=\/; Max-Age=0;.*HttpOnly; SameSite=Lax$/);
    expect(await verifySession(ctx.db, cookie, SECRET)).toBeNull();
    // Without a session it still only clears the cookie.
    expect((await signOutResponse(new Request("http://127.0.0.1:3000/abmelden", { method: "POST" }))).status).toBe(303);
  });

  it("refuses another site's sign-out form with 403, and the session stays", async () => {
    await signInFromForm(form({ email: EMAIL, password: PASSWORD }), from("192.0.2.7"));
    const cookie = jar.set[0][1];
    const response = await signOutResponse(
      new Request("http://127.0.0.1:3000/abmelden", { method: "POST", headers: { cookie: `sitzung=${cookie}`, origin: "https://boese.example", host: "127.0.0.1:3000" } }),
    );
    expect(response.status).toBe(403);
    expect(await verifySession(ctx.db, cookie, SECRET)).not.toBeNull();
  });
});
