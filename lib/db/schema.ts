/**
 * The application's database as TypeScript sees it (Kysely). Column names are the database's
 * (snake_case); the modules that read them map rows to domain objects.
 */
import type { ColumnType, Generated, Insertable, Kysely, Selectable } from "kysely";

/** ISO 8601 instant: timestamptz in PostgreSQL (read as Date), text in SQLite (read as string). */
export type Timestamp = ColumnType<Date | string, string, string>;

/** JSON: jsonb in PostgreSQL (read parsed), text in SQLite (read as string); always written as text. */
export type Json = ColumnType<unknown, string, string>;

/** Bytes: bytea in PostgreSQL, blob in SQLite. */
export type Bytes = ColumnType<Buffer, Buffer, Buffer>;

export const ROLES = ["redaktion", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface AccountsTable {
  id: string;
  /** Trimmed and lower-cased; unique (also as lower(email)). */
  email: string;
  role: Role;
  /** Self-describing scrypt hash (lib/auth/password.ts). */
  password_hash: string;
  created_at: Timestamp;
  password_changed_at: Timestamp;
}

export interface ApiTokensTable {
  id: string;
  account_id: string;
  name: string;
  /** SHA-256 of the token, hex; the token itself is never stored. */
  token_hash: string;
  created_at: Timestamp;
  created_by: string;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the random session id, hex; the cookie holds the id itself. */
  id_hash: string;
  account_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface LoginAttemptsTable {
  id: string;
  at: Timestamp;
  /** SHA-256 of the e-mail address tried (normalised): whatever was typed, it is not kept readable. */
  email_hash: string | null;
  /** The client address, when known. */
  address: string | null;
}

export interface ProtokollTable {
  /** Append order; newest first means highest id first. bigint in PostgreSQL (read as string). */
  id: Generated<number | string>;
  at: Timestamp;
  actor: string;
  action: string;
  details: Json;
}

export interface StaendeTable {
  /** YYYY-MM-DD, the published file's name. */
  stand: string;
  sha256: string;
  row_count: number;
  /** The name of the file as it was uploaded or imported. */
  file_name: string | null;
  published_at: Timestamp;
  published_by: string;
  withdrawn_at: Timestamp | null;
  withdrawn_by: string | null;
  withdrawn_reason: string | null;
  restored_at: Timestamp | null;
  restored_by: string | null;
  /** The file's bytes where Stände live in the database (PostgreSQL with several instances). */
  bytes: Bytes | null;
}

export interface NewsItemsTable {
  /** The item's address /aktuelles/<slug>; same rules as the Markdown file names. */
  slug: string;
  title: string;
  short_title: string | null;
  summary: string | null;
  category: string;
  /** YYYY-MM-DD. */
  date: string;
  end_date: string | null;
  deadline: string | null;
  location: string | null;
  /** JSON array of OZG-IDs. */
  ozg_ids: Json;
  /** Markdown. */
  body: string;
  /** Null while unpublished. */
  published_at: Timestamp | null;
  published_by: string | null;
  created_at: Timestamp;
  created_by: string;
  updated_at: Timestamp;
  updated_by: string;
}

export interface Database {
  accounts: AccountsTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  protokoll: ProtokollTable;
  staende: StaendeTable;
  news_items: NewsItemsTable;
}

/** The query layer every lib function takes; a transaction is one too. */
export type Db = Kysely<Database>;

export type AccountRow = Selectable<AccountsTable>;
export type NewAccountRow = Insertable<AccountsTable>;
