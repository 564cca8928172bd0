import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { resolveDatabaseConfig } from "./config";
import { migrateToLatest, pendingMigrations } from "./migrate";
import { MIGRATIONS } from "./migrations";
import { openDatabase } from "./open";
import { describeStores } from "./test-stores";

const PROJECT = path.resolve(__dirname, "../..");

/** The real CLI in its own process (two SQLite connections in one thread would block each other). */
function runMigrate(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/cli/migrate.ts"], { cwd: PROJECT, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const TABLES = ["accounts", "api_tokens", "entwuerfe", "login_attempts", "news_items", "protokoll", "request_events", "reuse_calls", "reuse_declarations", "reuse_history", "sessions", "staende"];
const ALL = Object.keys(MIGRATIONS);

describeStores(
  "migrations",
  (ctx) => {
    it("apply every migration to an empty database, then none on the next run", async () => {
      expect(await pendingMigrations(ctx.db)).toEqual(ALL);
      expect(await migrateToLatest(ctx.db)).toEqual(ALL);
      expect(await migrateToLatest(ctx.db)).toEqual([]);
      expect(await pendingMigrations(ctx.db)).toEqual([]);
      // Only this test's schema: the introspection lists every schema of the database.
      const own = ctx.config.dialect === "postgres" ? ctx.config.schema : undefined;
      const tables = (await ctx.db.introspection.getTables()).filter((t) => !own || t.schema === own).map((t) => t.name).sort();
      expect(tables).toEqual(TABLES);
    });

    it("are idempotent across connections: a second process finds nothing to do", async () => {
      await migrateToLatest(ctx.db);
      const second = await openDatabase(ctx.config);
      try {
        expect(await migrateToLatest(second)).toEqual([]);
      } finally {
        await second.destroy();
      }
    });

    it("two processes starting at once (npm run migrate) apply each migration exactly once", async () => {
      const [a, b] = await Promise.all([runMigrate(ctx.env), runMigrate(ctx.env)]);
      expect([a.code, b.code]).toEqual([0, 0]);
      const applied = (a.stdout + b.stdout).split("\n").filter((line) => line.startsWith("Migration angewendet: "));
      expect(applied).toEqual(ALL.map((name) => `Migration angewendet: ${name}`));
      const { rows } = await sql<{ n: number | string }>`select count(*) as n from kysely_migration`.execute(ctx.db);
      expect(Number(rows[0].n)).toBe(ALL.length);
    });

    it("keep e-mail addresses unique regardless of case, in the database itself", async () => {
      await migrateToLatest(ctx.db);
      const row = (id: string, email: string) => ({
        id,
        email,
        role: "admin" as const,
        password_hash: "x",
        created_at: "2026-01-01T00:00:00.000Z",
        password_changed_at: "2026-01-01T00:00:00.000Z",
      });
      await ctx.db.insertInto("accounts").values(row("a", "anna@example.org")).execute();
      await expect(ctx.db.insertInto("accounts").values(row("b", "Anna@Example.org")).execute()).rejects.toThrow();
    });

    it("refuse a role other than redaktion or admin", async () => {
      await migrateToLatest(ctx.db);
      await expect(
        ctx.db
          .insertInto("accounts")
          .values({ id: "a", email: "a@example.org", role: "gast" as never, password_hash: "x", created_at: "2026-01-01T00:00:00.000Z", password_changed_at: "2026-01-01T00:00:00.000Z" })
          .execute(),
      ).rejects.toThrow();
    });

    it("store the bytes of a Stand and give them back unchanged", async () => {
      await migrateToLatest(ctx.db);
      const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0x00, 0xff, 0x3b, 0x0d, 0x0a]);
      await ctx.db
        .insertInto("staende")
        .values({ stand: "2022-10-28", sha256: "ab", row_count: 1, file_name: "x.csv", published_at: "2026-01-01T00:00:00.000Z", published_by: "a", bytes })
        .execute();
      const row = await ctx.db.selectFrom("staende").select("bytes").executeTakeFirstOrThrow();
      expect(Buffer.compare(row.bytes!, bytes)).toBe(0);
    });
  },
  { migrate: false },
);

describe("SQLite file", () => {
  it("lives at DATA_DIR/app.db, in WAL mode", async () => {
    const { mkdtempSync, rmSync } = await import("node:fs");
    const os = await import("node:os");
    const dir = mkdtempSync(path.join(os.tmpdir(), "ozg-db-"));
    try {
      const config = resolveDatabaseConfig({ DATA_DIR: dir });
      expect(config).toEqual({ dialect: "sqlite", file: path.join(dir, "app.db") });
      const db = await openDatabase(config);
      const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
      expect(rows[0].journal_mode).toBe("wal");
      const { rows: busy } = await sql<{ timeout: number }>`pragma busy_timeout`.execute(db);
      expect(busy[0].timeout).toBeGreaterThanOrEqual(1000);
      await db.destroy();
      expect(existsSync(path.join(dir, "app.db"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("resolveDatabaseConfig", () => {
  it("uses PostgreSQL when DATABASE_URL is a postgres:// address", () => {
    expect(resolveDatabaseConfig({ DATABASE_URL: "postgres://u@h:5432/db", DATA_DIR: "/x" })).toEqual({ dialect: "postgres", url: "postgres://u@h:5432/db" });
    expect(resolveDatabaseConfig({ DATABASE_URL: "postgresql://u@h/db" }).dialect).toBe("postgres");
  });

  it("defaults to ./data/app.db", () => {
    expect(resolveDatabaseConfig({})).toEqual({ dialect: "sqlite", file: path.join(process.cwd(), "data", "app.db") });
  });

  it("refuses another kind of DATABASE_URL with a German message", () => {
    expect(() => resolveDatabaseConfig({ DATABASE_URL: "mysql://u@h/db" })).toThrow(/DATABASE_URL muss mit postgres:\/\//);
  });
});
