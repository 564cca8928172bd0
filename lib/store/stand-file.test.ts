/** Reading a Stand with its prepared snapshot: used when it fits, rebuilt when missing, stale or damaged. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSnapshot } from "../dataset/snapshot";
import { rowAt } from "../dataset/rows";
import { sha256Hex } from "./prepare";
import { snapshotFileOf } from "./snapshot-file";
import { readStandFile } from "./stand-file";

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
