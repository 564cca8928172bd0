import { read, utils } from "@e965/xlsx";
import { expect, it } from "vitest";
import { MINUTE, describeStores, testClock } from "../db/test-stores";
import { appendRecord } from "./record";
import { RECORD_EXPORT_HEADERS, allRecordEntries, recordCsv, recordExportFileName, recordWorkbook } from "./record-export";

describeStores("record export", (ctx) => {
  async function fill() {
    const clock = testClock("2026-03-02T09:00:00.000Z");
    await appendRecord(ctx.db, { actor: "anna@example.org", action: "anmeldung", details: { email: "anna@example.org", role: "admin" } }, clock.now);
    clock.advance(MINUTE);
    await appendRecord(ctx.db, { actor: "unbekannt", action: "anmeldung-fehlgeschlagen", details: { reason: "unbekanntes-konto" } }, clock.now);
    clock.advance(MINUTE);
    await appendRecord(
      ctx.db,
      { actor: "anna@example.org", action: "veroeffentlichung", details: { stand: "2022-10-28", sha256: "ab12", rows: 186, fileName: "=HYPERLINK(\"x\");a.csv" } },
      clock.now,
    );
  }

  it("writes the filtered record as CSV for German Excel: BOM, ;, CRLF, newest first, formulas escaped", async () => {
    await fill();
    const csv = recordCsv(await allRecordEntries(ctx.db, { actor: "anna@example.org", limit: 1, offset: 1 }));
    expect(csv.startsWith("\uFEFFNr.;Zeit (Europe/Berlin);Wer;Aktion;Einzelheiten;Einzelheiten (JSON);Zeitpunkt (UTC)\r\n")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    // Header, two entries of anna (limit/offset of the page do not apply), and the final CRLF.
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('3;"02.03.2026, 10:02:00";anna@example.org;Veröffentlichung;');
    expect(lines[1]).toContain("Datei: =HYPERLINK");
    expect(lines[1]).toContain(";2026-03-02T09:02:00.000Z");
    expect(lines[2]).toContain(';anna@example.org;Anmeldung;"Konto: anna@example.org; Rolle: admin";');
  });

  it("escapes a cell that starts with a formula trigger", async () => {
    await appendRecord(ctx.db, { actor: "=cmd|' /C calc'!A0", action: "konto", details: {} });
    const csv = recordCsv(await allRecordEntries(ctx.db, {}));
    expect(csv).toContain(";'=cmd|' /C calc'!A0;Konto;");
  });

  it("writes the same rows as a workbook with an Info sheet, every cell text", async () => {
    await fill();
    const entries = await allRecordEntries(ctx.db, {});
    const bytes = await recordWorkbook(entries, [["Einträge", "3"]]);
    const book = read(bytes, { type: "buffer" });
    expect(book.SheetNames).toEqual(["Protokoll", "Info"]);
    const rows = utils.sheet_to_json<string[]>(book.Sheets.Protokoll, { header: 1 });
    expect(rows[0]).toEqual([...RECORD_EXPORT_HEADERS]);
    expect(rows.slice(1).map((r) => r[3])).toEqual(["Veröffentlichung", "Anmeldung fehlgeschlagen", "Anmeldung"]);
    expect(rows[2][4]).toBe("Grund: unbekannte E-Mail-Adresse");
    expect(book.Sheets.Protokoll.A2.t).toBe("s");
  });

  it("reads past one batch without losing or repeating entries", async () => {
    const clock = testClock("2026-03-02T09:00:00.000Z");
    for (let i = 0; i < 1005; i++) await appendRecord(ctx.db, { actor: "System", action: "nachnutzung", details: { n: i } }, clock.now);
    const entries = await allRecordEntries(ctx.db, { action: "nachnutzung" });
    expect(entries).toHaveLength(1005);
    expect(new Set(entries.map((e) => e.id)).size).toBe(1005);
    expect(entries[0].details).toEqual({ n: 1004 });
  }, 60_000);
});

it("names the file with the day", () => {
  expect(recordExportFileName("2026-03-02", "xlsx")).toBe("protokoll_2026-03-02.xlsx");
});
