import { expect, test } from "@playwright/test";
import { tableRows } from "./helpers";

test.describe("„Neu oder geändert seit“ on the dashboard", () => {
  test("is a filter with the older Stände, shown as a chip; changed rows show before → after on hover and focus", async ({ page, request }) => {
    await page.goto("/");
    const group = page.getByTestId("changed-since");
    await group.locator("summary").click();
    await group.getByRole("combobox", { name: "Stand" }).selectOption("2022-09-30");
    await group.getByRole("button", { name: "Anwenden" }).click();
    await expect(page).toHaveURL(/\?geaendertSeit=2022-09-30$/);
    await expect(page.getByRole("link", { name: "Neu oder geändert seit 30.09.2022 – entfernen" })).toBeVisible();

    // The same rows as the API.
    const api = await (await request.get("/api/leistungen?geaendertSeit=2022-09-30&size=500&cols=ozgId")).json();
    await expect(page.locator("#ergebnis-anzahl strong")).toHaveText(`${api.total} Leistungen`);

    // 10000 Elterngeld: Rollout → Betrieb; 10257 Einbürgerung is new.
    const elterngeld = page.locator('tr[data-ozg-id="10000"]');
    const badge = elterngeld.getByTestId("change-badge");
    await expect(badge).toHaveText(/^geändert/);
    const details = badge.getByTestId("change-details");
    await expect(details).toContainText("Phase: Rollout → Betrieb"); // in the DOM for screen readers
    expect((await details.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
    await badge.hover();
    await expect(details).toBeVisible();
    expect((await details.boundingBox())!.width).toBeGreaterThan(50);
    await page.mouse.move(0, 0);
    await badge.focus();
    expect((await details.boundingBox())!.width).toBeGreaterThan(50);
    await expect(elterngeld.locator('td[data-field="phase"]')).toHaveAttribute("data-changed", "true");
    await expect(page.locator('tr[data-ozg-id="10257"]').getByTestId("change-badge")).toHaveText(/^neu/);

    // Only phase changes: narrows the list; the chip names the field.
    await group.getByRole("checkbox", { name: "Phase" }).check();
    await group.getByRole("button", { name: "Anwenden" }).click();
    await expect(page).toHaveURL(/\?geaendertSeit=2022-09-30&geaendert=phase$/);
    await expect(page.getByRole("link", { name: "Neu oder geändert seit 30.09.2022 (Phase) – entfernen" })).toBeVisible();
    expect(await tableRows(page).count()).toBeGreaterThan(0);
  });

  test("the service's page says what changed, before → after", async ({ page }) => {
    await page.goto("/leistungen/10000");
    await expect(page.getByTestId("history-summary")).toContainText("Geändert gegenüber dem Stand vom 30.09.2022: Phase: Rollout → Betrieb");
    await expect(page.getByTestId("leistung-history").locator("tbody tr").first().getByTestId("history-before")).toContainText("vorher: Rollout");
  });

  test("the dashboard links the changes feed of its selection, in the head and beside the export", async ({ page }) => {
    await page.goto("/?ressort=MI");
    const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(alternate).toHaveAttribute("href", /\/feeds\/aenderungen\.atom\?ressort=MI$/);
    const subscribe = page.getByTestId("subscribe-details");
    await subscribe.locator("summary").click();
    await expect(subscribe.getByRole("link", { name: /Abonnieren/ })).toHaveAttribute("href", "/feeds/aenderungen.atom?ressort=MI");
    await expect(subscribe).toContainText("Thunderbird");
  });
});

test.describe("Words a newcomer understands", () => {
  test("jargon links to /glossar, on the dashboard, the service page and /kommunen", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("columnheader", { name: /Umsetzungsmodell/ }).getByRole("link", { name: "Was bedeutet „Umsetzungsmodell“?" }).click();
    await expect(page).toHaveURL(/\/glossar#umsetzungsmodell$/);
    await expect(page.locator("#umsetzungsmodell")).toContainText("EfA-Nachnutzung");

    await page.goto("/leistungen/10001");
    const fields = page.getByTestId("leistung-fields");
    await expect(fields.getByRole("link", { name: "Was bedeutet „Reifegrad“?" })).toHaveAttribute("href", "/glossar#reifegrad");
    await expect(fields.getByRole("link", { name: "Was bedeutet „Typisierung“?" })).toHaveAttribute("href", "/glossar#typisierung");

    await page.goto("/kommunen");
    await expect(page.getByRole("link", { name: "EfA", exact: true })).toHaveAttribute("href", "/glossar#efa");
  });

  test("error texts say in plain words what to do", async ({ page }) => {
    await page.goto("/?size=abc");
    const notice = page.getByRole("status").filter({ hasText: "konnten nicht verwendet werden" });
    await expect(notice).toContainText("Angezeigt wird die Seite ohne diese Angaben");
    await page.goto("/?q=gibtesnichtxyz");
    await expect(page.getByText("Entfernen Sie oben einen Filter oder wählen Sie „Alle zurücksetzen“")).toBeVisible();
  });
});
