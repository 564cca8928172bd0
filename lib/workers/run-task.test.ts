import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { DataSourceError } from "../store/errors";
import { poolSize, runTask, workerPool } from "./run-task";

describe("runTask (a real worker thread, TypeScript via tsx)", () => {
  it("checks uploaded bytes in a worker", async () => {
    const bytes = new Uint8Array(await readFile("data/uebersicht/2022-10-28.csv"));
    const check = await runTask({ kind: "check", fileName: "probe.csv", bytes }, [bytes.buffer as ArrayBuffer]);
    expect(check).toEqual({ ok: true, report: { file: "probe.csv", rows: 186, errors: [], warnings: [] } });
    // The bytes were moved to the worker, not copied.
    expect(bytes.byteLength).toBe(0);
    expect(workerPool().stats().workers).toBeGreaterThanOrEqual(1);
  });

  it("loads a Stand into a Dataset whose typed arrays arrive intact", async () => {
    const dataset = await runTask({ kind: "stand", file: "data/uebersicht/2022-10-28.csv", stand: "2022-10-28" });
    expect(dataset.stand).toBe("2022-10-28");
    expect(dataset.rows).toHaveLength(186);
    expect(dataset.codes.phase).toBeInstanceOf(Uint16Array);
    expect(dataset.codes.phase).toHaveLength(186);
    expect(dataset.rowIndexById.get(dataset.rows[5].ozgId)).toBe(5);
  });

  it("gives back a broken Stand as a DataSourceError with its problems", async () => {
    const error = await runTask({ kind: "stand", file: "e2e/fixtures/broken-data/uebersicht/2022-10-28.csv", stand: "2022-10-28" }).catch((e) => e);
    expect(error).toBeInstanceOf(DataSourceError);
    expect((error as DataSourceError).problems.map((p) => p.line)).toEqual([3, 4]);
  });

  it("sizes the pool from the cores: 1 on two cores, never more than 2", () => {
    expect([1, 2, 3, 4, 16].map((cores) => poolSize(cores))).toEqual([1, 1, 2, 2, 2]);
  });
});
