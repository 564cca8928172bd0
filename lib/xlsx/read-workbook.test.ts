/** Reading .xlsx: the same rows and messages as the CSV of the same data; bombs refused quickly. */
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readOverviewText } from "../overview/read";
import { readOverviewFile } from "../overview/read-file";
import { handZip } from "./test-zip";
import { workbookStream } from "./write";
import { WORKBOOK_LIMITS, guardWorkbook } from "./zip-guard";

const HEADER = ["OZG-ID", "Leistung", "Themenfeld", "LeiKa-Schlüssel", "Typisierung", "Phase", "Reifegrad", "Bemerkung"];

/** The same data as CSV text: what staff would get from „Speichern unter → CSV UTF-8“. */
const CSV = [
  HEADER.join(";"),
  '10056;Ausbildungsförderung (BAföG);Bildung;99041006013000;"1, 2/3";Umsetzung;3;"Stand 28.10.2022"',
  '10092;Wohngeld;Bauen & Wohnen;"99108008001000\n99108008002000";2/3;in Planung;;"zwei\nZeilen"',
  "10119;Personalausweis;Querschnitt;;;Betrieb;4;28.10.2022",
  "10120;Reisepass;Querschnitt;;;Betrieb;1,5;",
].join("\r\n");

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The CSV's data as a sheet with real cell types: numbers, a date, formulas with cached values. */
function overviewSheet(wb: ExcelJS.Workbook, name = "Tabelle1") {
  const ws = wb.addWorksheet(name);
  ws.addRow(HEADER);
  // OZG-ID, LeiKa key and Reifegrad as numbers; Typisierung a formula with its cached text.
  ws.addRow([10056, "Ausbildungsförderung (BAföG)", "Bildung", 99041006013000, { formula: 'CONCAT("1, ","2/3")', result: "1, 2/3" }, "Umsetzung", 3, "Stand 28.10.2022"]);
  ws.addRow([10092, "Wohngeld", "Bauen & Wohnen", "99108008001000\n99108008002000", "2/3", "in Planung", null, "zwei\nZeilen"]);
  // A date cell, shown as 28.10.2022; a number computed by a formula.
  ws.addRow([10119, "Personalausweis", "Querschnitt", null, null, "Betrieb", { formula: "2+2", result: 4 }, new Date(Date.UTC(2022, 9, 28))]);
  ws.addRow([10120, "Reisepass", "Querschnitt", null, null, "Betrieb", 1.5, null]);
  ws.getCell("H4").numFmt = "dd.mm.yyyy";
  ws.getCell("D2").numFmt = "0";
  return ws;
}

describe("readOverviewFile on a workbook", () => {
  it("gives the same rows, field by field, as the CSV of the same data, with a warning per formula cell", async () => {
    const xlsx = await readOverviewFile(await workbook((wb) => overviewSheet(wb)));
    const csv = readOverviewText(CSV);
    // Reifegrad 1.5 is no level: both report it the same way, shown as Excel shows it ("1,5").
    const reifegrad = "Zeile 5, Spalte „Reifegrad“: „1,5“ ist kein gültiger Reifegrad. Erlaubt: 0, 1, 2, 3, 4.";
    expect(csv.errors.map((e) => e.message)).toEqual([reifegrad]);
    expect(xlsx.errors.map((e) => e.message)).toEqual([reifegrad]);
    // The CSV has two multi-line cells before it: row 5 is line 7 of the text file, and line 5 of the workbook.
    expect([csv.errors[0].row, csv.errors[0].line, xlsx.errors[0].row, xlsx.errors[0].line]).toEqual([5, 7, 5, 5]);
    expect(xlsx.format).toBe("xlsx");
    expect(xlsx.sheet).toBe("Tabelle1");
    expect(xlsx.recordCount).toBe(csv.recordCount);
    expect(xlsx.rows).toEqual(csv.rows);
    expect(xlsx.rows.map((r) => [r.ozgId, r.leikaSchluessel, r.typisierung, r.reifegrad, r.bemerkung])).toEqual([
      ["10056", ["99041006013000"], "1, 2/3", "3", "Stand 28.10.2022"],
      ["10092", ["99108008001000", "99108008002000"], "2/3", "", "zwei\nZeilen"],
      ["10119", [], "", "4", "28.10.2022"],
    ]);
    expect(xlsx.rowNumbers).toEqual([2, 3, 4]);
    expect(xlsx.lines).toEqual([2, 3, 4]);
    expect(xlsx.warnings.map((w) => [w.row, w.column, w.ozgId])).toEqual([
      [2, "Typisierung", "10056"],
      [4, "Reifegrad", "10119"],
    ]);
    expect(xlsx.warnings[0].message).toBe(
      'Zeile 2, Spalte „Typisierung“: Die Zelle enthält eine Formel (=CONCAT("1, ","2/3")); gelesen wird ihr zuletzt berechneter Wert „1, 2/3“. Bitte den Wert statt der Formel eintragen.',
    );
  });

  it("reports the same problems with the same messages as CSV", async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet("Tabelle1");
      ws.addRow(["OZG-ID", "Leistung", "Themenfeld", "Phase"]);
      ws.addRow([10000, "Elterngeld", "Familie & Kind", "Umsetzen"]);
      ws.addRow([10000, "\u200B", "Familie & Kind", "Betrieb", "verrutscht"]);
      // Excel stores a control character as _x001E_ in the XML (exceljs would drop a raw one).
      ws.addRow([10005, "Kinder_x001E_geld", "Familie & Kind", "Betrieb"]);
    });
    const csv = readOverviewText(
      "OZG-ID;Leistung;Themenfeld;Phase\r\n10000;Elterngeld;Familie & Kind;Umsetzen\r\n10000;\u200B;Familie & Kind;Betrieb;verrutscht\r\n10005;Kinder\u001Egeld;Familie & Kind;Betrieb\r\n",
    );
    const xlsx = await readOverviewFile(bytes);
    const messages = (r: typeof xlsx) => r.errors.map((e) => e.message);
    expect(messages(xlsx)).toEqual([
      "Zeile 2, Spalte „Phase“: „Umsetzen“ ist keine bekannte Phase. Erlaubt: offen, Planung, Umsetzung, Pilotierung, Rollout, Betrieb. Meinten Sie „Umsetzung“?",
      "Zeile 3, Spalte 5 (E): Der Wert steht in einer Spalte ohne Überschrift. Vermutlich ist die Zeile verrutscht (ein Trennzeichen in einer Zelle); bitte den Wert in die richtige Spalte setzen oder die Spalte benennen.",
      "Zeile 3, Spalte „Leistung“: Pflichtfeld „Leistung“ ist leer.",
      "Zeile 3, Spalte „OZG-ID“: Die OZG-ID „10000“ kommt doppelt vor (Zeile 2 und 3).",
      "Zeile 4, Spalte „Leistung“: Die Zelle enthält das Steuerzeichen U+001E, vermutlich falsche Zeichenkodierung beim Speichern. Bitte die Datei als „CSV UTF-8“ speichern und die Zelle prüfen.",
    ]);
    // The CSV names its shifted row 3 as a whole (its cells cannot be trusted); rows 2 and 4 read alike.
    expect(messages(csv)).toEqual([
      messages(xlsx)[0],
      "Zeile 3: Die Zeile hat 5 Felder, die Kopfzeile 4. Vermutlich enthält eine Zelle ein „;“ ohne Anführungszeichen.",
      messages(xlsx)[4],
    ]);
    expect(xlsx.rows).toEqual([]);
  });

  it("reads the sheet named like „Nachnutzungsübersicht“, else the first", async () => {
    const named = await workbook((wb) => {
      wb.addWorksheet("Hinweise").addRow(["Bitte nicht ändern"]);
      overviewSheet(wb, "Nachnutzungsuebersicht");
    });
    const result = await readOverviewFile(named);
    expect(result.sheet).toBe("Nachnutzungsuebersicht");
    expect(result.rows).toHaveLength(3);
    const first = await workbook((wb) => {
      overviewSheet(wb, "Daten");
      wb.addWorksheet("Hinweise").addRow(["x"]);
    });
    expect((await readOverviewFile(first)).sheet).toBe("Daten");
  });

  it("a formula without a stored result and an error value are errors naming row and column", async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet("Tabelle1");
      ws.addRow(["OZG-ID", "Leistung", "Themenfeld", "Bemerkung"]);
      ws.addRow([10000, "Elterngeld", "Familie & Kind", { formula: "A2*2" }]);
      ws.addRow([10005, "Kindergeld", "Familie & Kind", { error: "#N/A" }]);
    });
    const result = await readOverviewFile(bytes);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, "Bemerkung"],
      [3, "Bemerkung"],
    ]);
    expect(result.errors[0].text).toMatch(/^Die Zelle enthält eine Formel ohne gespeichertes Ergebnis\./);
    expect(result.errors[1].text).toMatch(/^Die Zelle enthält einen Excel-Fehlerwert/);
  });
});

/** The refusal must come fast: the guard stops at a limit instead of inflating on. */
async function refusedQuickly(bytes: Buffer, expected: RegExp): Promise<number> {
  const started = performance.now();
  const result = await readOverviewFile(bytes);
  const ms = performance.now() - started;
  expect(result.unreadable).toBe(true);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0].message).toMatch(/^Die Arbeitsmappe wird nicht gelesen: /);
  expect(result.errors[0].message).toMatch(expected);
  return ms;
}

describe("workbook bombs", () => {
  const minimal = (extra: { name: string; data: Buffer; method: 0 | 8; size: number }[]) =>
    handZip([{ name: "[Content_Types].xml", data: Buffer.from("<Types/>"), method: 0, size: 8 }, ...extra]);

  it("refuses an entry that inflates far beyond its declared size, before inflating it all", async () => {
    // 64 MiB of zeros deflate to 64 KB; declared as 1 KB.
    const chunk = deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    const bomb = minimal([{ name: "xl/sharedStrings.xml", data: chunk, method: 8, size: 1024 }]);
    const ms = await refusedQuickly(bomb, /entpackt sich zu weit mehr Daten, als er angibt/);
    expect(ms).toBeLessThan(2000);
  });

  it("refuses declared sizes above the limit at once", async () => {
    const bomb = minimal([{ name: "xl/worksheets/sheet1.xml", data: deflateRawSync(Buffer.from("<x/>")), method: 8, size: 0xfffffff0 }]);
    const ms = await refusedQuickly(bomb, /Entpackt wäre sie 4096 MB groß \(erlaubt sind 256 MB\)/);
    expect(ms).toBeLessThan(200);
  });

  it("refuses XML nested deeper than the limit", async () => {
    const deep = Buffer.from("<a>".repeat(200_000) + "</a>".repeat(200_000));
    const bomb = minimal([{ name: "xl/worksheets/sheet1.xml", data: deflateRawSync(deep), method: 8, size: deep.length }]);
    const ms = await refusedQuickly(bomb, new RegExp(`tiefer als ${WORKBOOK_LIMITS.maxDepth} Ebenen`));
    expect(ms).toBeLessThan(2000);
  });

  it("refuses a shared string table with millions of entries", async () => {
    const strings = Buffer.from(`<sst>${"<si><t>x</t></si>".repeat(WORKBOOK_LIMITS.maxSharedStrings + 1)}</sst>`);
    const bomb = minimal([{ name: "xl/sharedStrings.xml", data: deflateRawSync(strings), method: 8, size: strings.length }]);
    const ms = await refusedQuickly(bomb, /mehr als 2\.000\.000 verschiedene Texte/);
    expect(ms).toBeLessThan(5000);
  });

  it("refuses an archive that is cut off, and lets a normal workbook pass", async () => {
    const good = await workbook((wb) => overviewSheet(wb));
    expect(await guardWorkbook(good)).toEqual({ ok: true });
    await refusedQuickly(good.subarray(0, good.length - 30), /kein gültiges ZIP-Archiv/);
  });
});

describe("workbookStream when the reader goes away", () => {
  it("stops the producer without an uncaught error (a download cancelled half-way)", async () => {
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on("uncaughtException", onError);
    try {
      const rows = Array.from({ length: 20_000 }, (_, i) => [String(i), "Bemerkung ".repeat(8)]);
      const stream = workbookStream({ table: { name: "Daten", headers: ["OZG-ID", "Bemerkung"], rowCount: rows.length, rows } });
      // As a response body that the client drops before reading it all.
      const body = new Response(stream).body!;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await body.cancel();
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      process.off("uncaughtException", onError);
    }
    expect(errors).toEqual([]);
  });
});
