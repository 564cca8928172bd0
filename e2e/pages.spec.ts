import { expect, test } from "@playwright/test";
import { collectErrors, expectNoAxeViolations, tableRows } from "./helpers";

test.describe("Leistung page", () => {
  test("a row's name leads to the service's page with all properties, history and reuse interest", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/?q=10257");
    await tableRows(page).first().getByRole("link", { name: "Einbürgerung", exact: true }).click();
    await expect(page).toHaveURL(/\/leistungen\/10257$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Einbürgerung");
    await expect(page.getByText("OZG-ID 10257 · Stand 28. Oktober 2022 (aktuell)")).toBeVisible();
    // Every column of the overview is listed.
    await expect(page.getByTestId("leistung-fields").locator("dt")).toHaveCount(16);
    await expect(page.getByTestId("leistung-fields")).toContainText("Ein- & Auswanderung");

    // 10257 is marked "Nachnutzbar durch Kommunen: ja" in the sample.
    await expect(page.getByText("Diese Leistung können Kommunen nachnutzen.")).toBeVisible();
    const mail = page.getByRole("link", { name: "Nachnutzungsinteresse bekunden" });
    const href = (await mail.getAttribute("href"))!;
    expect(href.startsWith("mailto:ozg@sachsen-anhalt.de?")).toBe(true);
    expect(new URL(href).searchParams.get("subject")).toBe("Nachnutzungsinteresse: Einbürgerung (OZG-ID 10257)");

    // Added in the newer Stand: the older one does not contain it.
    const history = page.getByTestId("leistung-history").locator("tbody tr");
    await expect(history).toHaveCount(2);
    await expect(history.nth(1)).toContainText("30.09.2022");
    await expect(history.nth(1)).toContainText("in diesem Stand nicht enthalten");
    // The news that name it.
    const news = page.getByRole("region", { name: "Aktuelles zu dieser Leistung" });
    await expect(news.getByRole("link", { name: /Einbürgerung/ }).first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("the history marks what changed between Stände, and an older Stand can be shown", async ({ page }) => {
    // 10000 Elterngeld: Rollout → Betrieb between the two sample Stände.
    await page.goto("/leistungen/10000");
    const newest = page.getByTestId("leistung-history").locator("tbody tr").first();
    await expect(newest.locator('td[data-changed]')).toContainText(["Betrieb"]);
    await page.getByTestId("leistung-history").getByRole("link", { name: "30.09.2022" }).click();
    await expect(page).toHaveURL(/\/leistungen\/10000\?stand=2022-09-30$/);
    await expect(page.getByText("Stand 30. September 2022 (älterer Stand)")).toBeVisible();
    await expect(page.getByTestId("leistung-fields")).toContainText("Rollout");
  });

  test("an unknown OZG-ID is a 404", async ({ page }) => {
    const response = await page.goto("/leistungen/99999");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leistung nicht gefunden");
  });

  test("has no WCAG 2.1 AA violations", async ({ page }) => {
    await page.goto("/leistungen/10348");
    await expectNoAxeViolations(page);
  });
});

test.describe("Für Kommunen", () => {
  test("lists exactly the services municipalities can reuse, by Themenfeld", async ({ page, request }) => {
    const api = await (await request.get("/api/leistungen?nachnutzbarKommunen=ja&size=500&cols=ozgId")).json();
    await page.goto("/");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Für Kommunen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Für Kommunen");
    const ids = await page.getByTestId("kommunen-item").evaluateAll((items) =>
      items.map((li) => (li.textContent ?? "").match(/OZG-ID (\d+)/)![1]),
    );
    expect(ids.sort()).toEqual(api.rows.map((r: { ozgId: string }) => r.ozgId).sort());
    const headings = await page.getByTestId("kommunen-page").locator("h2").allInnerTexts();
    const themenfelder = ["Arbeit & Ruhestand", "Bauen & Wohnen", "Bildung", "Ein- & Auswanderung", "Engagement & Hobby", "Familie & Kind", "Forschung & Förderung", "Gesundheit", "Mobilität & Reisen", "Querschnitt", "Recht & Ordnung", "Steuern & Zoll", "Umwelt", "Unternehmensführung & -entwicklung"];
    expect(headings.map((h) => themenfelder.indexOf(h))).toEqual([...headings.map((h) => themenfelder.indexOf(h))].sort((a, b) => a - b));
    await page.getByRole("link", { name: "In der Übersicht filtern" }).click();
    await expect(page).toHaveURL(/\?nachnutzbarKommunen=ja$/);
  });

  test("has no WCAG 2.1 AA violations", async ({ page }) => {
    await page.goto("/kommunen");
    await expectNoAxeViolations(page);
  });
});

test.describe("Änderungen", () => {
  test("shows what changed between the two newest Stände, like the API", async ({ page, request }) => {
    const api = await (await request.get("/api/aenderungen")).json();
    await page.goto("/aenderungen");
    await expect(page.getByRole("heading", { level: 2, name: `Neu aufgenommen (${api.added.length})` })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: `Entfallen (${api.removed.length})` })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: `Geändert (${api.changed.length})` })).toBeVisible();
    await expect(page.getByTestId("changes-table").locator("tbody tr")).toHaveCount(api.changed.length);
    await expect(page.getByTestId("changes-table")).toContainText("Phase: Rollout → Betrieb");
  });

  test("an invalid Stand is explained", async ({ page }) => {
    await page.goto("/aenderungen?von=1999-01-01");
    await expect(page.getByRole("status").filter({ hasText: "konnten nicht verwendet werden" })).toContainText("Einen Stand „1999-01-01“ gibt es nicht");
  });

  test("has no WCAG 2.1 AA violations", async ({ page }) => {
    await page.goto("/aenderungen");
    await expectNoAxeViolations(page);
  });
});
