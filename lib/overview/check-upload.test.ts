import { describe, expect, it } from "vitest";
import { MAX_QUEUED_CHECKS, poolSize } from "../workers/run-task";
import {
  BUSY_MESSAGE,
  MAX_SHOWN_PROBLEMS,
  MAX_SHOWN_TEXT,
  MAX_SHOWN_WARNINGS,
  MAX_UPLOAD_BYTES,
  checkUploadedFile,
} from "./check-upload";

function fakeFile(name: string, text: string, size = Buffer.byteLength(text)) {
  return { name, size, arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer };
}

const HEADER = "OZG-ID;Leistung;Themenfeld\r\n";

describe("checkUploadedFile", () => {
  it("asks for a file when none was chosen, and names an empty one", async () => {
    const choose = "Bitte wählen Sie eine Datei aus (CSV oder Excel-Arbeitsmappe .xlsx).";
    expect(await checkUploadedFile(null)).toEqual({ ok: false, message: choose });
    expect(await checkUploadedFile(fakeFile("", ""))).toEqual({ ok: false, message: choose });
    expect(await checkUploadedFile(fakeFile("leer.csv", ""))).toEqual({ ok: false, message: "Die Datei ist leer." });
  });

  it("refuses an oversized file before reading it", async () => {
    const file = { name: "gross.csv", size: MAX_UPLOAD_BYTES + 1, arrayBuffer: () => Promise.reject(new Error("must not be read")) };
    expect(await checkUploadedFile(file)).toEqual({
      ok: false,
      message: "Die Datei ist zu groß (25,1 MB). Erlaubt sind höchstens 25 MB; als Excel-Arbeitsmappe (.xlsx) gespeichert ist dieselbe Tabelle meist viel kleiner.",
    });
  });

  it("reports a valid file", async () => {
    const check = await checkUploadedFile(fakeFile("ok.csv", HEADER + "10000;Elterngeld;Familie & Kind\r\n"));
    expect(check).toEqual({ ok: true, report: { file: "ok.csv", rows: 1, errors: [], warnings: [] } });
  });

  it("stops after 500 errors and says where", async () => {
    const body = Array.from({ length: 600 }, (_, i) => `${10000 + i};Leistung ${i};Unbekannt\r\n`).join("");
    const check = await checkUploadedFile(fakeFile("fehler.csv", HEADER + body));
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.report.errors).toHaveLength(MAX_SHOWN_PROBLEMS);
    // Row 500 is on line 501 (the header is line 1).
    expect(check.stoppedAtRow).toBe(501);
    expect(check.report.errors[0].message).toMatch(/^Zeile 2, Spalte „Themenfeld“: „Unbekannt“ ist kein bekanntes Themenfeld\./);
  });

  it("shortens very long values, and messages quoting them", async () => {
    const long = "x".repeat(5000);
    const check = await checkUploadedFile(fakeFile("lang.csv", `${HEADER}10000;Elterngeld;${long}\r\n`));
    if (!check.ok) throw new Error("expected a report");
    const [problem] = check.report.errors;
    expect(problem.value).toBe(`${"x".repeat(MAX_SHOWN_TEXT)} …`);
    expect(problem.message.length).toBeLessThanOrEqual(MAX_SHOWN_TEXT + 2);
    expect(problem.message.startsWith("Zeile 2, Spalte „Themenfeld“: „xxx")).toBe(true);
  });

  it("shows at most 200 warnings and counts the rest: 100,000 unknown columns make a small report", async () => {
    const columns = 100_000;
    const header = ["OZG-ID", "Leistung", "Themenfeld", ...Array.from({ length: columns }, (_, i) => `Spalte ${i}`)].join(";");
    const check = await checkUploadedFile(fakeFile("breit.csv", `${header}\r\n10000;Elterngeld;Familie & Kind${";".repeat(columns)}\r\n`));
    if (!check.ok) throw new Error("expected a report");
    expect(check.report.warnings).toHaveLength(MAX_SHOWN_WARNINGS);
    expect(check.moreWarnings).toBe(columns - MAX_SHOWN_WARNINGS);
    expect(check.report.errors).toEqual([]);
    expect(JSON.stringify(check).length).toBeLessThan(100_000);
  });

  it("caps header errors too (a header repeating a column 10,000 times)", async () => {
    const header = ["OZG-ID", "Leistung", "Themenfeld", ...Array.from({ length: 10_000 }, () => "Leistung")].join(";");
    const check = await checkUploadedFile(fakeFile("doppelt.csv", `${header}\r\n`));
    if (!check.ok) throw new Error("expected a report");
    expect(check.report.errors).toHaveLength(MAX_SHOWN_PROBLEMS);
    // 10,000 duplicate columns, and the file has no rows.
    expect(check.moreErrors).toBe(10_001 - MAX_SHOWN_PROBLEMS);
  });

  it("checks in a worker thread: the uploaded bytes are moved there", async () => {
    const bytes = new TextEncoder().encode(HEADER + "10000;Elterngeld;Familie & Kind\r\n");
    const file = { name: "ok.csv", size: bytes.byteLength, arrayBuffer: async () => bytes.buffer as ArrayBuffer };
    expect((await checkUploadedFile(file)).ok).toBe(true);
    expect(bytes.byteLength).toBe(0);
  });

  it("tells the user to come back later when every worker is busy and the queue of checks is full", async () => {
    // All calls are made at once, before any worker can answer: the workers take the first,
    // MAX_QUEUED_CHECKS wait, and the next one is refused at once.
    const capacity = poolSize() + MAX_QUEUED_CHECKS;
    const checks = await Promise.all(
      Array.from({ length: capacity + 2 }, (_, i) => checkUploadedFile(fakeFile(`datei-${i}.csv`, HEADER + "10000;Elterngeld;Familie & Kind\r\n"))),
    );
    expect(checks.slice(0, capacity).every((c) => c.ok)).toBe(true);
    expect(checks.slice(capacity)).toEqual([
      { ok: false, busy: true, message: BUSY_MESSAGE },
      { ok: false, busy: true, message: BUSY_MESSAGE },
    ]);
    expect(BUSY_MESSAGE).toBe("Gerade werden viele Dateien geprüft; bitte in einer Minute erneut versuchen.");
  });
});

describe("checkUploadedFile with a workbook", () => {
  it("checks an .xlsx like a CSV: rows, errors with row, OZG-ID and Leistung", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Nachnutzungsübersicht");
    ws.addRow(["OZG-ID", "Leistung", "Themenfeld", "Phase"]);
    ws.addRow([10000, "Elterngeld", "Familie & Kind", "Umsetzen"]);
    ws.addRow([10005, "Kindergeld", "Familie & Kind", "Betrieb"]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const file = { name: "mappe.xlsx", size: bytes.length, arrayBuffer: async () => new Uint8Array(bytes).buffer as ArrayBuffer };
    const check = await checkUploadedFile(file);
    if (!check.ok) throw new Error("expected a report");
    expect(check.report.rows).toBe(2);
    expect(check.report.errors.map((e) => [e.row, e.column, e.ozgId, e.leistung, e.value, e.suggestion])).toEqual([
      [2, "Phase", "10000", "Elterngeld", "Umsetzen", "Umsetzung"],
    ]);
  });
});
