/** lib/api/export.ts, the handler behind GET /api/export, on the sample data folder. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import { exportResponse } from "../api/export";

const ALL_HEADERS = [
  "OZG-ID", "Leistung", "Themenfeld", "Lebenslage", "LeiKa-Schlüssel", "Typisierung", "Rechtsgrundlagen", "Zuständigkeit",
  "Ressort", "Priorität", "Phase", "Umsetzungsmodell", "EfA-Federführung", "Nachnutzbar durch Kommunen", "Reifegrad",
  "Online-Dienst", "Bemerkung",
];

beforeAll(() => {
  vi.stubEnv("DATA_DIR", path.resolve(process.cwd(), "data"));
});
afterAll(() => {
  vi.unstubAllEnvs();
});

async function get(search: string) {
  const response = await exportResponse(new URLSearchParams(search));
  const bytes = Buffer.from(await response.arrayBuffer());
  return { response, bytes };
}

function parse(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.subarray(3).toString("utf8"), { delimiter: ";", newline: "\r\n", skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe("exportResponse", () => {
  it("no parameters: all 186 rows of the newest Stand, all 17 columns, CSV headers", async () => {
    const { response, bytes } = await get("");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="nachnutzungsuebersicht_2022-10-28_alle.csv"; filename*=UTF-8''nachnutzungsuebersicht_2022-10-28_alle.csv`,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const [header, ...rows] = parse(bytes);
    expect(header).toEqual(ALL_HEADERS);
    expect(rows).toHaveLength(186);
    for (const row of rows) expect(row).toHaveLength(17);
  });

  it("filters, sorts and names the file after the filters and the Stand", async () => {
    const { response, bytes } = await get("stand=2022-09-30&themenfeld=Bildung&phase=Betrieb&sort=-leistung&cols=ozgId,leistung,phase,themenfeld");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(
      'filename="nachnutzungsuebersicht_2022-09-30_themenfeld-bildung_phase-betrieb.csv"',
    );
    const [header, ...rows] = parse(bytes);
    expect(header).toEqual(["OZG-ID", "Leistung", "Phase", "Themenfeld"]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect([row[2], row[3]]).toEqual(["Betrieb", "Bildung"]);
    const names = rows.map((r) => r[1]);
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, "de")));
  });

  it("cols=ozgId,leistung: exactly 2 columns", async () => {
    const [header, ...rows] = parse((await get("cols=ozgId,leistung")).bytes);
    expect(header).toEqual(["OZG-ID", "Leistung"]);
    expect(rows).toHaveLength(186);
    for (const row of rows) expect(row).toHaveLength(2);
  });

  it("an explicit cols equal to the table's default set exports those 7 columns, not all 17", async () => {
    const [header] = parse((await get("cols=ozgId,leistung,themenfeld,ressort,prioritaet,phase,umsetzungsmodell")).bytes);
    expect(header).toEqual(["OZG-ID", "Leistung", "Themenfeld", "Ressort", "Priorität", "Phase", "Umsetzungsmodell"]);
  });

  it("the column form's `col` parameters work like `cols`", async () => {
    const [header] = parse((await get("col=leistung&col=ozgId")).bytes);
    expect(header).toEqual(["Leistung", "OZG-ID"]);
  });

  it("a search names the file with suche-…", async () => {
    const { response, bytes } = await get("q=Einbürgerung");
    expect(response.headers.get("content-disposition")).toContain('filename="nachnutzungsuebersicht_2022-10-28_suche-einbuergerung.csv"');
    const [, ...rows] = parse(bytes);
    expect(rows.map((r) => r[0])).toContain("10257");
  });

  it.each(["page=abc", "size=abc", "page=0&size=100000", "page=999"])("ignores paging (%s): still every row", async (search) => {
    const { response, bytes } = await get(search);
    expect(response.status).toBe(200);
    expect(parse(bytes)).toHaveLength(187);
  });

  it.each([
    ["sort=unbekannt", "Parameter „sort“: „unbekannt“ ist keine bekannte Sortierung."],
    ["stand=1999-01-01", "Parameter „stand“: Einen Stand „1999-01-01“ gibt es nicht."],
    ["phase=Umsetzen", "Filter „Phase“: „Umsetzen“ ist"],
    ["cols=ozgId,gibtsnicht", "Parameter „cols“: Unbekannte Spalte „gibtsnicht“."],
    ["ozgId=abc", "Parameter „ozgId“: „abc“ ist keine gültige OZG-ID"],
  ])("%s → 400 with a German message, never a file", async (search, message) => {
    const { response, bytes } = await get(search);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("content-disposition")).toBeNull();
    const body = JSON.parse(bytes.toString("utf8"));
    expect(body.error).toContain(message);
  });

  it("a data folder without Stände → 503 with the reason", async () => {
    const empty = mkdtempSync(path.join(tmpdir(), "export-empty-"));
    vi.stubEnv("DATA_DIR", empty);
    try {
      const { response, bytes } = await get("");
      expect(response.status).toBe(503);
      expect(JSON.parse(bytes.toString("utf8")).error).toContain("Datenordner");
    } finally {
      vi.stubEnv("DATA_DIR", path.resolve(process.cwd(), "data"));
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("format=xlsx: the same rows in the same order as the CSV, as a workbook with the .xlsx name", async () => {
    const csv = parse((await get("themenfeld=Bildung&sort=-leistung")).bytes);
    const { response, bytes } = await get("themenfeld=Bildung&sort=-leistung&format=xlsx");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toContain('filename="nachnutzungsuebersicht_2022-10-28_themenfeld-bildung.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const rows: string[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push(Array.from({ length: 17 }, (_, i) => String(row.getCell(i + 1).value ?? ""))));
    expect(rows.length).toBeGreaterThan(10);
    // The CSV's formula guard aside (none in the sample), cell for cell the same.
    expect(rows).toEqual(csv);
  });

  it("an unknown format → 400 in German", async () => {
    const { response, bytes } = await get("format=pdf");
    expect(response.status).toBe(400);
    expect(JSON.parse(bytes.toString("utf8")).error).toBe("Parameter „format“: „pdf“ ist kein bekanntes Format. Erlaubt: csv, xlsx.");
  });
});
