/** Test helper: run a suite against a data folder (DATA_DIR), restoring the previous value after it. */
import { afterAll, beforeAll } from "vitest";

/** `dir` may be a function for folders that are created in an earlier beforeAll. */
export function useDataDir(dir: string | (() => string)): void {
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.DATA_DIR;
    process.env.DATA_DIR = typeof dir === "function" ? dir() : dir;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = previous;
  });
}
