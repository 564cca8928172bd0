import { readFile } from "node:fs/promises";
import { type Download, type Page, expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { collectErrors, columnTexts, tableRows } from "./helpers";

const ALL_HEADERS = [
  "OZG-ID", "Leistung", "Themenfeld", "Lebenslage", "LeiKa-Schlüssel", "Typisierung", "Rechtsgrundlagen", "Zuständigkeit",
  "Ressort", "Priorität", "Phase", "Umsetzungsmodell", "EfA-Federführung", "Nachnutzbar durch Kommunen", "Reifegrad",
  "Online-Dienst", "Bemerkung",
];

/** The export button of the result table. */
function exportLink(page: Page) {
  return page.getByTestId("export-link");
}

/** The result count as the page shows it ("57 Leistungen von 186 gefunden" → 57). */
async function shownCount(page: Page): Promise<number> {
  const text = await page.locator("#ergebnis-anzahl strong").innerText();
  const match = /^([\d.]+) Leistung/.exec(text);
  expect(match, text).not.toBeNull();
  return Number(match![1].replace(/\./g, ""));
}

/** Bytes of a file, checked to begin with the UTF-8 BOM, parsed as `;`/CRLF CSV: header and data rows. */
function parseCsv(bytes: Buffer): { header: string[]; rows: string[][] } {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.subarray(3).toString("utf8"), { delimiter: ";", newline: "\r\n", skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  return { header, rows };
}

/** Clicks the export button and returns the download with its bytes. */
async function download(page: Page): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), exportLink(page).click()]);
  const filePath = await file.path();
  return { file, bytes: await readFile(filePath) };
}

test.describe("Excel export from the dashboard", () => {
  test("the export button offers xlsx; the download is a valid workbook with the view's rows", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/?themenfeld=Bildung");
    const count = await shownCount(page);
    const xlsx = page.getByTestId("export-link-xlsx");
    await expect(xlsx).toHaveText("Excel-Datei (.xlsx)");
    await expect(xlsx).toHaveAttribute("href", "/api/export?themenfeld=Bildung&stand=2022-10-28&format=xlsx");
    const [file] = await Promise.all([page.waitForEvent("download"), xlsx.click()]);
    expect(file.suggestedFilename()).toBe("nachnutzungsuebersicht_2022-10-28_themenfeld-bildung.xlsx");
    const bytes = await readFile(await file.path());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Nachnutzungsübersicht", "Info"]);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(count + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe("OZG-ID");
    for (let r = 2; r <= sheet.rowCount; r++) {
      expect(sheet.getRow(r).getCell(3).value).toBe("Bildung");
      expect(typeof sheet.getRow(r).getCell(1).value).toBe("string");
    }
    expect(errors).toEqual([]);
  });
});

test.describe("CSV export from the dashboard", () => {
  test("exports exactly the filtered, sorted view: every row, in the table's order, with the BOM", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/");
    await page.getByRole("link", { name: /^Themenfeld: Bildung, \d+ Leistungen$/ }).click();
    await expect(page).toHaveURL(/[?&]themenfeld=Bildung(&|$)/);
    // Sort by Leistung: first click ascending, second descending.
    await page.locator('a[data-testid="sort-link"][data-field="leistung"]').click();
    await expect(page).toHaveURL(/[?&]sort=leistung(&|$)/);
    await page.locator('a[data-testid="sort-link"][data-field="leistung"]').click();
    await expect(page).toHaveURL(/[?&]sort=-leistung(&|$)/);

    const count = await shownCount(page);
    expect(count).toBeGreaterThan(0);
    await expect(exportLink(page)).toHaveText(`CSV exportieren (${count} Leistungen)`);
    await expect(exportLink(page)).toHaveAttribute("href", "/api/export?themenfeld=Bildung&sort=-leistung&stand=2022-10-28");
    await expect(exportLink(page)).toHaveAccessibleDescription(
      `Die Datei enthält alle ${count} Leistungen dieser Auswahl, nicht nur die angezeigte Seite, mit allen 17 Spalten, Stand 28.10.2022; als CSV für jedes Tabellenprogramm oder als Excel-Arbeitsmappe.`,
    );

    const { file, bytes } = await download(page);
    expect(file.suggestedFilename()).toBe("nachnutzungsuebersicht_2022-10-28_themenfeld-bildung.csv");
    const { header, rows } = parseCsv(bytes);
    expect(header).toEqual(ALL_HEADERS);
    expect(rows).toHaveLength(count);
    for (const row of rows) expect(row[2]).toBe("Bildung");
    // The table shows the first page; the file starts with the same rows in the same order.
    const shownIds = await columnTexts(page, "ozgId");
    expect(shownIds.length).toBe(Math.min(count, 50));
    expect(rows.slice(0, shownIds.length).map((r) => r[0])).toEqual(shownIds);
    const names = rows.map((r) => r[1]);
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, "de")));
    expect(errors).toEqual([]);
  });

  test("exports the chosen columns and all pages, not only the page shown", async ({ page }) => {
    await page.goto("/?phase=Betrieb&sort=leistung&size=10&page=2&cols=ozgId,leistung,phase");
    await expect(tableRows(page)).toHaveCount(10);
    const count = await shownCount(page);
    expect(count).toBeGreaterThan(20);
    await expect(exportLink(page)).toHaveAttribute("href", "/api/export?phase=Betrieb&sort=leistung&cols=ozgId%2Cleistung%2Cphase&stand=2022-10-28");
    await expect(exportLink(page)).toHaveAccessibleDescription(/mit den 3 gewählten Spalten/);

    const { file, bytes } = await download(page);
    expect(file.suggestedFilename()).toBe("nachnutzungsuebersicht_2022-10-28_phase-betrieb.csv");
    const { header, rows } = parseCsv(bytes);
    expect(header).toEqual(["OZG-ID", "Leistung", "Phase"]);
    expect(rows).toHaveLength(count);
    for (const row of rows) expect(row).toEqual([expect.any(String), expect.any(String), "Betrieb"]);
    // Page 2 of the table is rows 11–20 of the file.
    expect(rows.slice(10, 20).map((r) => r[0])).toEqual(await columnTexts(page, "ozgId"));
  });

  test("a search names the file after the search words", async ({ page }) => {
    await page.goto("/?q=Einb%C3%BCrgerung");
    const count = await shownCount(page);
    const { file, bytes } = await download(page);
    expect(file.suggestedFilename()).toBe("nachnutzungsuebersicht_2022-10-28_suche-einbuergerung.csv");
    expect(parseCsv(bytes).rows).toHaveLength(count);
  });
});

test.describe("GET /api/export", () => {
  test("without parameters: all 186 rows of the sample, all 17 German headers, CSV headers", async ({ request }) => {
    const response = await request.get("/api/export");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toBe(
      `attachment; filename="nachnutzungsuebersicht_2022-10-28_alle.csv"; filename*=UTF-8''nachnutzungsuebersicht_2022-10-28_alle.csv`,
    );
    const bytes = await response.body();
    const { header, rows } = parseCsv(bytes);
    expect(header).toEqual(ALL_HEADERS);
    expect(rows).toHaveLength(186);
    // CRLF after every record; line breaks inside cells are LF only.
    const text = bytes.toString("utf8");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")).toHaveLength(188);
  });

  test("cols=ozgId,leistung gives exactly 2 columns", async ({ request }) => {
    const response = await request.get("/api/export?cols=ozgId,leistung");
    expect(response.status()).toBe(200);
    const { header, rows } = parseCsv(await response.body());
    expect(header).toEqual(["OZG-ID", "Leistung"]);
    expect(rows).toHaveLength(186);
    for (const row of rows) expect(row).toHaveLength(2);
  });

  test("an older Stand is exported and named with its date", async ({ request }) => {
    const response = await request.get("/api/export?stand=2022-09-30");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toContain('filename="nachnutzungsuebersicht_2022-09-30_alle.csv"');
    expect(parseCsv(await response.body()).rows).toHaveLength(184);
  });

  test("page and size are ignored: the export has no pages", async ({ request }) => {
    for (const query of ["size=abc", "page=2&size=10"]) {
      const response = await request.get(`/api/export?${query}`);
      expect(response.status(), query).toBe(200);
      expect(parseCsv(await response.body()).rows, query).toHaveLength(186);
    }
  });

  test("an invalid parameter is a 400 with a German message, never a file", async ({ request }) => {
    for (const [query, message] of [
      ["sort=unbekannt", "Parameter „sort“: „unbekannt“ ist keine bekannte Sortierung."],
      ["stand=1999-01-01", "Parameter „stand“: Einen Stand „1999-01-01“ gibt es nicht."],
      ["phase=Umsetzen", "Filter „Phase“: „Umsetzen“"],
      ["cols=gibtsnicht", "Parameter „cols“: Unbekannte Spalte „gibtsnicht“."],
    ]) {
      const response = await request.get(`/api/export?${query}`);
      expect(response.status(), query).toBe(400);
      expect(response.headers()["content-type"], query).toContain("application/json");
      expect(response.headers()["content-disposition"], query).toBeUndefined();
      const body = await response.json();
      expect(body.error, query).toContain(message);
    }
  });
});
