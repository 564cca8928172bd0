import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { collectErrors, expectNoAxeViolations } from "./helpers";

const SAMPLE = path.resolve("data/uebersicht/2022-10-28.csv");
const BROKEN = path.resolve("e2e/fixtures/broken-data/uebersicht/2022-10-28.csv");
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

test.describe("Datei prüfen", () => {
  test("a valid file is reported valid, with its number of services", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Datei prüfen" }).click();
    await page.getByLabel("Datei (Excel-Arbeitsmappe oder CSV)").setInputFiles(SAMPLE);
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await expect(page.getByRole("heading", { name: "Die Datei ist gültig." })).toBeVisible();
    await expect(page.getByText("2022-10-28.csv: 186 Leistungen, 0 Fehler, 0 Warnungen.")).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("a broken file lists every problem with line, column and value", async ({ page }) => {
    await page.goto("/pruefen");
    await page.getByLabel("Datei (Excel-Arbeitsmappe oder CSV)").setInputFiles(BROKEN);
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await expect(page.getByRole("heading", { name: "Die Datei enthält 2 Fehler." })).toBeVisible();
    const rows = page.getByTestId("upload-problems").locator("tbody tr");
    await expect(rows).toHaveCount(2);
    await expect(page.getByTestId("upload-problems").first().locator("thead th")).toHaveText(["Zeile", "Spalte", "OZG-ID", "Leistung", "Wert", "Problem"]);
    // The problem text without the „Zeile 3, Spalte …“ prefix: those are columns of their own.
    await expect(rows.nth(0).locator("td")).toHaveText([
      "3",
      "Phase",
      "10056",
      "Ausbildungsförderung (BAföG)",
      "Umsetzen",
      /^„Umsetzen“ ist keine bekannte Phase\. Erlaubt: .* Meinten Sie „Umsetzung“\?$/,
    ]);
    await expect(rows.nth(1).locator("td")).toHaveText(["4", "OZG-ID", "10056", "Doppelt", "10056", "Die OZG-ID „10056“ kommt doppelt vor (Zeile 3 und 4)."]);
    await expectNoAxeViolations(page);
  });

  test("an .xlsx upload shows the table columns and offers the report as CSV and as xlsx", async ({ page }) => {
    const errors = collectErrors(page);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Nachnutzungsübersicht");
    ws.addRow(["OZG-ID", "Leistung", "Themenfeld", "Phase", "Bemerkung"]);
    ws.addRow([10000, "Elterngeld", "Familie & Kind", "Betrieb", "zwei\nZeilen"]);
    ws.addRow([10056, "Ausbildungsförderung (BAföG)", "Bildung", "Umsetzen", { formula: '"Hin"&"weis"', result: "Hinweis" }]);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    await page.goto("/pruefen");
    await page.getByLabel("Datei (Excel-Arbeitsmappe oder CSV)").setInputFiles({ name: "mappe.xlsx", mimeType: XLSX_TYPE, buffer });
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await expect(page.getByRole("heading", { name: "Die Datei enthält 1 Fehler." })).toBeVisible();
    await expect(page.getByText("mappe.xlsx: 2 Leistungen, 1 Fehler, 1 Warnung.")).toBeVisible();
    const errorTable = page.getByRole("table", { name: "Fehler mit Zeile, Spalte und Wert" });
    await expect(errorTable.locator("thead th")).toHaveText(["Zeile", "Spalte", "OZG-ID", "Leistung", "Wert", "Problem"]);
    await expect(errorTable.locator("tbody tr").first().locator("td")).toHaveText(["3", "Phase", "10056", "Ausbildungsförderung (BAföG)", "Umsetzen", /Meinten Sie „Umsetzung“\?$/]);
    await expect(page.getByRole("table", { name: "Warnungen mit Zeile, Spalte und Wert" }).locator("tbody td").last()).toHaveText(/^Die Zelle enthält eine Formel/);
    await expect(page.getByText("npm run")).toHaveCount(0);

    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("bericht-csv").click()]);
    expect(csv.suggestedFilename()).toBe("pruefbericht_mappe.csv");
    const csvText = (await readFile(await csv.path())).toString("utf8");
    expect(csvText).toContain("Art;Zeile;Spalte;OZG-ID;Leistung;Wert;Problem");
    expect(csvText).toContain("Fehler;3;Phase;10056;Ausbildungsförderung (BAföG);Umsetzen;");
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("bericht-xlsx").click()]);
    expect(xlsx.suggestedFilename()).toBe("pruefbericht_mappe.xlsx");
    const report = new ExcelJS.Workbook();
    await report.xlsx.load((await readFile(await xlsx.path())) as unknown as ArrayBuffer);
    expect(report.worksheets[0].getRow(2).getCell(7).value).toMatch(/^„Umsetzen“ ist keine bekannte Phase/);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("a file of 12 MB (above the framework's default body limits) arrives whole", async ({ page }) => {
    const rows = Array.from({ length: 55_000 }, (_, i) => `${100000 + i};Leistung ${i};Bildung;${"x".repeat(200)}\r\n`);
    const buffer = Buffer.from(`OZG-ID;Leistung;Themenfeld;Bemerkung\r\n${rows.join("")}`);
    expect(buffer.length).toBeGreaterThan(12 * 1024 * 1024);
    await page.goto("/pruefen");
    await page.getByLabel("Datei (Excel-Arbeitsmappe oder CSV)").setInputFiles({ name: "gross-aber-erlaubt.csv", mimeType: "text/csv", buffer });
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await expect(page.getByRole("heading", { name: "Die Datei ist gültig." })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText("gross-aber-erlaubt.csv: 55.000 Leistungen, 0 Fehler, 0 Warnungen.")).toBeVisible();
  });

  test("an oversized file is refused with a German message before it is sent", async ({ page }) => {
    await page.goto("/pruefen");
    await page.getByLabel("Datei (Excel-Arbeitsmappe oder CSV)").setInputFiles({ name: "gross.csv", mimeType: "text/csv", buffer: Buffer.alloc(25 * 1024 * 1024 + 1, 0x41) });
    await expect(page.locator("#datei-fehler")).toContainText("Die Datei ist zu groß (25,1 MB). Erlaubt sind höchstens 25 MB; als Excel-Arbeitsmappe (.xlsx) gespeichert");
    await expect(page.getByRole("button", { name: "Datei prüfen" })).toBeDisabled();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the form still checks a file", async ({ page }) => {
      await page.goto("/pruefen");
      await page.getByLabel("Datei (Excel-Arbeitsmappe oder CSV)").setInputFiles(BROKEN);
      await page.getByRole("button", { name: "Datei prüfen" }).click();
      await expect(page.getByRole("heading", { name: "Die Datei enthält 2 Fehler." })).toBeVisible();
      // The report downloads without JavaScript too: a plain form post.
      const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("bericht-csv").click()]);
      expect(csv.suggestedFilename()).toBe("pruefbericht_2022-10-28.csv");
      expect((await readFile(await csv.path())).toString("utf8")).toContain("Fehler;4;OZG-ID;10056;Doppelt;10056;");
    });
  });
});
