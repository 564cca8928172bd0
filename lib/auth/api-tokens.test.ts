import { expect, it } from "vitest";
import { describeStores, testClock } from "../db/test-stores";
import { listRecord } from "../record/record";
import { addAccount } from "./accounts";
import { createApiToken, listApiTokens, revokeApiToken, verifyApiToken } from "./api-tokens";

const PASSWORD = "Sachsen-Anhalt 2026";
const ADMIN = "admin@example.org";

describeStores("API tokens", (ctx) => {
  it("are shown once, stored only as a hash, and give the account and its role", async () => {
    const clock = testClock("2026-03-02T09:00:00.000Z");
    const account = await addAccount(ctx.db, { email: "anna@example.org", role: "redaktion", password: PASSWORD, actor: ADMIN });
    const { token, info } = await createApiToken(ctx.db, { email: "Anna@example.org", name: "Planer", actor: ADMIN }, clock.now);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    expect(info).toMatchObject({ name: "Planer", email: "anna@example.org", createdAt: "2026-03-02T09:00:00.000Z", lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(await ctx.db.selectFrom("api_tokens").selectAll().execute())).not.toContain(token);
    expect(JSON.stringify(await listApiTokens(ctx.db))).not.toContain(token);
    expect(JSON.stringify(await listRecord(ctx.db))).not.toContain(token);

    clock.advance(60_000);
    expect(await verifyApiToken(ctx.db, token, clock.now)).toEqual({
      tokenId: info.id,
      tokenName: "Planer",
      accountId: account.id,
      email: "anna@example.org",
      role: "redaktion",
    });
    expect((await listApiTokens(ctx.db, "anna@example.org"))[0].lastUsedAt).toBe("2026-03-02T09:01:00.000Z");
    expect((await listRecord(ctx.db, { limit: 1 }))[0]).toMatchObject({
      actor: ADMIN,
      action: "konto",
      details: { event: "token-angelegt", email: "anna@example.org", tokenId: info.id, tokenName: "Planer" },
    });
  });

  it("refuse a wrong or malformed token", async () => {
    await addAccount(ctx.db, { email: "anna@example.org", role: "admin", password: PASSWORD, actor: ADMIN });
    const { token } = await createApiToken(ctx.db, { email: "anna@example.org", actor: ADMIN });
    const other = (token[0] === "A" ? "B" : "A") + token.slice(1);
    expect(await verifyApiToken(ctx.db, other)).toBeNull();
    expect(await verifyApiToken(ctx.db, token.slice(1))).toBeNull();
    expect(await verifyApiToken(ctx.db, "")).toBeNull();
    expect(await verifyApiToken(ctx.db, token)).not.toBeNull();
  });

  it("once revoked are refused, and the revocation is on record", async () => {
    await addAccount(ctx.db, { email: "anna@example.org", role: "admin", password: PASSWORD, actor: ADMIN });
    const first = await createApiToken(ctx.db, { email: "anna@example.org", name: "alt", actor: ADMIN });
    const second = await createApiToken(ctx.db, { email: "anna@example.org", name: "neu", actor: ADMIN });
    expect(await revokeApiToken(ctx.db, { tokenId: first.info.id, actor: ADMIN })).toBe(true);
    expect(await verifyApiToken(ctx.db, first.token)).toBeNull();
    expect(await verifyApiToken(ctx.db, second.token)).not.toBeNull();
    expect(await revokeApiToken(ctx.db, { tokenId: first.info.id, actor: ADMIN })).toBe(false);
    const tokens = await listApiTokens(ctx.db, "anna@example.org");
    expect(tokens.find((t) => t.id === first.info.id)).toMatchObject({ revokedBy: ADMIN });
    expect(tokens.find((t) => t.id === second.info.id)?.revokedAt).toBeNull();
    const revocations = (await listRecord(ctx.db, { action: "konto" })).filter((e) => e.details.event === "token-widerrufen");
    expect(revocations.map((e) => e.details.tokenName)).toEqual(["alt"]);
  });

  it("need an existing account, and a default name", async () => {
    await expect(createApiToken(ctx.db, { email: "niemand@example.org", actor: ADMIN })).rejects.toMatchObject({ code: "not-found" });
    await addAccount(ctx.db, { email: "anna@example.org", role: "admin", password: PASSWORD, actor: ADMIN });
    expect((await createApiToken(ctx.db, { email: "anna@example.org", name: "  ", actor: ADMIN })).info.name).toBe("API-Token");
  });
});
