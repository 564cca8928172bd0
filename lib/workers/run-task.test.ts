import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { generatedCsv } from "../bench/generated-csv";
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

  it("sends a large Stand's rows in slices and puts them together in order, each slice short on the main thread", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "ozg-chunks-"));
    try {
      const file = path.join(dir, "2022-10-28.csv");
      await writeFile(file, generatedCsv(12_345));
      const received = await workerPool().runTimed({ kind: "stand", file, stand: "2022-10-28" }, { priority: "high" });
      const dataset = received.value as Awaited<ReturnType<typeof runTask<{ kind: "stand"; file: string; stand: string }>>>;
      expect(dataset.rows).toHaveLength(12_345);
      expect(dataset.rows.every((row, i) => dataset.rowIndexById.get(row.ozgId) === i)).toBe(true);
      expect(dataset.rows[12_344].ozgId).toBe(String(1_000_000 + 12_344));
      expect(received.longestSliceMs).toBeLessThanOrEqual(received.receiveMs);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
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
