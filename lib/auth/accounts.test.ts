import { expect, it } from "vitest";
import { describeStores, testClock } from "../db/test-stores";
import { listRecord } from "../record/record";
import { addAccount, countAccounts, findAccount, listAccounts, removeAccount, resetPassword, setRole } from "./accounts";
import { createApiToken, listApiTokens } from "./api-tokens";
import { createSession, verifySession } from "./sessions";
import { signIn } from "./sign-in";

const SECRET = "s".repeat(40);
const PASSWORD = "Sachsen-Anhalt 2026";
const ADMIN = "admin@example.org";

describeStores("accounts", (ctx) => {
  it("are added with a normalised e-mail address and role, and listed without their hashes", async () => {
    const clock = testClock("2026-03-02T09:00:00.000Z");
    const account = await addAccount(ctx.db, { email: "  Anna.Schmidt@Example.ORG ", role: "redaktion", password: PASSWORD, actor: ADMIN }, clock.now);
    expect(account).toMatchObject({ email: "anna.schmidt@example.org", role: "redaktion", createdAt: "2026-03-02T09:00:00.000Z" });
    const listed = await listAccounts(ctx.db);
    expect(listed).toEqual([account]);
    expect(JSON.stringify(listed)).not.toContain("scrypt");
    expect(await findAccount(ctx.db, "ANNA.SCHMIDT@example.org")).toEqual(account);
    expect(await countAccounts(ctx.db)).toBe(1);
    const [entry] = await listRecord(ctx.db);
    expect(entry).toMatchObject({ actor: ADMIN, action: "konto", at: "2026-03-02T09:00:00.000Z", details: { event: "angelegt", email: "anna.schmidt@example.org", role: "redaktion" } });
    expect(JSON.stringify(entry)).not.toContain(PASSWORD);
  });

  it("refuse a password shorter than 12 characters and store nothing", async () => {
    await expect(addAccount(ctx.db, { email: "a@example.org", role: "admin", password: "elf Zeichen", actor: ADMIN })).rejects.toMatchObject({
      code: "invalid-password",
      message: "Das Passwort muss mindestens 12 Zeichen lang sein (es hat 11).",
    });
    expect(await countAccounts(ctx.db)).toBe(0);
    expect(await listRecord(ctx.db)).toEqual([]);
  });

  it("refuse a second account with the same address in other case", async () => {
    await addAccount(ctx.db, { email: "anna@example.org", role: "admin", password: PASSWORD, actor: ADMIN });
    await expect(addAccount(ctx.db, { email: "ANNA@example.org", role: "redaktion", password: PASSWORD, actor: ADMIN })).rejects.toMatchObject({
      code: "exists",
      message: "Ein Konto mit der E-Mail-Adresse „anna@example.org“ gibt es schon.",
    });
    expect(await listAccounts(ctx.db)).toHaveLength(1);
    expect(await listRecord(ctx.db)).toHaveLength(1);
  });

  it("refuse an invalid address or role", async () => {
    await expect(addAccount(ctx.db, { email: "anna", role: "admin", password: PASSWORD, actor: ADMIN })).rejects.toMatchObject({
      code: "invalid-email",
      message: "„anna“ ist keine gültige E-Mail-Adresse.",
    });
    await expect(addAccount(ctx.db, { email: "anna@example.org", role: "chef", password: PASSWORD, actor: ADMIN })).rejects.toMatchObject({
      code: "invalid-role",
      message: "„chef“ ist keine Rolle. Erlaubt: redaktion, admin.",
    });
    expect(await countAccounts(ctx.db)).toBe(0);
  });

  it("are removed with their sessions and tokens, and the removal is on record", async () => {
    const anna = await addAccount(ctx.db, { email: "anna@example.org", role: "redaktion", password: PASSWORD, actor: ADMIN });
    await addAccount(ctx.db, { email: "bernd@example.org", role: "admin", password: PASSWORD, actor: ADMIN });
    const cookie = await createSession(ctx.db, { accountId: anna.id, secret: SECRET });
    await createApiToken(ctx.db, { email: "anna@example.org", actor: ADMIN });
    await removeAccount(ctx.db, { email: "Anna@example.org", actor: ADMIN });
    expect((await listAccounts(ctx.db)).map((a) => a.email)).toEqual(["bernd@example.org"]);
    expect(await verifySession(ctx.db, cookie, SECRET)).toBeNull();
    expect(await listApiTokens(ctx.db)).toEqual([]);
    expect((await listRecord(ctx.db, { limit: 1 }))[0]).toMatchObject({ actor: ADMIN, action: "konto", details: { event: "entfernt", email: "anna@example.org" } });
    await expect(removeAccount(ctx.db, { email: "anna@example.org", actor: ADMIN })).rejects.toMatchObject({ code: "not-found" });
  });

  it("get a new password on reset: the old one no longer works, open sessions end", async () => {
    const anna = await addAccount(ctx.db, { email: "anna@example.org", role: "redaktion", password: PASSWORD, actor: ADMIN });
    const cookie = await createSession(ctx.db, { accountId: anna.id, secret: SECRET });
    await expect(resetPassword(ctx.db, { email: "anna@example.org", password: "zu kurz", actor: ADMIN })).rejects.toMatchObject({ code: "invalid-password" });
    await resetPassword(ctx.db, { email: "anna@example.org", password: "ein ganz neues Passwort", actor: ADMIN });
    expect(await verifySession(ctx.db, cookie, SECRET)).toBeNull();
    expect((await signIn(ctx.db, { email: "anna@example.org", password: PASSWORD, secret: SECRET })).ok).toBe(false);
    expect((await signIn(ctx.db, { email: "anna@example.org", password: "ein ganz neues Passwort", secret: SECRET })).ok).toBe(true);
    const resets = (await listRecord(ctx.db, { action: "konto" })).filter((e) => e.details.event === "passwort-neu");
    expect(resets).toHaveLength(1);
    expect(resets[0].details).toEqual({ event: "passwort-neu", email: "anna@example.org", endedSessions: 1 });
    await expect(resetPassword(ctx.db, { email: "niemand@example.org", password: "ein ganz neues Passwort", actor: ADMIN })).rejects.toMatchObject({ code: "not-found" });
  });

  it("change role, on record", async () => {
    await addAccount(ctx.db, { email: "anna@example.org", role: "redaktion", password: PASSWORD, actor: ADMIN });
    await setRole(ctx.db, { email: "anna@example.org", role: "admin", actor: ADMIN });
    expect((await findAccount(ctx.db, "anna@example.org"))?.role).toBe("admin");
    expect((await listRecord(ctx.db, { limit: 1 }))[0].details).toEqual({ event: "rolle-geaendert", email: "anna@example.org", before: "redaktion", role: "admin" });
    await expect(setRole(ctx.db, { email: "anna@example.org", role: "root", actor: ADMIN })).rejects.toMatchObject({ code: "invalid-role" });
  });
});
