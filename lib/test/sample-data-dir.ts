/**
 * Test helper: a fresh copy of the sample's Stände as DATA_DIR for a suite, with the embedded
 * database it may create there; closed, restored and removed afterwards.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";

export function useSampleDataDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.DATA_DIR;
    process.env.DATA_DIR = dir;
    cpSync(path.resolve("data/uebersicht"), path.join(dir, "uebersicht"), { recursive: true });
  });
  afterAll(async () => {
    const { closeDatabase } = await import("../db/database");
    await closeDatabase();
    if (previous === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = previous;
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
