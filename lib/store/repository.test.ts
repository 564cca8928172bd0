import { mkdtemp, rm, writeFile, mkdir, unlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataSourceError } from "./errors";
import { getDataset, getHistoryRow, getMetadata, listStaende } from "./repository";
import { allRows } from "../dataset/rows";

const HEADER = "OZG-ID;Leistung;Themenfeld;Phase\r\n";
let root: string;

async function writeStand(stand: string, body: string) {
  await writeFile(path.join(root, "uebersicht", `${stand}.csv`), HEADER + body);
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "ozg-repo-"));
  await mkdir(path.join(root, "uebersicht"));
  await writeFile(path.join(root, "metadata.json"), JSON.stringify({ publisher: "MID", contactEmail: "ozg@sachsen-anhalt.de", sampleData: true }));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("listStaende", () => {
  it("lists the published Stände oldest first and ignores other files", async () => {
    await writeStand("2022-10-28", "10000;Elterngeld;Familie & Kind;Betrieb\r\n");
    await writeStand("2022-09-30", "10000;Elterngeld;Familie & Kind;Rollout\r\n");
    await writeFile(path.join(root, "uebersicht", "notizen.txt"), "x");
    expect(await listStaende(root)).toEqual(["2022-09-30", "2022-10-28"]);
  });

  it("refuses a file whose name is not a real date, naming it", async () => {
    await writeStand("2022-13-01", "10000;Elterngeld;Familie & Kind;Betrieb\r\n");
    await expect(listStaende(root)).rejects.toThrow("Die Datei uebersicht/2022-13-01.csv hat kein gültiges Datum im Namen");
  });

  it("explains a missing folder and a folder without Stände", async () => {
    await expect(listStaende(path.join(root, "fehlt"))).rejects.toBeInstanceOf(DataSourceError);
    await expect(listStaende(root)).rejects.toThrow("noch kein Stand veröffentlicht");
  });
});

describe("getDataset", () => {
  it("keeps a Stand in memory and reads it again when its file changes", async () => {
    await writeStand("2022-10-28", "10000;Elterngeld;Familie & Kind;Betrieb\r\n");
    const first = await getDataset("2022-10-28", root);
    expect(await getDataset("2022-10-28", root)).toBe(first);
    await writeStand("2022-10-28", "10000;Elterngeld;Familie & Kind;Betrieb\r\n10001;Kindergeld;Familie & Kind;Planung\r\n");
    const second = await getDataset("2022-10-28", root);
    expect(second).not.toBe(first);
    expect([...allRows(second)].map((r) => r.ozgId)).toEqual(["10000", "10001"]);
  });

  it("turns a broken published file into an error with every problem, and recovers once it is fixed", async () => {
    await writeStand("2022-10-28", "10000;Elterngeld;Familie & Kind;Umsetzen\r\n10000;Doppelt;Bildung;Planung\r\n");
    const error = await getDataset("2022-10-28", root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataSourceError);
    expect((error as DataSourceError).problems.map((p) => p.line)).toEqual([2, 3]);
    await writeStand("2022-10-28", "10000;Elterngeld;Familie & Kind;Umsetzung\r\n");
    expect((await getDataset("2022-10-28", root)).rowCount).toBe(1);
  });

  it("says when a Stand is not published (or was removed)", async () => {
    await writeStand("2022-10-28", "10000;Elterngeld;Familie & Kind;Betrieb\r\n");
    await getDataset("2022-10-28", root);
    await unlink(path.join(root, "uebersicht", "2022-10-28.csv"));
    await expect(getDataset("2022-10-28", root)).rejects.toThrow("Der Stand 2022-10-28 ist nicht veröffentlicht.");
  });
});

describe("getMetadata", () => {
  it("reads and validates metadata.json, with German messages", async () => {
    expect((await getMetadata(root)).contactEmail).toBe("ozg@sachsen-anhalt.de");
    await writeFile(path.join(root, "metadata.json"), JSON.stringify({ publisher: "", contactEmail: "keine", sampleData: "ja" }));
    await expect(getMetadata(root)).rejects.toThrow(/„contactEmail“ muss eine gültige E-Mail-Adresse sein/);
  });
});

describe("getHistoryRow", () => {
  it("gives a service's history fields in a Stand, null when the Stand lacks it, and follows file changes", async () => {
    await writeStand("2022-10-28", "10000;Elterngeld;Familie & Kind;Rollout\r\n");
    expect(await getHistoryRow("2022-10-28", "10000", root)).toMatchObject({ ozgId: "10000", leistung: "Elterngeld", phase: "Rollout" });
    expect(await getHistoryRow("2022-10-28", "99999", root)).toBeNull();
    await writeStand("2022-10-28", "10000;Elterngeld;Familie & Kind;Betrieb\r\n10001;Kindergeld;Familie & Kind;offen\r\n");
    expect(await getHistoryRow("2022-10-28", "10000", root)).toMatchObject({ phase: "Betrieb" });
  });
});
