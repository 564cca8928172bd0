/** The check's report as a download: CSV and workbook, from what the page sends back. */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readOverviewText } from "./read";
import { reportDownloadResponse } from "./report-download";
import { reportPayload } from "./report-payload";

const FILE = "Übersicht 2022.csv";
const result = readOverviewText("OZG-ID;Leistung;Themenfeld;Phase;\r\n10000;Elterngeld;Familie & Kind;Umsetzen;\r\n10005;=HYPERLINK(\"x\");Familie & Kind;Betrieb;x\r\n");
const report = { file: FILE, errors: result.errors, warnings: result.warnings };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

const EXPECTED = [
  ["Art", "Zeile", "Spalte", "OZG-ID", "Leistung", "Wert", "Problem"],
  ["Fehler", "2", "Phase", "10000", "Elterngeld", "Umsetzen", "„Umsetzen“ ist keine bekannte Phase. Erlaubt: offen, Planung, Umsetzung, Pilotierung, Rollout, Betrieb. Meinten Sie „Umsetzung“?"],
  ["Fehler", "3", "Spalte 5 (E)", "10005", '=HYPERLINK("x")', "x", expect.stringMatching(/^Der Wert steht in einer Spalte ohne Überschrift\./)],
  ["Warnung", "1", "", "", "", "", "Spalte 5 (E) hat keine Überschrift. Sie muss leer bleiben; ein Wert darin ist ein Fehler."],
];

describe("reportDownloadResponse", () => {
  it("CSV: one row per problem with Zeile, Spalte, OZG-ID, Leistung, Wert, Problem; formulas neutralised", async () => {
    const response = await reportDownloadResponse(form({ bericht: reportPayload(report), format: "csv" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain('filename="pruefbericht_uebersicht-2022.csv"');
    const text = Buffer.from(await response.arrayBuffer()).toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toContain(`;"'=HYPERLINK(""x"")";`);
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ";", skipEmptyLines: true }).data;
    expect(rows.map((r) => r.map((c) => c.replace(/^'(?==)/, "")))).toEqual(EXPECTED);
  });

  it("xlsx: the same table as a workbook", async () => {
    const response = await reportDownloadResponse(form({ bericht: reportPayload(report), format: "xlsx" }));
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toContain('filename="pruefbericht_uebersicht-2022.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
    const rows: string[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push(Array.from({ length: 7 }, (_, i) => String(row.getCell(i + 1).value ?? ""))));
    expect(workbook.worksheets[0].name).toBe("Prüfbericht");
    expect(rows).toEqual(EXPECTED);
  });

  it.each([
    ["no format", { bericht: "{}" }, "Bitte wählen Sie das Format des Prüfberichts: CSV oder Excel."],
    ["no report", { format: "csv" }, "Der Prüfbericht fehlt oder ist zu groß. Bitte die Datei erneut prüfen."],
    ["not JSON", { format: "csv", bericht: "{" }, "Der Prüfbericht ist unvollständig angekommen. Bitte die Datei erneut prüfen."],
    ["wrong shape", { format: "xlsx", bericht: '{"file":1}' }, "Der Prüfbericht ist unvollständig angekommen. Bitte die Datei erneut prüfen."],
  ])("%s → 400 in German", async (_label, fields, message) => {
    const response = await reportDownloadResponse(form(fields));
    expect(response.status).toBe(400);
    expect(await response.text()).toBe(message);
  });
});
