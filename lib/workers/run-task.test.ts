import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generatedCsv } from "../bench/generated-csv";
import type { LoadedStand } from "../store/stand-file";
import { rowAt, rowIndexOf } from "../dataset/rows";
import type { UploadCheck } from "../overview/upload-report";
import { TaskError } from "./pool";
import { poolSize, runTask, workerPool } from "./run-task";

const notHere = () => Promise.reject(new Error("must run in the worker"));

describe("runTask (a real worker thread, TypeScript via tsx)", () => {
  it("checks uploaded bytes in a worker, the bytes moved there", async () => {
    const bytes = new Uint8Array(await readFile("data/uebersicht/2022-10-28.csv"));
    const check = await runTask<UploadCheck>(
      { kind: "check", fileName: "probe.csv", bytes },
      { transfer: [bytes.buffer as ArrayBuffer], inProcess: notHere },
    );
    expect(check).toMatchObject({ ok: true, report: { file: "probe.csv", rows: 186, errors: [], warnings: [] } });
    expect(bytes.byteLength).toBe(0);
    expect(workerPool().stats().workers).toBeGreaterThanOrEqual(1);
  });

  it("loads a Stand into a Dataset whose typed arrays arrive intact, moved not copied", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "ozg-stand-"));
    try {
      const file = path.join(dir, "2022-10-28.csv");
      await writeFile(file, generatedCsv(12_345));
      const received = await workerPool().runTimed({ kind: "stand", file, stand: "2022-10-28" }, { priority: "high" });
      const loaded = received.value as LoadedStand;
      const dataset = loaded.dataset;
      expect(dataset.rowCount).toBe(12_345);
      expect(dataset.codes.phase).toBeInstanceOf(Uint16Array);
      expect(dataset.codes.phase).toHaveLength(12_345);
      expect(rowAt(dataset, 12_344).ozgId).toBe(String(1_000_000 + 12_344));
      expect(rowIndexOf(dataset, "1000500")).toBe(500);
      expect(received.receiveMs).toBeGreaterThanOrEqual(0);
      // Every sort order comes along (built in the worker), as typed arrays over all rows.
      const byLeistung = new Map(loaded.orders).get("leistung");
      expect(byLeistung).toBeInstanceOf(Uint32Array);
      expect(byLeistung).toHaveLength(12_345);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("gives back a broken Stand's error with its problems", async () => {
    const error = await runTask({ kind: "stand", file: "e2e/fixtures/broken-data/uebersicht/2022-10-28.csv", stand: "2022-10-28" }, { inProcess: notHere }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TaskError);
    expect((error as TaskError).error).toMatchObject({ name: "DataSourceError", problemCount: 2 });
    expect(((error as TaskError).error.problems as { line: number }[]).map((p) => p.line)).toEqual([3, 4]);
  });

  it("sizes the pool from the cores: 1 on two cores, never more than 2", () => {
    expect([1, 2, 3, 4, 16].map((cores) => poolSize(cores))).toEqual([1, 1, 2, 2, 2]);
  });
});
