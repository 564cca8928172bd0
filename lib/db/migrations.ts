/**
 * The schema's history, in code (bundled with the app; nothing is read from disk at run time).
 * One list for both stores: each migration asks which store it runs on where types differ.
 * Never change a migration that was released; add a new one. Names sort in the order they run.
 */
import { type ColumnDataType, type Kysely, type Migration, sql } from "kysely";
import { dialectOf } from "./open";

/** The message both stores give when anything tries to change or delete a record entry. */
export const PROTOKOLL_APPEND_ONLY_MESSAGE = "Das Protokoll ist unveränderlich: Einträge werden nur angefügt, nie geändert oder gelöscht.";

function columnTypes(db: Kysely<unknown>): { timestamp: ColumnDataType; json: ColumnDataType; bytes: ColumnDataType } {
  return dialectOf(db) === "postgres"
    ? { timestamp: "timestamptz", json: "jsonb", bytes: "bytea" }
    : // SQLite keeps ISO 8601 text, which sorts and compares like the instant it names.
      { timestamp: "text", json: "text", bytes: "blob" };
}

const initial: Migration = {
  async up(db) {
    const t = columnTypes(db);
    const postgres = dialectOf(db) === "postgres";

    await db.schema
      .createTable("accounts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("email", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('redaktion', 'admin')`))
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("created_at", t.timestamp, (c) => c.notNull())
      .addColumn("password_changed_at", t.timestamp, (c) => c.notNull())
      .execute();
    // Case-insensitive uniqueness in the database itself, whatever the code normalises.
    await db.schema.createIndex("accounts_email_unique").unique().on("accounts").expression(sql`lower(email)`).execute();

    await db.schema
      .createTable("api_tokens")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("created_at", t.timestamp, (c) => c.notNull())
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("last_used_at", t.timestamp)
      .addColumn("revoked_at", t.timestamp)
      .addColumn("revoked_by", "text")
      .execute();
    await db.schema.createIndex("api_tokens_account").on("api_tokens").column("account_id").execute();

    await db.schema
      .createTable("sessions")
      .addColumn("id_hash", "text", (c) => c.primaryKey())
      .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
      .addColumn("created_at", t.timestamp, (c) => c.notNull())
      .addColumn("last_seen_at", t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex("sessions_account").on("sessions").column("account_id").execute();
    await db.schema.createIndex("sessions_last_seen").on("sessions").column("last_seen_at").execute();

    await db.schema
      .createTable("login_attempts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("at", t.timestamp, (c) => c.notNull())
      .addColumn("email_hash", "text")
      .addColumn("address", "text")
      .execute();
    await db.schema.createIndex("login_attempts_email").on("login_attempts").columns(["email_hash", "at"]).execute();
    await db.schema.createIndex("login_attempts_address").on("login_attempts").columns(["address", "at"]).execute();
    await db.schema.createIndex("login_attempts_at").on("login_attempts").column("at").execute();

    await db.schema
      .createTable("protokoll")
      .addColumn("id", postgres ? "bigint" : "integer", (c) =>
        postgres ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement(),
      )
      .addColumn("at", t.timestamp, (c) => c.notNull())
      .addColumn("actor", "text", (c) => c.notNull())
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("details", t.json, (c) => c.notNull())
      .execute();
    await db.schema.createIndex("protokoll_at").on("protokoll").column("at").execute();
    await db.schema.createIndex("protokoll_action").on("protokoll").columns(["action", "id"]).execute();
    await db.schema.createIndex("protokoll_actor").on("protokoll").columns(["actor", "id"]).execute();
    // Append-only in the database itself: no code path, no manual UPDATE or DELETE changes the record.
    if (postgres) {
      await sql`
        create function protokoll_append_only() returns trigger language plpgsql as $$
        begin
          raise exception ${sql.lit(PROTOKOLL_APPEND_ONLY_MESSAGE)};
        end
        $$`.execute(db);
      await sql`create trigger protokoll_no_update_delete before update or delete on protokoll for each row execute function protokoll_append_only()`.execute(db);
      await sql`create trigger protokoll_no_truncate before truncate on protokoll for each statement execute function protokoll_append_only()`.execute(db);
    } else {
      const raise = sql.raw(`select raise(abort, '${PROTOKOLL_APPEND_ONLY_MESSAGE.replaceAll("'", "''")}')`);
      await sql`create trigger protokoll_no_update before update on protokoll begin ${raise}; end`.execute(db);
      await sql`create trigger protokoll_no_delete before delete on protokoll begin ${raise}; end`.execute(db);
    }

    await db.schema
      .createTable("staende")
      .addColumn("stand", "text", (c) => c.primaryKey())
      .addColumn("sha256", "text", (c) => c.notNull())
      .addColumn("row_count", "integer", (c) => c.notNull())
      .addColumn("file_name", "text")
      .addColumn("published_at", t.timestamp, (c) => c.notNull())
      .addColumn("published_by", "text", (c) => c.notNull())
      .addColumn("withdrawn_at", t.timestamp)
      .addColumn("withdrawn_by", "text")
      .addColumn("withdrawn_reason", "text")
      .addColumn("restored_at", t.timestamp)
      .addColumn("restored_by", "text")
      .addColumn("bytes", t.bytes)
      .execute();

    await db.schema
      .createTable("news_items")
      .addColumn("slug", "text", (c) => c.primaryKey())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("short_title", "text")
      .addColumn("summary", "text")
      .addColumn("category", "text", (c) => c.notNull())
      .addColumn("date", "text", (c) => c.notNull())
      .addColumn("end_date", "text")
      .addColumn("deadline", "text")
      .addColumn("location", "text")
      .addColumn("ozg_ids", t.json, (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("published_at", t.timestamp)
      .addColumn("published_by", "text")
      .addColumn("created_at", t.timestamp, (c) => c.notNull())
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("updated_at", t.timestamp, (c) => c.notNull())
      .addColumn("updated_by", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("news_items_published").on("news_items").columns(["published_at", "date"]).execute();
  },
};

/** The statuses a reuse declaration can have (lib/reuse/status.ts; docs/contract.md §7). */
const REUSE_STATUS_CHECK = sql`status in ('unbestaetigt', 'interesse', 'in-abstimmung', 'vereinbarung', 'angebunden', 'in-betrieb', 'zurueckgezogen')`;

/**
 * Reuse interest (docs/contract.md §7): calls with a deadline, declarations of a Kommune for a
 * service with their contact data (deleted by the retention job), each status step, and the
 * store-backed throttle of public forms. Numbered after the staff area's 0002 and 0003.
 */
const reuse: Migration = {
  async up(db) {
    const t = columnTypes(db);
    const postgres = dialectOf(db) === "postgres";

    await db.schema
      .createTable("reuse_calls")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("ozg_ids", t.json, (c) => c.notNull())
      .addColumn("frist", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("news_slug", "text")
      .addColumn("created_at", t.timestamp, (c) => c.notNull())
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("updated_at", t.timestamp, (c) => c.notNull())
      .addColumn("updated_by", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("reuse_declarations")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("ozg_id", "text", (c) => c.notNull())
      .addColumn("kreis_key", "text", (c) => c.notNull())
      .addColumn("gemeinde_name", "text")
      .addColumn("ags", "text")
      .addColumn("kommune_key", "text", (c) => c.notNull())
      .addColumn("contact_name", "text")
      .addColumn("contact_email", "text")
      .addColumn("contact_phone", "text")
      .addColumn("start_month", "text", (c) => c.notNull())
      .addColumn("comment", "text")
      .addColumn("status", "text", (c) => c.notNull().check(REUSE_STATUS_CHECK))
      .addColumn("status_at", t.timestamp, (c) => c.notNull())
      .addColumn("late", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("call_id", "text", (c) => c.references("reuse_calls.id").onDelete("set null"))
      .addColumn("token_hash", "text", (c) => c.unique())
      .addColumn("replaced_by", "text")
      .addColumn("consent_at", t.timestamp, (c) => c.notNull())
      .addColumn("created_at", t.timestamp, (c) => c.notNull())
      .addColumn("updated_at", t.timestamp, (c) => c.notNull())
      .addColumn("confirmed_at", t.timestamp)
      .addColumn("contact_deleted_at", t.timestamp)
      .execute();
    await db.schema.createIndex("reuse_declarations_service").on("reuse_declarations").columns(["ozg_id", "kommune_key"]).execute();
    await db.schema.createIndex("reuse_declarations_kreis").on("reuse_declarations").column("kreis_key").execute();
    await db.schema.createIndex("reuse_declarations_retention").on("reuse_declarations").columns(["status", "status_at"]).execute();
    // One confirmed declaration per Kommune and service, in the database itself; unconfirmed ones wait beside it.
    await db.schema
      .createIndex("reuse_declarations_one_per_kommune")
      .unique()
      .on("reuse_declarations")
      .columns(["ozg_id", "kommune_key"])
      .where(sql.ref("replaced_by"), "is", null)
      .where(sql.ref("status"), "<>", "unbestaetigt")
      .execute();

    await db.schema
      .createTable("reuse_history")
      .addColumn("id", postgres ? "bigint" : "integer", (c) => (postgres ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement()))
      .addColumn("declaration_id", "text", (c) => c.notNull().references("reuse_declarations.id").onDelete("cascade"))
      .addColumn("at", t.timestamp, (c) => c.notNull())
      .addColumn("actor", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("previous_status", "text")
      .addColumn("step_date", "text", (c) => c.notNull())
      .addColumn("note", "text")
      .execute();
    await db.schema.createIndex("reuse_history_declaration").on("reuse_history").columns(["declaration_id", "id"]).execute();

    await db.schema
      .createTable("request_events")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("scope", "text", (c) => c.notNull())
      .addColumn("key_hash", "text", (c) => c.notNull())
      .addColumn("at", t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex("request_events_key").on("request_events").columns(["scope", "key_hash", "at"]).execute();
    await db.schema.createIndex("request_events_at").on("request_events").column("at").execute();
  },
};

/**
 * Uploads waiting to be published from the staff area: checked and valid, shown with their
 * changes, published (or dropped) in a later request. Not part of the record; removed when
 * published and after a day (lib/store/drafts.ts).
 */
const drafts: Migration = {
  async up(db) {
    const t = columnTypes(db);
    await db.schema
      .createTable("entwuerfe")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("file_name", "text", (c) => c.notNull())
      .addColumn("sha256", "text", (c) => c.notNull())
      .addColumn("row_count", "integer", (c) => c.notNull())
      .addColumn("bytes", t.bytes, (c) => c.notNull())
      .addColumn("created_at", t.timestamp, (c) => c.notNull())
      .addColumn("created_by", "text", (c) => c.notNull())
      .execute();
  },
};

/** Every migration, by name; the migrator applies the missing ones in name order. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  "0001-konten-sitzungen-protokoll-staende-aktuelles": initial,
  "0004-nachnutzung": reuse,
  "0005-entwuerfe": drafts,
};
