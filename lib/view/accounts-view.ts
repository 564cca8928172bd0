/** What /verwaltung/konten shows: the accounts and the API tokens, with times in Europe/Berlin. */
import { listAccounts } from "../auth/accounts";
import { listApiTokens } from "../auth/api-tokens";
import type { Db } from "../db/schema";
import { recordTime } from "../record/record-details";

export interface AccountRow {
  email: string;
  role: string;
  created: string;
  passwordChanged: string;
  /** The signed-in admin's own account (not removable or demotable here). */
  own: boolean;
}

export interface TokenRow {
  id: string;
  name: string;
  email: string;
  created: string;
  createdBy: string;
  lastUsed: string;
  /** „widerrufen am … von …“, or null while the token works. */
  revoked: string | null;
}

export interface AccountsView {
  accounts: AccountRow[];
  tokens: TokenRow[];
}

export async function loadAccountsView(db: Db, ownEmail: string): Promise<AccountsView> {
  const [accounts, tokens] = await Promise.all([listAccounts(db), listApiTokens(db)]);
  return {
    accounts: accounts.map((a) => ({ email: a.email, role: a.role, created: recordTime(a.createdAt), passwordChanged: recordTime(a.passwordChangedAt), own: a.email === ownEmail })),
    tokens: tokens.map((t) => ({
      id: t.id,
      name: t.name,
      email: t.email,
      created: recordTime(t.createdAt),
      createdBy: t.createdBy,
      lastUsed: t.lastUsedAt ? recordTime(t.lastUsedAt) : "noch nie",
      revoked: t.revokedAt ? `${recordTime(t.revokedAt)}${t.revokedBy ? ` von ${t.revokedBy}` : ""}` : null,
    })),
  };
}
