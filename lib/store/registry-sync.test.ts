import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { describeStores } from "../db/test-stores";
import { sha256Hex } from "./prepare";
import { registerStand } from "./registry";
import { syncStaendeFromDatabase } from "./registry-sync";

const SAMPLE = readFileSync(path.resolve("data/uebersicht/2022-10-28.csv"));

describeStores("Stände from the database into a data folder", (ctx) => {
  it("writes the Stände on record that the folder lacks, byte for byte, and never overwrites a file", async () => {
    await registerStand(ctx.db, { stand: "2022-10-28", sha256: sha256Hex(SAMPLE), rows: 186, actor: "a@example.org", bytes: Buffer.from(SAMPLE) });
    await registerStand(ctx.db, { stand: "2022-11-30", sha256: sha256Hex(SAMPLE), rows: 186, actor: "a@example.org", bytes: Buffer.from(SAMPLE) });
    // A Stand on record without bytes (the embedded store keeps only its file) is left alone.
    await registerStand(ctx.db, { stand: "2022-09-30", sha256: "0".repeat(64), rows: 184, actor: "a@example.org" });
    mkdirSync(path.join(ctx.dataDir, "uebersicht"), { recursive: true });
    writeFileSync(path.join(ctx.dataDir, "uebersicht/2022-11-30.csv"), "schon da");

    expect(await syncStaendeFromDatabase(ctx.db, ctx.dataDir)).toEqual(["2022-10-28"]);
    expect(readFileSync(path.join(ctx.dataDir, "uebersicht/2022-10-28.csv")).equals(SAMPLE)).toBe(true);
    expect(readFileSync(path.join(ctx.dataDir, "uebersicht/2022-11-30.csv"), "utf8")).toBe("schon da");
    expect(await syncStaendeFromDatabase(ctx.db, ctx.dataDir)).toEqual([]);
  });

  it("skips bytes that do not match their own record", async () => {
    await registerStand(ctx.db, { stand: "2022-10-28", sha256: "f".repeat(64), rows: 186, actor: "a@example.org", bytes: Buffer.from(SAMPLE) });
    expect(await syncStaendeFromDatabase(ctx.db, ctx.dataDir)).toEqual([]);
  });
});
