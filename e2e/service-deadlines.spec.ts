import { expect, test } from "@playwright/test";
import { tableRows } from "./helpers";
import { type ExtraServer, startServer } from "./server";

test.describe("Deadlines belong to services (sample, today)", () => {
  test("an expired call for interest shows on the service's page; the news line says what its dates are", async ({ page }) => {
    await page.goto("/leistungen/10257");
    const reuse = page.getByRole("region", { name: "Nachnutzung durch Kommunen" });
    await expect(reuse.getByTestId("deadline-badge")).toContainText("Frist abgelaufen am 21.11.2022");
    await expect(reuse.getByTestId("deadline-badge")).toHaveAttribute("data-state", "expired");
    await expect(reuse.getByRole("link", { name: "Digitale Einbürgerung – Pilotkommunen gesucht" })).toHaveAttribute("href", "/aktuelles/einbuergerung-nachnutzung");
    const news = page.getByRole("region", { name: "Aktuelles zu dieser Leistung" });
    await expect(news).toContainText("Frist · veröffentlicht 01.11.2022 · Frist 21.11.2022");
  });
});

test.describe("Deadlines belong to services, as of 9 November 2022 (NEWS_TODAY)", () => {
  let server: ExtraServer;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    server = await startServer({ DATA_DIR: "data", NEWS_TODAY: "2022-11-09" });
  });
  test.afterAll(() => server?.stop());

  test("the reuse box, the table and /kommunen count down the days", async ({ page }) => {
    await page.goto(`${server.base}/leistungen/10257`);
    const reuse = page.getByRole("region", { name: "Nachnutzung durch Kommunen" });
    await expect(reuse.getByTestId("deadline-badge")).toContainText("Interesse bis 21.11.2022 bekunden – noch 12 Tage");
    await expect(reuse.getByTestId("deadline-badge")).toHaveAttribute("data-state", "open");

    await page.goto(`${server.base}/?q=10257`);
    await expect(tableRows(page).first().getByTestId("deadline-badge")).toHaveText("Frist 21.11.2022 – noch 12 Tage");
    await page.goto(`${server.base}/?q=10000`);
    await expect(tableRows(page).first().getByTestId("deadline-badge")).toHaveCount(0);

    await page.goto(`${server.base}/kommunen`);
    const item = page.getByTestId("kommunen-item").filter({ hasText: "OZG-ID 10257" });
    await expect(item.getByTestId("deadline-badge")).toContainText("Frist 21.11.2022 – noch 12 Tage");
  });
});
