import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { closeDatabase, getDatabase } from "./database";
import { pendingMigrations } from "./migrate";

describe("getDatabase", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "ozg-db-"));
  });
  afterEach(async () => {
    await closeDatabase();
    rmSync(dir, { recursive: true, force: true });
  });

  it("opens and migrates on first use, then gives every caller the same instance", async () => {
    const config = { dialect: "sqlite", file: path.join(dir, "app.db") } as const;
    const [a, b] = await Promise.all([getDatabase(config), getDatabase(config)]);
    expect(a).toBe(b);
    expect(await pendingMigrations(a)).toEqual([]);
    // Another bundle's copy of this module (Next bundles routes separately) shares it too.
    vi.resetModules();
    const copy = await import("./database");
    expect(await copy.getDatabase(config)).toBe(a);
  });

  it("does not remember a failed start: the next call tries again", async () => {
    const unreachable = { dialect: "postgres", url: "postgres://postgres@127.0.0.1:1/nichts" } as const;
    await expect(getDatabase(unreachable)).rejects.toThrow(/ECONNREFUSED/);
    const db = await getDatabase({ dialect: "sqlite", file: path.join(dir, "app.db") });
    expect(await pendingMigrations(db)).toEqual([]);
  });
});
