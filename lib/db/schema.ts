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

/** An upload in the staff area, checked and valid, not yet published. */
export interface EntwuerfeTable {
  id: string;
  file_name: string;
  /** SHA-256 of the file as it will be published (CSV; a workbook is converted on upload). */
  sha256: string;
  row_count: number;
  bytes: Bytes;
  created_at: Timestamp;
  created_by: string;
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

/** A call (Abfrage): services, a deadline and a short text, optionally linked to a news item. */
export interface ReuseCallsTable {
  id: string;
  /** JSON array of OZG-IDs. */
  ozg_ids: Json;
  /** YYYY-MM-DD, the last day of the call. */
  frist: string;
  text: string;
  news_slug: string | null;
  created_at: Timestamp;
  created_by: string;
  updated_at: Timestamp;
  updated_by: string;
}

/** A Kommune's declaration of reuse interest in one service (docs/contract.md §7). */
export interface ReuseDeclarationsTable {
  id: string;
  ozg_id: string;
  /** Kreisschlüssel of the Landkreis or kreisfreie Stadt, e.g. "15085" (lib/reuse-vocabulary/kommunen.ts). */
  kreis_key: string;
  /** A Gemeinde in that Landkreis; null when the Landkreis or kreisfreie Stadt itself declares. */
  gemeinde_name: string | null;
  /** The Gemeinde's 8-digit Gemeindeschlüssel, when given. */
  ags: string | null;
  /** Identity of the Kommune: one declaration per Kommune and service. */
  kommune_key: string;
  /** Contact data: null once deleted (by the declarant or the retention job). */
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  /** YYYY-MM, the planned start. */
  start_month: string;
  comment: string | null;
  status: string;
  /** When the current status was set (retention counts from here). */
  status_at: Timestamp;
  /** 1 when declared after the deadline of the service's call. */
  late: number;
  call_id: string | null;
  /** SHA-256 of the private link's token; null once the link is void. */
  token_hash: string | null;
  /** The confirmed declaration that took this one's place. */
  replaced_by: string | null;
  consent_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  confirmed_at: Timestamp | null;
  contact_deleted_at: Timestamp | null;
}

/** Each status step of a declaration, with the date staff give it and a note. */
export interface ReuseHistoryTable {
  id: Generated<number | string>;
  declaration_id: string;
  at: Timestamp;
  actor: string;
  status: string;
  previous_status: string | null;
  /** YYYY-MM-DD: when the step happened (staff may date it back). */
  step_date: string;
  note: string | null;
}

/** Requests counted by the store-backed throttle (lib/auth/request-throttle.ts). */
export interface RequestEventsTable {
  id: string;
  scope: string;
  /** SHA-256 of the key (a client address): never kept readable. */
  key_hash: string;
  at: Timestamp;
}

export interface Database {
  accounts: AccountsTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  protokoll: ProtokollTable;
  staende: StaendeTable;
  news_items: NewsItemsTable;
  reuse_calls: ReuseCallsTable;
  reuse_declarations: ReuseDeclarationsTable;
  reuse_history: ReuseHistoryTable;
  request_events: RequestEventsTable;
  entwuerfe: EntwuerfeTable;
}

/** The query layer every lib function takes; a transaction is one too. */
export type Db = Kysely<Database>;

export type AccountRow = Selectable<AccountsTable>;
export type NewAccountRow = Insertable<AccountsTable>;
