/**
 * API tokens for scripts (Authorization: Bearer …): 32 random bytes, base64url, shown once at
 * creation and stored only as SHA-256. A token acts with its account's role; it can be revoked.
 */
import { randomUUID } from "node:crypto";
import type { Db, Role } from "../db/schema";
import { inTransaction } from "../db/transaction";
import { type Clock, systemClock, toIso, toIsoOrNull } from "../db/values";
import { appendRecord } from "../record/record";
import { AccountError, normalizeEmail } from "./accounts";
import { randomSecret, sha256Hex } from "./digest";

export const DEFAULT_TOKEN_NAME = "API-Token";
const MAX_TOKEN_NAME_LENGTH = 100;
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

export interface ApiTokenInfo {
  id: string;
  name: string;
  email: string;
  createdAt: string;
  createdBy: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
}

export interface TokenAccount {
  tokenId: string;
  tokenName: string;
  accountId: string;
  email: string;
  role: Role;
}

/** Creates a token for the account; the returned `token` is the only time it is seen in full. */
export async function createApiToken(
  db: Db,
  input: { email: string; name?: string; actor: string },
  clock: Clock = systemClock,
): Promise<{ token: string; info: ApiTokenInfo }> {
  const email = normalizeEmail(input.email);
  const name = (input.name ?? "").trim() || DEFAULT_TOKEN_NAME;
  if ([...name].length > MAX_TOKEN_NAME_LENGTH) {
    throw new AccountError("invalid-name", `Der Name des Tokens darf höchstens ${MAX_TOKEN_NAME_LENGTH} Zeichen lang sein.`);
  }
  const token = randomSecret();
  const now = clock().toISOString();
  const id = randomUUID();
  await inTransaction(db, async (trx) => {
    const account = await trx.selectFrom("accounts").select("id").where("email", "=", email).executeTakeFirst();
    if (!account) throw new AccountError("not-found", `Es gibt kein Konto mit der E-Mail-Adresse „${email}“.`);
    await trx
      .insertInto("api_tokens")
      .values({ id, account_id: account.id, name, token_hash: sha256Hex(token), created_at: now, created_by: input.actor })
      .execute();
    await appendRecord(trx, { actor: input.actor, action: "konto", details: { event: "token-angelegt", email, tokenId: id, tokenName: name } }, clock);
  });
  return { token, info: { id, name, email, createdAt: now, createdBy: input.actor, lastUsedAt: null, revokedAt: null, revokedBy: null } };
}

/** The account behind a valid, unrevoked token (and notes its use), or null. */
export async function verifyApiToken(db: Db, token: string, clock: Clock = systemClock): Promise<TokenAccount | null> {
  if (!TOKEN_RE.test(token)) return null;
  const row = await db
    .selectFrom("api_tokens")
    .innerJoin("accounts", "accounts.id", "api_tokens.account_id")
    .select(["api_tokens.id as tokenId", "api_tokens.name as tokenName", "accounts.id as accountId", "accounts.email", "accounts.role"])
    .where("api_tokens.token_hash", "=", sha256Hex(token))
    .where("api_tokens.revoked_at", "is", null)
    .executeTakeFirst();
  if (!row) return null;
  await db.updateTable("api_tokens").set({ last_used_at: clock().toISOString() }).where("id", "=", row.tokenId).execute();
  return row;
}

/** Revokes a token for good; returns false when it does not exist or was revoked before. */
export async function revokeApiToken(db: Db, input: { tokenId: string; actor: string }, clock: Clock = systemClock): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const revoked = await trx
      .updateTable("api_tokens")
      .set({ revoked_at: clock().toISOString(), revoked_by: input.actor })
      .where("id", "=", input.tokenId)
      .where("revoked_at", "is", null)
      .returning(["name", "account_id"])
      .executeTakeFirst();
    if (!revoked) return false;
    const owner = await trx.selectFrom("accounts").select("email").where("id", "=", revoked.account_id).executeTakeFirstOrThrow();
    await appendRecord(
      trx,
      { actor: input.actor, action: "konto", details: { event: "token-widerrufen", email: owner.email, tokenId: input.tokenId, tokenName: revoked.name } },
      clock,
    );
    return true;
  });
}

/** Tokens (never their values), newest first; of one account when `email` is given. */
export async function listApiTokens(db: Db, email?: string): Promise<ApiTokenInfo[]> {
  let query = db
    .selectFrom("api_tokens")
    .innerJoin("accounts", "accounts.id", "api_tokens.account_id")
    .select([
      "api_tokens.id",
      "api_tokens.name",
      "accounts.email",
      "api_tokens.created_at",
      "api_tokens.created_by",
      "api_tokens.last_used_at",
      "api_tokens.revoked_at",
      "api_tokens.revoked_by",
    ]);
  if (email !== undefined) query = query.where("accounts.email", "=", normalizeEmail(email));
  const rows = await query.orderBy("api_tokens.created_at", "desc").orderBy("api_tokens.id").execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    createdAt: toIso(row.created_at),
    createdBy: row.created_by,
    lastUsedAt: toIsoOrNull(row.last_used_at),
    revokedAt: toIsoOrNull(row.revoked_at),
    revokedBy: row.revoked_by,
  }));
}
