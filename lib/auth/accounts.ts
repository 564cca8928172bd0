/**
 * Staff accounts: e-mail address (case-insensitive, unique), role, password hash. Every change
 * is written to the record in the same transaction as the change itself.
 */
import { randomUUID } from "node:crypto";
import { ROLES, type Db, type Role } from "../db/schema";
import { inTransaction } from "../db/transaction";
import { type Clock, isUniqueViolation, systemClock, toIso, toNumber } from "../db/values";
import { appendRecord } from "../record/record";
import { hashPassword, passwordProblem } from "./password";

export { ROLES, type Role };

export interface Account {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  passwordChangedAt: string;
}

export type AccountErrorCode = "invalid-email" | "invalid-role" | "invalid-password" | "invalid-name" | "exists" | "not-found";

/** A refused account change; `message` is German and can be shown as it is. */
export class AccountError extends Error {
  constructor(
    readonly code: AccountErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AccountError";
  }
}

const MAX_EMAIL_LENGTH = 254;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

/** The form an address is stored and compared in. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailProblem(email: string): string | null {
  const normalized = normalizeEmail(email);
  if (normalized.length > MAX_EMAIL_LENGTH || !EMAIL_RE.test(normalized)) return `„${email.trim()}“ ist keine gültige E-Mail-Adresse.`;
  return null;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

function checkRole(role: string): asserts role is Role {
  if (!isRole(role)) throw new AccountError("invalid-role", `„${role}“ ist keine Rolle. Erlaubt: ${ROLES.join(", ")}.`);
}

function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new AccountError("invalid-password", problem);
}

function notFound(email: string): AccountError {
  return new AccountError("not-found", `Es gibt kein Konto mit der E-Mail-Adresse „${normalizeEmail(email)}“.`);
}

function toAccount(row: { id: string; email: string; role: Role; created_at: Date | string; password_changed_at: Date | string }): Account {
  return { id: row.id, email: row.email, role: row.role, createdAt: toIso(row.created_at), passwordChangedAt: toIso(row.password_changed_at) };
}

const ACCOUNT_COLUMNS = ["id", "email", "role", "created_at", "password_changed_at"] as const;

export interface AddAccountInput {
  email: string;
  role: string;
  password: string;
  /** Who makes the change (an admin's e-mail address or „Kommandozeile“), for the record. */
  actor: string;
}

export async function addAccount(db: Db, input: AddAccountInput, clock: Clock = systemClock): Promise<Account> {
  const problem = emailProblem(input.email);
  if (problem) throw new AccountError("invalid-email", problem);
  checkRole(input.role);
  checkPassword(input.password);
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const now = clock().toISOString();
  const row = { id: randomUUID(), email, role: input.role, password_hash: passwordHash, created_at: now, password_changed_at: now };
  try {
    await inTransaction(db, async (trx) => {
      await trx.insertInto("accounts").values(row).execute();
      await appendRecord(trx, { actor: input.actor, action: "konto", details: { event: "angelegt", email, role: input.role } }, clock);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AccountError("exists", `Ein Konto mit der E-Mail-Adresse „${email}“ gibt es schon.`);
    throw error;
  }
  return toAccount(row);
}

/** Removes the account with its sessions and API tokens. */
export async function removeAccount(db: Db, input: { email: string; actor: string }, clock: Clock = systemClock): Promise<void> {
  const email = normalizeEmail(input.email);
  await inTransaction(db, async (trx) => {
    const removed = await trx.deleteFrom("accounts").where("email", "=", email).returning(["role"]).executeTakeFirst();
    if (!removed) throw notFound(email);
    await appendRecord(trx, { actor: input.actor, action: "konto", details: { event: "entfernt", email, role: removed.role } }, clock);
  });
}

/** Sets a new password and ends every session of the account (a reset is often a reaction to a leak). */
export async function resetPassword(db: Db, input: { email: string; password: string; actor: string }, clock: Clock = systemClock): Promise<void> {
  checkPassword(input.password);
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  await inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable("accounts")
      .set({ password_hash: passwordHash, password_changed_at: clock().toISOString() })
      .where("email", "=", email)
      .returning(["id"])
      .executeTakeFirst();
    if (!updated) throw notFound(email);
    const ended = await trx.deleteFrom("sessions").where("account_id", "=", updated.id).executeTakeFirst();
    await appendRecord(
      trx,
      { actor: input.actor, action: "konto", details: { event: "passwort-neu", email, endedSessions: Number(ended.numDeletedRows) } },
      clock,
    );
  });
}

export async function setRole(db: Db, input: { email: string; role: string; actor: string }, clock: Clock = systemClock): Promise<void> {
  checkRole(input.role);
  const role = input.role;
  const email = normalizeEmail(input.email);
  await inTransaction(db, async (trx) => {
    const before = await trx.selectFrom("accounts").select(["id", "role"]).where("email", "=", email).executeTakeFirst();
    if (!before) throw notFound(email);
    if (before.role === role) return;
    await trx.updateTable("accounts").set({ role }).where("id", "=", before.id).execute();
    await appendRecord(trx, { actor: input.actor, action: "konto", details: { event: "rolle-geaendert", email, before: before.role, role } }, clock);
  });
}

/** Every account, by e-mail address. */
export async function listAccounts(db: Db): Promise<Account[]> {
  const rows = await db.selectFrom("accounts").select(ACCOUNT_COLUMNS).orderBy("email").execute();
  return rows.map(toAccount);
}

export async function findAccount(db: Db, email: string): Promise<Account | undefined> {
  const row = await db.selectFrom("accounts").select(ACCOUNT_COLUMNS).where("email", "=", normalizeEmail(email)).executeTakeFirst();
  return row && toAccount(row);
}

export async function countAccounts(db: Db): Promise<number> {
  const { count } = await db.selectFrom("accounts").select((eb) => eb.fn.countAll<number | string>().as("count")).executeTakeFirstOrThrow();
  return toNumber(count);
}

/** The account with its password hash, for sign-in only. */
export async function findAccountForSignIn(db: Db, email: string): Promise<(Account & { passwordHash: string }) | undefined> {
  const row = await db
    .selectFrom("accounts")
    .select([...ACCOUNT_COLUMNS, "password_hash"])
    .where("email", "=", normalizeEmail(email))
    .executeTakeFirst();
  return row && { ...toAccount(row), passwordHash: row.password_hash };
}

/** Replaces the hash of a password that was just verified (after the parameters changed). */
export async function storeRehashedPassword(db: Db, accountId: string, passwordHash: string): Promise<void> {
  await db.updateTable("accounts").set({ password_hash: passwordHash }).where("id", "=", accountId).execute();
}
