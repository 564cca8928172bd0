import { expect, test } from "@playwright/test";

/** Pages of a PDF: its page objects (/Type /Page, not the /Pages tree). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** A4 with 12 mm margins, in CSS pixels (96 per inch): what Chromium lays a printed page out on. */
const A4 = { width: Math.round(((210 - 24) / 25.4) * 96), height: Math.round(((297 - 24) / 25.4) * 96) };

test.describe("Print", () => {
  test("a filtered view prints a title line, then the table on page 1; no charts, news or controls; 10 rows on 1–2 pages", async ({ page, baseURL }) => {
    await page.goto("/?themenfeld=Familie+%26+Kind&phase=Betrieb&size=10");
    await page.setViewportSize(A4);
    await page.emulateMedia({ media: "print" });

    const title = page.getByTestId("print-title");
    await expect(title).toBeVisible();
    await expect(title).toContainText("Nachnutzungsübersicht der OZG-Leistungen, Stand 28.10.2022");
    await expect(title).toContainText("Filter: Themenfeld: Familie & Kind; Phase: Betrieb");
    await expect(title).toContainText(/Ausgedruckt am \d\d\.\d\d\.\d{4}/);
    await expect(title).toContainText(`${new URL(baseURL!).host}/?themenfeld=Familie+%26+Kind&phase=Betrieb&size=10`);

    for (const hidden of ["dashboard-charts", "news-aside", "facet-panel", "filter-open", "export-link", "chart"]) {
      await expect(page.getByTestId(hidden).first(), hidden).toBeHidden();
    }
    await expect(page.getByRole("link", { name: "Alle zurücksetzen" })).toBeHidden();
    await expect(page.getByRole("search")).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Hauptnavigation" })).toBeHidden();
    await expect(page.locator('[data-testid="leistungen-table"] [aria-hidden="true"]').first()).toBeHidden(); // sort arrows

    // The table starts on the first sheet.
    const table = (await page.getByTestId("leistungen-table").boundingBox())!;
    expect(table.y).toBeLessThan(A4.height - 100);

    const pdf = await page.pdf({ format: "A4", margin: { top: "12mm", bottom: "12mm", left: "12mm", right: "12mm" } });
    const pages = pdfPages(pdf);
    console.log(`print of a 10-row view: ${pages} A4 page(s), ${pdf.length} bytes`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });

  test("the unfiltered first page (50 rows) prints without the charts and their tables", async ({ page }) => {
    await page.goto("/");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("chart-table").first()).toBeHidden();
    await expect(page.getByTestId("print-title")).toContainText("Filter: keine (alle Leistungen) – 186 von 186 Leistungen");
  });
});
