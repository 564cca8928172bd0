import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { describeStores } from "../db/test-stores";
import { createDeclaration, withdrawByToken, confirmDeclaration, getDeclaration } from "./declarations";
import { kreisByKey } from "../reuse-vocabulary/kommunen";
import { runRetention } from "./retention-job";

describe("the retention job", () => {
  it("does nothing, and creates no database, where none exists", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ozg-job-"));
    try {
      const open = vi.fn();
      expect(await runRetention({ DATA_DIR: dir }, open)).toBe("skipped");
      expect(open).not.toHaveBeenCalled();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("logs a wrong DATABASE_URL and does not throw", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await runRetention({ DATABASE_URL: "mysql://x" })).toBe("failed");
    expect(error.mock.calls[0][0]).toMatch(/^Nachnutzung, Löschfristen: nicht ausgeführt \(DATABASE_URL muss/);
    error.mockRestore();
  });
});

describeStores("the retention job on a database", (ctx) => {
  it("applies the retention and logs counts only", async () => {
    const { token, declaration } = await createDeclaration(ctx.db, {
      ozgId: "10257",
      kommune: { kreis: kreisByKey("15085")!, gemeinde: null, ags: null },
      kontakt: { name: "Erika Musterfrau", email: "erika@kreis-hz.example", telefon: null },
      start: "2026-09",
      kommentar: null,
      late: false,
      callId: null,
    }, () => new Date("2020-01-01T00:00:00.000Z"));
    await confirmDeclaration(ctx.db, token, () => new Date("2020-01-01T00:00:00.000Z"));
    await withdrawByToken(ctx.db, token, () => new Date("2020-01-02T00:00:00.000Z"));
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    expect(await runRetention(ctx.env, async () => ctx.db)).toBe("done");
    expect(log.mock.calls.map((c) => String(c[0])).join("\n")).toContain("Kontaktdaten von 1 Bekundungen gelöscht");
    expect(log.mock.calls.map((c) => String(c[0])).join("\n")).not.toContain("erika");
    log.mockRestore();
    expect((await getDeclaration(ctx.db, declaration.id))?.kontakt).toBeNull();
  });
});
