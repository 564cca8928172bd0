/**
 * Runs a test suite against both stores: SQLite in a fresh temporary folder per test, and
 * PostgreSQL (TEST_DATABASE_URL) in a freshly created schema per test, dropped afterwards.
 * Without TEST_DATABASE_URL the PostgreSQL half is skipped, and says so.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe } from "vitest";
import type { DatabaseConfig } from "./config";
import { migrateToLatest } from "./migrate";
import { openDatabase } from "./open";
import type { Db } from "./schema";

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

export type StoreName = "SQLite" | "PostgreSQL";

export interface StoreContext {
  readonly store: StoreName;
  /** The open, migrated (unless `migrate: false`) database of the current test. */
  readonly db: Db;
  readonly config: DatabaseConfig;
  /** A temporary DATA_DIR of the current test (for SQLite it holds app.db). */
  readonly dataDir: string;
  /** Environment for a child process that must use the same database (DATA_DIR, DATABASE_URL). */
  readonly env: Record<string, string>;
}

interface Options {
  /** false: the database starts empty (for tests of the migrations themselves). */
  migrate?: boolean;
}

let warned = false;

function warnOnce(title: string): void {
  if (warned) return;
  warned = true;
  console.warn(`${title}: PostgreSQL tests skipped: TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test).`);
}

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A connection string whose sessions work in `schema` (for child processes). */
function urlWithSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("options", `-c search_path=${schema}`);
  return parsed.toString();
}

export function describeStores(title: string, define: (ctx: StoreContext) => void, options: Options = {}): void {
  const migrate = options.migrate ?? true;

  describe(`${title} (SQLite)`, () => {
    const ctx = { store: "SQLite" } as { -readonly [K in keyof StoreContext]: StoreContext[K] };
    beforeEach(async () => {
      ctx.dataDir = mkdtempSync(path.join(os.tmpdir(), "ozg-db-"));
      ctx.config = { dialect: "sqlite", file: path.join(ctx.dataDir, "app.db") };
      ctx.env = { DATA_DIR: ctx.dataDir, DATABASE_URL: "" };
      ctx.db = await openDatabase(ctx.config);
      if (migrate) await migrateToLatest(ctx.db);
    });
    afterEach(async () => {
      await ctx.db?.destroy();
      rmSync(ctx.dataDir, { recursive: true, force: true });
    });
    define(ctx);
  });

  if (!TEST_DATABASE_URL) warnOnce(title);
  describe.skipIf(!TEST_DATABASE_URL)(`${title} (PostgreSQL)`, () => {
    const ctx = { store: "PostgreSQL" } as { -readonly [K in keyof StoreContext]: StoreContext[K] };
    let schema: string;
    beforeEach(async () => {
      schema = `test_${randomBytes(6).toString("hex")}`;
      await adminQuery(`create schema ${schema}`);
      ctx.dataDir = mkdtempSync(path.join(os.tmpdir(), "ozg-db-"));
      ctx.config = { dialect: "postgres", url: TEST_DATABASE_URL!, schema };
      ctx.env = { DATA_DIR: ctx.dataDir, DATABASE_URL: urlWithSchema(TEST_DATABASE_URL!, schema) };
      ctx.db = await openDatabase(ctx.config);
      if (migrate) await migrateToLatest(ctx.db);
    });
    afterEach(async () => {
      await ctx.db?.destroy();
      rmSync(ctx.dataDir, { recursive: true, force: true });
      await adminQuery(`drop schema if exists ${schema} cascade`);
    });
    define(ctx);
  });
}

/** A clock the test moves by hand. */
export function testClock(start = "2026-03-02T09:00:00.000Z"): { now: () => Date; advance: (ms: number) => void; set: (iso: string) => void } {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
    set: (iso) => {
      t = Date.parse(iso);
    },
  };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
