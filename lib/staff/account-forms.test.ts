/**
 * The accounts page's forms on both stores: Origin and role checked on every call, input
 * refused in German at its field, changes through lib/auth on record with the admin as actor,
 * sessions ended on a role change, the own account protected, a token shown once.
 */
import { beforeEach, expect, it, vi } from "vitest";
import { addAccount, findAccount } from "../auth/accounts";
import { listApiTokens, verifyApiToken } from "../auth/api-tokens";
import { createSession, verifySession } from "../auth/sessions";
import { describeStores } from "../db/test-stores";
import { listRecord } from "../record/record";
import type { StaffAccess } from "./session";

const access = vi.hoisted(() => ({ current: null as unknown }));
vi.mock("./session", () => ({ staffAccessFor: async () => access.current }));

const { addAccountFromForm, createTokenFromForm, removeAccountFromForm, resetPasswordFromForm, revokeTokenFromForm, setRoleFromForm } = await import("./account-forms");

const SECRET = "ein-sitzungsschluessel-fuer-die-tests-0123456789";
const ADMIN = "chefin@example.org";
const SAME_SITE = new Headers({ host: "ozg.example.de", origin: "https://ozg.example.de", "sec-fetch-site": "same-origin" });
const form = (fields: Record<string, string>) => new Map(Object.entries(fields));

describeStores("accounts page forms", (ctx) => {
  beforeEach(async () => {
    const admin = await addAccount(ctx.db, { email: ADMIN, role: "admin", password: "ein-langes-passwort", actor: "Kommandozeile" });
    access.current = { ok: true, db: ctx.db, secret: SECRET, account: { accountId: admin.id, email: ADMIN, role: "admin", signedInAt: new Date().toISOString() } } satisfies StaffAccess;
  });

  it("adds an account, on record with the admin as actor", async () => {
    const state = await addAccountFromForm(form({ email: "Neu@Example.org", role: "redaktion", password: "zwoelf-zeichen!", password2: "zwoelf-zeichen!" }), SAME_SITE);
    expect(state).toEqual({ done: "Das Konto neu@example.org (redaktion) ist angelegt." });
    expect((await findAccount(ctx.db, "neu@example.org"))?.role).toBe("redaktion");
    expect((await listRecord(ctx.db, { action: "konto", limit: 1 }))[0]).toMatchObject({ actor: ADMIN, details: { event: "angelegt", email: "neu@example.org" } });
  });

  it("refuses bad input at its field and keeps what was typed (never the password)", async () => {
    expect(await addAccountFromForm(form({ email: "x@example.org", role: "redaktion", password: "zwoelf-zeichen!", password2: "anders" }), SAME_SITE)).toEqual({
      values: { email: "x@example.org", role: "redaktion" },
      errors: { password2: "Die beiden Passwörter stimmen nicht überein." },
    });
    expect((await addAccountFromForm(form({ email: "x@example.org", role: "redaktion", password: "kurz", password2: "kurz" }), SAME_SITE)).errors?.password).toContain("mindestens 12 Zeichen");
    expect((await addAccountFromForm(form({ email: "kein-at", role: "chef", password: "", password2: "" }), SAME_SITE)).errors).toEqual({
      role: "Bitte wählen Sie eine Rolle: redaktion oder admin.",
      password: "Bitte geben Sie ein Passwort ein.",
    });
    expect((await addAccountFromForm(form({ email: "kein-at", role: "admin", password: "zwoelf-zeichen!", password2: "zwoelf-zeichen!" }), SAME_SITE)).errors?.email).toBe("„kein-at“ ist keine gültige E-Mail-Adresse.");
    expect((await addAccountFromForm(form({ email: ADMIN, role: "admin", password: "zwoelf-zeichen!", password2: "zwoelf-zeichen!" }), SAME_SITE)).errors?.email).toContain("gibt es schon");
  });

  it("refuses another site's form and a caller who is not an admin, changing nothing", async () => {
    const fields = form({ email: "x@example.org", role: "redaktion", password: "zwoelf-zeichen!", password2: "zwoelf-zeichen!" });
    const crossSite = new Headers({ host: "ozg.example.de", origin: "https://boese.example", "sec-fetch-site": "cross-site" });
    expect((await addAccountFromForm(fields, crossSite)).errors?.form).toContain("Die Anfrage kam nicht von dieser Website");
    access.current = { ok: false, kind: "forbidden", reason: "Diese Seite ist Konten mit der Rolle „admin“ vorbehalten." } satisfies StaffAccess;
    expect((await addAccountFromForm(fields, SAME_SITE)).errors?.form).toBe("Diese Seite ist Konten mit der Rolle „admin“ vorbehalten.");
    access.current = { ok: false, kind: "signed-out" } satisfies StaffAccess;
    expect((await removeAccountFromForm(form({ email: "x@example.org", confirm: "ja" }), SAME_SITE)).errors?.form).toContain("Sitzung ist abgelaufen");
    expect(await findAccount(ctx.db, "x@example.org")).toBeUndefined();
  });

  it("changes a role and ends that account's sessions; not the own one", async () => {
    const other = await addAccount(ctx.db, { email: "b@example.org", role: "redaktion", password: "ein-langes-passwort", actor: "Kommandozeile" });
    const cookie = await createSession(ctx.db, { accountId: other.id, secret: SECRET });
    expect((await setRoleFromForm(form({ email: "b@example.org", role: "admin" }), SAME_SITE)).done).toContain("hat jetzt die Rolle „admin“");
    expect((await findAccount(ctx.db, "b@example.org"))?.role).toBe("admin");
    expect(await verifySession(ctx.db, cookie, SECRET)).toBeNull();
    expect((await listRecord(ctx.db, { action: "konto", limit: 1 }))[0]).toMatchObject({ actor: ADMIN, details: { event: "rolle-geaendert", before: "redaktion", role: "admin" } });
    expect((await setRoleFromForm(form({ email: ADMIN, role: "redaktion" }), SAME_SITE)).errors?.form).toContain("Ihr eigenes Konto");
    expect((await findAccount(ctx.db, ADMIN))?.role).toBe("admin");
  });

  it("sets a new password (twice), removes an account only when confirmed, never the own one", async () => {
    await addAccount(ctx.db, { email: "b@example.org", role: "redaktion", password: "ein-langes-passwort", actor: "Kommandozeile" });
    expect((await resetPasswordFromForm(form({ email: "b@example.org", password: "ein-neues-passwort", password2: "ein-altes-passwort" }), SAME_SITE)).errors?.password2).toBeDefined();
    expect((await resetPasswordFromForm(form({ email: "b@example.org", password: "ein-neues-passwort", password2: "ein-neues-passwort" }), SAME_SITE)).done).toContain("neu gesetzt");
    expect((await removeAccountFromForm(form({ email: "b@example.org" }), SAME_SITE)).errors?.confirm).toContain("Bitte bestätigen Sie");
    expect(await findAccount(ctx.db, "b@example.org")).toBeDefined();
    expect((await removeAccountFromForm(form({ email: "b@example.org", confirm: "ja" }), SAME_SITE)).done).toContain("ist entfernt");
    expect(await findAccount(ctx.db, "b@example.org")).toBeUndefined();
    expect((await removeAccountFromForm(form({ email: ADMIN.toUpperCase(), confirm: "ja" }), SAME_SITE)).errors?.form).toContain("Ihr eigenes Konto");
    expect(await findAccount(ctx.db, ADMIN)).toBeDefined();
  });

  it("creates a token that works and is returned once, and revokes it", async () => {
    const state = await createTokenFromForm(form({ email: ADMIN, name: "Skript" }), SAME_SITE);
    expect(state.done).toBe(`Das API-Token „Skript“ für ${ADMIN} ist angelegt.`);
    expect(state.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await verifyApiToken(ctx.db, state.token!))?.email).toBe(ADMIN);
    const [info] = await listApiTokens(ctx.db);
    expect(JSON.stringify(info)).not.toContain(state.token);
    expect((await revokeTokenFromForm(form({ id: info.id }), SAME_SITE)).done).toBe(`Das API-Token „Skript“ von ${ADMIN} ist widerrufen.`);
    expect(await verifyApiToken(ctx.db, state.token!)).toBeNull();
    expect((await revokeTokenFromForm(form({ id: info.id }), SAME_SITE)).errors?.form).toContain("schon widerrufen");
    expect((await createTokenFromForm(form({ email: "niemand@example.org" }), SAME_SITE)).errors?.email).toContain("Es gibt kein Konto");
  });
});
