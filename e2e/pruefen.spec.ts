import path from "node:path";
import { expect, test } from "@playwright/test";
import { collectErrors, expectNoAxeViolations } from "./helpers";

const SAMPLE = path.resolve("data/uebersicht/2022-10-28.csv");
const BROKEN = path.resolve("e2e/fixtures/broken-data/uebersicht/2022-10-28.csv");

test.describe("Datei prüfen", () => {
  test("a valid file is reported valid, with its number of services", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Datei prüfen" }).click();
    await page.getByLabel("CSV-Datei").setInputFiles(SAMPLE);
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await expect(page.getByRole("heading", { name: "Die Datei ist gültig." })).toBeVisible();
    await expect(page.getByText("2022-10-28.csv: 186 Leistungen, 0 Fehler, 0 Warnungen.")).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("a broken file lists every problem with line, column and value", async ({ page }) => {
    await page.goto("/pruefen");
    await page.getByLabel("CSV-Datei").setInputFiles(BROKEN);
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await expect(page.getByRole("heading", { name: "Die Datei enthält 2 Fehler." })).toBeVisible();
    const rows = page.getByTestId("upload-problems").locator("tbody tr");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0).locator("td")).toHaveText(["3", "Phase", "Umsetzen", /^Zeile 3, Spalte „Phase“: „Umsetzen“ ist keine bekannte Phase\./]);
    await expect(rows.nth(1).locator("td")).toHaveText(["4", "OZG-ID", "10056", "Zeile 4, Spalte „OZG-ID“: Die OZG-ID „10056“ kommt doppelt vor (Zeile 3 und 4)."]);
    await expectNoAxeViolations(page);
  });

  test("a file of 12 MB (above the framework's default body limits) arrives whole", async ({ page }) => {
    const rows = Array.from({ length: 55_000 }, (_, i) => `${100000 + i};Leistung ${i};Bildung;${"x".repeat(200)}\r\n`);
    const buffer = Buffer.from(`OZG-ID;Leistung;Themenfeld;Bemerkung\r\n${rows.join("")}`);
    expect(buffer.length).toBeGreaterThan(12 * 1024 * 1024);
    await page.goto("/pruefen");
    await page.getByLabel("CSV-Datei").setInputFiles({ name: "gross-aber-erlaubt.csv", mimeType: "text/csv", buffer });
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await expect(page.getByRole("heading", { name: "Die Datei ist gültig." })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText("gross-aber-erlaubt.csv: 55.000 Leistungen, 0 Fehler, 0 Warnungen.")).toBeVisible();
  });

  test("an oversized file is refused with a German message before it is sent", async ({ page }) => {
    await page.goto("/pruefen");
    await page.getByLabel("CSV-Datei").setInputFiles({ name: "gross.csv", mimeType: "text/csv", buffer: Buffer.alloc(25 * 1024 * 1024 + 1, 0x41) });
    await expect(page.locator("#datei-fehler")).toContainText("Die Datei ist zu groß (25,1 MB). Erlaubt sind höchstens 25 MB");
    await expect(page.getByRole("button", { name: "Datei prüfen" })).toBeDisabled();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the form still checks a file", async ({ page }) => {
      await page.goto("/pruefen");
      await page.getByLabel("CSV-Datei").setInputFiles(BROKEN);
      await page.getByRole("button", { name: "Datei prüfen" }).click();
      await expect(page.getByRole("heading", { name: "Die Datei enthält 2 Fehler." })).toBeVisible();
    });
  });
});
