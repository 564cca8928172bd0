/**
 * The integrity of published Stände against their record (lib/store/repository.ts with
 * registry-view.ts): files are taken over once into an empty registry; a cut file is not served,
 * while the version read before it was cut keeps serving; a file copied in by hand waits for its
 * record; a withdrawn Stand is hidden. On the embedded database in a fresh data folder.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { useSampleDataDir } from "../test/sample-data-dir";

const dir = useSampleDataDir("integritaet");
const NEWEST = path.join(dir, "uebersicht/2022-10-28.csv");

type Modules = {
  repository: typeof import("./repository");
  registry: typeof import("./registry");
  withdrawal: typeof import("./withdrawal");
  database: typeof import("../db/database");
};

/** The modules as a freshly started server has them: no Stand in memory, nothing known. */
async function freshStart(): Promise<Modules> {
  for (const name of ["repository", "registry-view", "file-sha", "database"]) delete (globalThis as Record<symbol, unknown>)[Symbol.for(`ozg-nachnutzungsuebersicht.${name}`)];
  vi.resetModules();
  return {
    repository: await import("./repository"),
    registry: await import("./registry"),
    withdrawal: await import("./withdrawal"),
    database: await import("../db/database"),
  };
}


describe("published Stände and their record", () => {
  const original = readFileSync(path.resolve("data/uebersicht/2022-10-28.csv"));
  let m: Modules;

  it("without a database every file is served, and no database is created", async () => {
    m = await freshStart();
    expect(await m.repository.listStaende(dir)).toEqual(["2022-09-30", "2022-10-28"]);
    expect(() => readFileSync(path.join(dir, "app.db"))).toThrow();
  });

  it("a new database takes over the files present once, on record as „System“", async () => {
    const db = await m.database.getDatabase();
    expect(await m.repository.listStaende(dir)).toEqual(["2022-09-30", "2022-10-28"]);
    const entries = await m.registry.listStandEntries(db);
    expect(entries.map((e) => [e.stand, e.publishedBy, e.rows])).toEqual([
      ["2022-09-30", "System", 184],
      ["2022-10-28", "System", 186],
    ]);
    expect(entries[1].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("a file cut after it was read keeps serving its checked version from memory", async () => {
    const before = await m.repository.getDataset("2022-10-28", dir);
    writeFileSync(NEWEST, original.subarray(0, original.length - 200));
    expect(await m.repository.listStaende(dir)).toEqual(["2022-09-30", "2022-10-28"]);
    const after = await m.repository.getDataset("2022-10-28", dir);
    expect(after.rowCount).toBe(186);
    expect(after).toBe(before);
    const states = await m.repository.standStates(dir);
    expect(states.find((s) => s.stand === "2022-10-28")).toMatchObject({ state: "mismatch", served: true });
  });

  it("after a restart the cut file is refused with the Stand named, and the previous Stand is current", async () => {
    m = await freshStart();
    expect(await m.repository.listStaende(dir)).toEqual(["2022-09-30"]);
    await expect(m.repository.getDataset("2022-10-28", dir)).rejects.toThrow(
      "Die Datei des Stands 2022-10-28 stimmt nicht mit ihrer Veröffentlichung überein (Prüfsumme) und wird nicht angezeigt.",
    );
    // Restored, it is served again.
    writeFileSync(NEWEST, original);
    expect(await m.repository.listStaende(dir)).toEqual(["2022-09-30", "2022-10-28"]);
    expect((await m.repository.getDataset("2022-10-28", dir)).rowCount).toBe(186);
  });

  it("a file copied in by hand is not served until it is taken over", async () => {
    writeFileSync(path.join(dir, "uebersicht/2022-11-30.csv"), original);
    expect(await m.repository.listStaende(dir)).toEqual(["2022-09-30", "2022-10-28"]);
    await expect(m.repository.getDataset("2022-11-30", dir)).rejects.toThrow("Der Stand 2022-11-30 ist nicht verzeichnet");
    const db = await m.database.getDatabase();
    expect(await m.withdrawal.acceptStandFile(db, { stand: "2022-11-30", actor: "admin@example.org", via: "Test" }, dir)).toMatchObject({ ok: true, rows: 186 });
    expect(await m.repository.listStaende(dir)).toEqual(["2022-09-30", "2022-10-28", "2022-11-30"]);
  });

  it("a withdrawn Stand is hidden, and shown again once restored", async () => {
    const db = await m.database.getDatabase();
    expect(await m.withdrawal.withdraw(db, { stand: "2022-11-30", reason: "Versehen", actor: "redaktion@example.org" })).toBe("withdrawn");
    expect(await m.repository.listStaende(dir)).toEqual(["2022-09-30", "2022-10-28"]);
    expect(await m.withdrawal.restore(db, { stand: "2022-11-30", actor: "admin@example.org" })).toBe("restored");
    expect(await m.repository.listStaende(dir)).toEqual(["2022-09-30", "2022-10-28", "2022-11-30"]);
  });
});
