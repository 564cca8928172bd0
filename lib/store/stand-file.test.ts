/** Reading a Stand with its prepared snapshot: used when it fits, rebuilt when missing, stale or damaged. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSnapshot } from "../dataset/snapshot";
import { rowAt } from "../dataset/rows";
import { SORT_KEYS, buildSortOrder, sortKeyName, sortOrder, sortOrdersOf } from "../dataset/sort";
import { sha256Hex } from "./prepare";
import { snapshotFileOf } from "./snapshot-file";
import { transferables } from "../worker-tasks/tasks";
import { type LoadedStand, adoptLoadedStand, loadStandFile, readStandFile } from "./stand-file";

const dir = mkdtempSync(path.join(os.tmpdir(), "snapshot-"));
const file = path.join(dir, "uebersicht/2022-10-28.csv");
const snapshotFile = snapshotFileOf(file);
mkdirSync(path.dirname(file), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readStandFile and its snapshot", () => {
  it("builds from the CSV and writes the snapshot beside it, for exactly these bytes", async () => {
    copyFileSync(path.resolve("data/uebersicht/2022-10-28.csv"), file);
    const dataset = await readStandFile(file, "2022-10-28");
    expect(dataset.rowCount).toBe(186);
    expect(snapshotFile).toBe(path.join(dir, "uebersicht/.index/2022-10-28.snapshot"));
    const read = readSnapshot(readFileSync(snapshotFile), sha256Hex(readFileSync(file)));
    expect(read.ok).toBe(true);
  });

  it("uses a fitting snapshot without rewriting it", async () => {
    const before = statSync(snapshotFile).mtimeMs;
    const dataset = await readStandFile(file, "2022-10-28");
    expect(rowAt(dataset, 0).ozgId).toBe(rowAt(await readStandFile(file, "2022-10-28"), 0).ozgId);
    expect(statSync(snapshotFile).mtimeMs).toBe(before);
  });

  it("rebuilds a damaged snapshot from the CSV", async () => {
    const damaged = readFileSync(snapshotFile);
    damaged[damaged.length - 10] ^= 0xff;
    writeFileSync(snapshotFile, damaged);
    expect((await readStandFile(file, "2022-10-28")).rowCount).toBe(186);
    expect(readSnapshot(readFileSync(snapshotFile), sha256Hex(readFileSync(file))).ok).toBe(true);
  });

  it("ignores a stale snapshot (of other bytes) and rebuilds it for the CSV as it is now", async () => {
    copyFileSync(path.resolve("data/uebersicht/2022-09-30.csv"), file);
    const dataset = await readStandFile(file, "2022-10-28");
    expect(dataset.rowCount).toBe(184);
    const read = readSnapshot(readFileSync(snapshotFile), sha256Hex(readFileSync(file)));
    expect(read.ok && read.dataset.rowCount).toBe(184);
  });
});

describe("a Stand read in a worker thread keeps its sort orders", () => {
  /** What postMessage does to a LoadedStand on its way from the worker: a structured clone, buffers moved. */
  const hop = (loaded: LoadedStand): LoadedStand => structuredClone(loaded, { transfer: transferables(loaded) });

  it("from the snapshot and from the CSV: every order arrives and is used, none is built on a request", async () => {
    copyFileSync(path.resolve("data/uebersicht/2022-10-28.csv"), file);
    rmSync(snapshotFile, { force: true });
    for (const source of ["csv", "snapshot"]) {
      const loaded = await loadStandFile(file, "2022-10-28");
      expect(loaded.orders.map(([key]) => key).sort(), source).toEqual(SORT_KEYS.map(({ field, desc }) => sortKeyName(field, desc)).sort());
      const arrived = hop(loaded);
      // The clone alone has lost the orders (they live beside the Dataset, per thread) …
      expect(sortOrdersOf(arrived.dataset), source).toEqual([]);
      const dataset = adoptLoadedStand(arrived);
      // … adopted, the cached order is the one that came along, and it is the right one.
      const byLeistung = new Map(arrived.orders).get("leistung")!;
      expect(sortOrder(dataset, "leistung", false), source).toBe(byLeistung);
      expect(Array.from(byLeistung), source).toEqual(Array.from(buildSortOrder(dataset, "leistung", false)));
    }
  });
});
