import { expect, it } from "vitest";
import { listRecord } from "../record/record";
import { getStandEntry, listStandEntries, registerStand, restoreStand, standBytes, withdrawStand } from "./registry";
import { describeStores, testClock } from "../db/test-stores";

const SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

describeStores("Stände registry", (ctx) => {
  it("records a publication with its SHA-256 and rows, on record in the same step", async () => {
    const clock = testClock("2026-03-02T09:00:00.000Z");
    const outcome = await registerStand(
      ctx.db,
      { stand: "2022-10-28", sha256: SHA, rows: 186, fileName: "uebersicht.xlsx", actor: "anna@example.org", details: { changes: { added: 2, removed: 1, changed: 7 } } },
      clock.now,
    );
    expect(outcome).toEqual({
      status: "registered",
      entry: {
        stand: "2022-10-28",
        sha256: SHA,
        rows: 186,
        fileName: "uebersicht.xlsx",
        publishedAt: "2026-03-02T09:00:00.000Z",
        publishedBy: "anna@example.org",
        withdrawn: false,
        withdrawnAt: null,
        withdrawnBy: null,
        withdrawnReason: null,
        restoredAt: null,
        restoredBy: null,
      },
    });
    expect(await getStandEntry(ctx.db, "2022-10-28")).toEqual(outcome.status === "registered" && outcome.entry);
    expect(await listRecord(ctx.db)).toMatchObject([
      {
        actor: "anna@example.org",
        action: "veroeffentlichung",
        details: { stand: "2022-10-28", sha256: SHA, rows: 186, fileName: "uebersicht.xlsx", changes: { added: 2, removed: 1, changed: 7 } },
      },
    ]);
  });

  it("refuses the same Stand twice, also when both try at once: one registration, one refusal, one record entry", async () => {
    const input = { stand: "2022-10-28", sha256: SHA, rows: 186, actor: "anna@example.org" };
    const outcomes = await Promise.all([registerStand(ctx.db, input), registerStand(ctx.db, { ...input, actor: "bernd@example.org" })]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["exists", "registered"]);
    expect(await listRecord(ctx.db, { action: "veroeffentlichung" })).toHaveLength(1);
    expect(await registerStand(ctx.db, input)).toEqual({ status: "exists" });
  });

  it("withdraws with a reason and restores; never deletes; both on record", async () => {
    await registerStand(ctx.db, { stand: "2022-09-30", sha256: SHA, rows: 180, actor: "anna@example.org" });
    await registerStand(ctx.db, { stand: "2022-10-28", sha256: SHA, rows: 186, actor: "anna@example.org" });
    expect(await withdrawStand(ctx.db, { stand: "2022-10-28", reason: "Falsche Datei", actor: "anna@example.org" })).toBe("withdrawn");
    expect(await withdrawStand(ctx.db, { stand: "2022-10-28", reason: "noch mal", actor: "anna@example.org" })).toBe("already-withdrawn");
    expect(await withdrawStand(ctx.db, { stand: "1999-01-01", reason: "x", actor: "anna@example.org" })).toBe("not-found");
    await expect(withdrawStand(ctx.db, { stand: "2022-09-30", reason: "  ", actor: "anna@example.org" })).rejects.toThrow(RangeError);
    expect((await listStandEntries(ctx.db)).map((e) => e.stand)).toEqual(["2022-09-30"]);
    expect((await listStandEntries(ctx.db, { includeWithdrawn: true })).map((e) => [e.stand, e.withdrawn, e.withdrawnReason])).toEqual([
      ["2022-09-30", false, null],
      ["2022-10-28", true, "Falsche Datei"],
    ]);
    expect(await restoreStand(ctx.db, { stand: "2022-10-28", actor: "admin@example.org" })).toBe("restored");
    expect(await restoreStand(ctx.db, { stand: "2022-10-28", actor: "admin@example.org" })).toBe("not-withdrawn");
    expect(await getStandEntry(ctx.db, "2022-10-28")).toMatchObject({ withdrawn: false, restoredBy: "admin@example.org" });
    expect((await listRecord(ctx.db, { action: "rueckzug" })).map((e) => e.details)).toEqual([
      { stand: "2022-10-28", event: "wiederhergestellt", withdrawnReason: "Falsche Datei" },
      { stand: "2022-10-28", event: "zurueckgezogen", reason: "Falsche Datei" },
    ]);
  });

  it("keeps the file's bytes when given (Stände in the database)", async () => {
    const bytes = Buffer.from("\ufeffOZG-ID;Leistung\r\n10000;Elterngeld\r\n", "utf8");
    await registerStand(ctx.db, { stand: "2022-10-28", sha256: SHA, rows: 1, actor: "a", bytes });
    await registerStand(ctx.db, { stand: "2022-09-30", sha256: SHA, rows: 1, actor: "a" });
    expect((await standBytes(ctx.db, "2022-10-28"))?.equals(bytes)).toBe(true);
    expect(await standBytes(ctx.db, "2022-09-30")).toBeNull();
  });
});
