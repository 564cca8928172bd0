/**
 * What office programs make of the export: a reader that splits like LibreOffice's text import
 * (Tab, Comma and Semicolon ticked) gets the original columns of the CSV; the workbook export,
 * opened with exceljs and unzipped, holds the same rows as text cells only, with a bold frozen
 * header, an auto-filter and no formula element anywhere; and it imports back to the same rows.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { unescapeFormula } from "../csv/formula";
import { makeRow } from "../overview/fixtures/rows";
import { readOverviewFile } from "../overview/read-file";
import type { Leistung } from "../leistung";
import { FIELD_IDS, FIELDS } from "../vocabulary";
import { zipParts } from "../xlsx/test-zip";
import { exportStream } from "./csv-stream";
import { readBytes, viewOf } from "./test-helpers";
import { exportWorkbookStream } from "./xlsx-stream";

/**
 * LibreOffice's default text import: `,` `;` and tab all separate cells outside quotes; `"`
 * quotes, `""` is a quote inside. Written here so the test does not trust our own parser.
 */
function libreOfficeRead(text: string): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === "," || ch === ";" || ch === "\t") {
      cells.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      cells.push(cell);
      records.push(cells);
      cells = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  if (cell !== "" || cells.length > 0) records.push([...cells, cell]);
  return records;
}

const HOSTILE: Leistung[] = [
  makeRow({
    ozgId: "10001",
    leistung: "Aufwendungen für Schulausflüge, Klassenfahrten und Schüleraustausch",
    themenfeld: "Bildung",
    lebenslage: ["Schule, Ausbildung", "Familie"],
    leikaSchluessel: ["99041006013000", "99041006017000"],
    typisierung: "1, 2/3",
    rechtsgrundlagen: ["§ 1 Abs. 2, 3 SchulG", "Art.\t5"],
    bemerkung: 'Vergabeplattform des Landes, auch für Kommunen nutzbar; "Zitat"',
  }),
  makeRow({ ozgId: "10002", leistung: "=HYPERLINK(\"http://evil.example\",\"x\")", themenfeld: "Querschnitt", bemerkung: "@SUM(1+1)*cmd|' /C calc'!A0" }),
  makeRow({ ozgId: "10003", leistung: "Mehrzeilig", themenfeld: "Umwelt", bemerkung: "Hinweis\n=1+1\n-2+3, mit Komma\tund Tab", typisierung: "'=1" }),
  makeRow({ ozgId: "10004", leistung: " Leerzeichen außen ", themenfeld: "Gesundheit", bemerkung: "+49 391 567-0" }),
];

const HEADERS = FIELD_IDS.map((f) => FIELDS[f].header);

/** A row's cells as the export writes them, before any escaping. */
const cellsOf = (row: Leistung) => FIELD_IDS.map((f) => (Array.isArray(row[f]) ? (row[f] as string[]).join("\n") : (row[f] as string)));

describe("CSV export opened like LibreOffice (separators Tab, Comma, Semicolon)", () => {
  it("gives the original 17 columns of every row, with commas, tabs, quotes, formulas and line breaks", async () => {
    const bytes = await readBytes(exportStream(viewOf(HOSTILE)));
    const records = libreOfficeRead(bytes.subarray(3).toString("utf8"));
    expect(records).toHaveLength(HOSTILE.length + 1);
    expect(records[0]).toEqual(HEADERS);
    for (const [i, row] of HOSTILE.entries()) {
      const cells = records[i + 1];
      expect(cells).toHaveLength(17);
      // Calc shows the formula guard's apostrophe; without it the cell is the original text.
      expect(cells.map(unescapeFormula)).toEqual(cellsOf(row));
    }
  });
});

async function exportedWorkbook(rows: Leistung[]) {
  const bytes = await readBytes(exportWorkbookStream(viewOf(rows, { q: "" }), { now: new Date(Date.UTC(2022, 10, 25, 9, 30)) }));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { bytes, workbook };
}

describe("xlsx export", () => {
  it("one data sheet of text cells: the same rows and order as the CSV, bold frozen header, auto-filter, wrapped", async () => {
    const { workbook } = await exportedWorkbook(HOSTILE);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Nachnutzungsübersicht", "Info"]);
    const sheet = workbook.worksheets[0];
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:Q5");
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const values: string[][] = [];
    sheet.eachRow((row) => {
      const cells: string[] = [];
      for (let c = 1; c <= 17; c++) {
        const cell = row.getCell(c);
        // Every cell is text (or empty): an OZG-ID or LeiKa key never becomes a number, nothing is a formula.
        expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Null]).toContain(cell.type);
        cells.push(cell.type === ExcelJS.ValueType.Null ? "" : String(cell.value));
      }
      values.push(cells);
    });
    expect(values[0]).toEqual(HEADERS);
    expect(values.slice(1)).toEqual(HOSTILE.map(cellsOf).map((cells) => cells.map((c) => (c === "'=1" ? "''=1" : c))));
    expect(sheet.getRow(2).getCell(4).alignment?.wrapText).toBe(true);
    for (let c = 1; c <= 17; c++) expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(8);
    expect(sheet.getColumn(2).width).toBeGreaterThan(sheet.getColumn(1).width!);
  });

  it("has no formula element in any sheet's XML, only text cells", async () => {
    const { bytes } = await exportedWorkbook(HOSTILE);
    const parts = zipParts(bytes);
    const sheets = [...parts].filter(([name]) => name.startsWith("xl/worksheets/"));
    expect(sheets.length).toBe(2);
    for (const [, xml] of sheets) {
      expect(xml).not.toMatch(/<f[ >\/]/);
      // Every cell with content is a string cell (t="s"); empty cells carry only their style.
      const cells = [...xml.matchAll(/<c ([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)];
      const withContent = cells.filter((m) => m[2] !== undefined && m[2] !== "");
      expect(withContent.length).toBeGreaterThan(0);
      for (const m of withContent) expect(m[1]).toMatch(/\bt="(s|inlineStr)"/);
    }
    expect(parts.get("xl/worksheets/sheet1.xml")).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(parts.get("xl/worksheets/sheet1.xml")).toContain('<autoFilter ref="A1:Q5"/>');
    expect(parts.get("xl/sharedStrings.xml")).toContain("=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;)");
  });

  it("the „Info“ sheet names Stand, filters in words, export time and the view's link", async () => {
    const view = viewOf(HOSTILE, { filters: { themenfeld: ["Bildung", "Umwelt"], phase: ["offen"] }, q: "Schule", sort: { field: "leistung", desc: true } });
    const bytes = await readBytes(exportWorkbookStream(view, { now: new Date(Date.UTC(2022, 10, 25, 9, 30)) }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const info: Record<string, string> = {};
    workbook.getWorksheet("Info")!.eachRow((row) => (info[String(row.getCell(1).value)] = String(row.getCell(2).value)));
    expect(info).toEqual({
      Stand: "28.10.2022",
      Filter: "Suche „Schule“; Themenfeld: Bildung oder Umwelt; Phase: offen",
      Sortierung: "Leistung, absteigend",
      Spalten: "alle 17",
      Leistungen: "1",
      "Exportiert am": "25.11.2022, 10:30 Uhr",
      Ansicht: "/?q=Schule&themenfeld=Bildung&themenfeld=Umwelt&phase=offen&sort=-leistung&stand=2022-10-28",
    });
  });

  it("imports back to the same rows (the workbook round trip)", async () => {
    const { bytes } = await exportedWorkbook(HOSTILE);
    const result = await readOverviewFile(bytes);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rows).toEqual(HOSTILE.map((r) => ({ ...r, leistung: r.leistung.trim() })));
  });
});
