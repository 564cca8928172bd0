import { type Page, expect, test } from "@playwright/test";
import { collectErrors, columnTexts, expectNoAxeViolations, tableRows } from "./helpers";

/** A facet option link by field title and value label (its accessible name starts with both). */
function facetOption(page: Page, field: string, value: string) {
  return page.getByRole("link", { name: new RegExp(`^${field}: ${escapeRegExp(value)}( \\(.*\\))?, \\d+ Leistung`) });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The number in "N Leistungen von M gefunden" / "Alle N Leistungen". */
async function shownCount(page: Page): Promise<number> {
  const text = await page.locator("#ergebnis-anzahl strong").innerText();
  return Number(text.replace(/\D/g, ""));
}

/** Marks the window; the mark survives in-place updates but not a full page load. */
async function markWindow(page: Page) {
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
}
async function expectNoReload(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
}

test.describe("Find: facets, search, sort, pages, columns", () => {
  test("facet filters combine with OR within a field and AND across fields, in place", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/");
    await markWindow(page);

    await facetOption(page, "Phase", "Betrieb").click();
    await expect(page).toHaveURL(/\?phase=Betrieb$/);
    await facetOption(page, "Phase", "Rollout").click();
    await expect(page).toHaveURL(/\?phase=Rollout&phase=Betrieb$/);
    const phases = await columnTexts(page, "phase");
    expect(phases.length).toBeGreaterThan(0);
    for (const phase of phases) expect(["Betrieb", "Rollout"]).toContain(phase.trim());
    const orCount = await shownCount(page);

    await facetOption(page, "Ressort", "MS").click();
    await expect(page).toHaveURL(/ressort=MS/);
    const andCount = await shownCount(page);
    expect(andCount).toBeLessThan(orCount);
    for (const ressort of await columnTexts(page, "ressort")) expect(ressort.trim()).toBe("MS");
    for (const phase of await columnTexts(page, "phase")) expect(["Betrieb", "Rollout"]).toContain(phase.trim());
    await expect(tableRows(page)).toHaveCount(Math.min(andCount, 50));

    // The Ressort facet still lists other ministries with their counts (own filter not applied).
    await expect(facetOption(page, "Ressort", "MI")).toBeVisible();
    // Values with count 0 stay listed.
    await expect(page.getByRole("link", { name: /^Themenfeld: .*, 0 Leistungen$/ }).first()).toBeVisible();

    await expectNoReload(page);
    expect(errors).toEqual([]);
  });

  test("active filters are listed, removable one by one, and resettable", async ({ page }) => {
    await page.goto("/?themenfeld=Bildung&phase=Betrieb&q=antrag");
    const chips = page.getByRole("list", { name: "Aktive Filter" });
    await expect(chips.getByRole("link")).toHaveText([/Suche: „antrag“/, /Themenfeld: Bildung/, /Phase: Betrieb/, /Alle zurücksetzen/]);
    await chips.getByRole("link", { name: "Phase: Betrieb – entfernen" }).click();
    await expect(page).toHaveURL(/\?q=antrag&themenfeld=Bildung$/);
    await page.getByRole("link", { name: "Alle zurücksetzen" }).click();
    await expect(page).toHaveURL(/\/$/);
    expect(await shownCount(page)).toBe(186);
  });

  test("'nicht festgelegt' is a value of its own", async ({ page }) => {
    await page.goto("/?cols=ozgId,leistung,ressort");
    await facetOption(page, "Ressort", "nicht festgelegt").click();
    await expect(page).toHaveURL(/ressort=nicht\+festgelegt/);
    const cells = await columnTexts(page, "ressort");
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell.trim()).toBe("nicht festgelegt");
  });

  test("search folds German spelling, needs every word and highlights matches", async ({ page }) => {
    await page.goto("/");
    await markWindow(page);
    await page.getByRole("searchbox", { name: "Suche" }).fill("Einbuergerung");
    await expect(page).toHaveURL(/\?q=Einbuergerung$/);
    await expect(tableRows(page).first()).toContainText("Einbürgerung");
    await expect(page.locator("mark").first()).toHaveText(/Einbürgerung/i);

    await page.getByRole("searchbox", { name: "Suche" }).fill("strasse");
    await expect(page).toHaveURL(/\?q=strasse$/);
    await expect(page.locator('tr[data-ozg-id="10348"]')).toBeVisible();
    await expect(page.locator('tr[data-ozg-id="10348"] mark').first()).toHaveText("Straße");

    await page.getByRole("searchbox", { name: "Suche" }).fill("strasse zzzz");
    await expect(page.getByText("Keine Leistung passt zu Suche und Filtern.")).toBeVisible();
    await expectNoReload(page);
  });

  test("OZG-IDs and LeiKa keys are found by number", async ({ page }) => {
    await page.goto("/?q=10056");
    await expect(tableRows(page)).toHaveCount(1);
    await expect(tableRows(page).first()).toHaveAttribute("data-ozg-id", "10056");
    const api = await (await page.request.get("/api/leistungen?q=10056&cols=leikaSchluessel")).json();
    const key = api.rows[0].leikaSchluessel[0] as string;
    await page.goto(`/?q=${key}`);
    await expect(page.locator('tr[data-ozg-id="10056"]')).toBeVisible();
  });

  test("sorting: text in German collation, controlled columns in vocabulary order, both directions", async ({ page }) => {
    await page.goto("/?size=250");
    await page.locator('th a[data-field="leistung"]').click();
    await expect(page).toHaveURL(/sort=leistung/);
    await expect(page.locator('th[aria-sort="ascending"]')).toContainText("Leistung");
    const names = await columnTexts(page, "leistung");
    expect(names).toEqual([...names].sort(new Intl.Collator("de", { numeric: true }).compare));

    await page.locator('th a[data-field="leistung"]').click();
    await expect(page).toHaveURL(/sort=-leistung/);
    const desc = await columnTexts(page, "leistung");
    expect(desc).toEqual([...names].reverse());

    await page.locator('th a[data-field="phase"]').click();
    await expect(page).toHaveURL(/sort=phase/);
    const order = ["offen", "Planung", "Umsetzung", "Pilotierung", "Rollout", "Betrieb"];
    const ranks = (await columnTexts(page, "phase")).map((p) => order.indexOf(p.trim()));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(0);
  });

  test("paging with a choice of page size; back and forward restore the view", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Einträge pro Seite" }).selectOption("10");
    await page.getByRole("button", { name: "Anwenden" }).click();
    await expect(page).toHaveURL(/\?size=10$/);
    await expect(tableRows(page)).toHaveCount(10);
    const firstPage = await columnTexts(page, "ozgId");

    await page.getByRole("navigation", { name: "Seiten" }).getByRole("link", { name: /Weiter/ }).click();
    await expect(page).toHaveURL(/page=2&size=10/);
    const secondPage = await columnTexts(page, "ozgId");
    expect(Number(secondPage[0])).toBeGreaterThan(Number(firstPage[9]));

    await page.getByRole("link", { name: "Seite 19" }).click();
    await expect(page).toHaveURL(/page=19/);
    await expect(tableRows(page)).toHaveCount(6); // 186 = 18 × 10 + 6

    // Back/forward change the URL first and the rows a moment later: poll.
    await page.goBack();
    await expect(page).toHaveURL(/page=2&size=10/);
    await expect.poll(() => columnTexts(page, "ozgId")).toEqual(secondPage);
    await page.goForward();
    await expect(page).toHaveURL(/page=19/);
    await expect(tableRows(page)).toHaveCount(6);
  });

  test("the column chooser changes the columns, in the URL", async ({ page }) => {
    await page.goto("/");
    await page.getByText("Spalten wählen").click();
    await page.getByRole("checkbox", { name: "Umsetzungsmodell" }).uncheck();
    await page.getByRole("checkbox", { name: "Bemerkung" }).check();
    await page.getByRole("button", { name: "Übernehmen" }).click();
    await expect(page).toHaveURL(/cols=ozgId%2Cleistung%2Cthemenfeld%2Cressort%2Cprioritaet%2Cphase%2Cbemerkung/);
    await expect(page.locator('[data-testid="leistungen-table"] thead th')).toHaveText([
      /OZG-ID/, /Leistung/, /Themenfeld/, /Ressort/, /Priorität/, /Phase/, /Bemerkung/,
    ]);
  });

  test("a copied URL reproduces the view exactly in a fresh page", async ({ page, browser }) => {
    await page.goto("/");
    await facetOption(page, "Themenfeld", "Familie & Kind").click();
    await page.getByRole("searchbox", { name: "Suche" }).fill("geld");
    await expect(page).toHaveURL(/q=geld/);
    await page.locator('th a[data-field="leistung"]').click();
    await expect(page).toHaveURL(/sort=leistung/);
    const url = page.url();
    const rows = await columnTexts(page, "ozgId");

    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(url);
    expect(await columnTexts(fresh, "ozgId")).toEqual(rows);
    await expect(fresh.getByRole("searchbox", { name: "Suche" })).toHaveValue("geld");
    await fresh.context().close();
  });

  test("invalid parameters show a notice and fall back to defaults", async ({ page }) => {
    await page.goto("/?size=abc&phase=Umsetzen&themenfeld=Bildung");
    await expect(page.getByRole("status").filter({ hasText: "konnten nicht verwendet werden" })).toContainText("„abc“ ist keine gültige Seitengröße");
    await expect(page.getByRole("status").filter({ hasText: "konnten nicht verwendet werden" })).toContainText("„Umsetzen“ ist keine bekannte Phase");
    for (const t of await columnTexts(page, "themenfeld")) expect(t.trim()).toBe("Bildung");
    await page.goto("/?page=999");
    await expect(page.getByText(/Seite 999 gibt es nicht/)).toBeVisible();
    await expect(tableRows(page).first()).toBeVisible();
  });

  test("axe finds no violations with filters open and chosen", async ({ page }) => {
    await page.goto("/?themenfeld=Bildung&lebenslage=Schule&q=schul");
    await page.getByText("Spalten wählen").click();
    const closed = page.locator('details[data-testid="facet"]:not([open]) > summary');
    while ((await closed.count()) > 0) await closed.first().click();
    await expectNoAxeViolations(page);
  });
});

test.describe("Find without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("links and GET forms still filter, search, sort, page and choose columns", async ({ page }) => {
    await page.goto("/");
    await facetOption(page, "Themenfeld", "Bildung").click();
    await expect(page).toHaveURL(/\?themenfeld=Bildung$/);
    for (const t of await columnTexts(page, "themenfeld")) expect(t.trim()).toBe("Bildung");

    await page.getByRole("searchbox", { name: "Suche" }).fill("schule");
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect(page).toHaveURL(/\?q=schule&themenfeld=Bildung$/);
    const count = await shownCount(page);
    expect(count).toBeGreaterThan(0);
    for (const t of await columnTexts(page, "themenfeld")) expect(t.trim()).toBe("Bildung");

    await page.locator('th a[data-field="leistung"]').click();
    await expect(page).toHaveURL(/sort=leistung/);

    await page.goto("/?size=10");
    await page.getByRole("link", { name: /Weiter/ }).click();
    await expect(page).toHaveURL(/page=2&size=10/);
    await expect(tableRows(page)).toHaveCount(10);

    await page.getByText("Spalten wählen").click();
    await page.getByRole("checkbox", { name: "Bemerkung" }).check();
    await page.getByRole("button", { name: "Übernehmen" }).click();
    await expect(page).toHaveURL(/cols=.*bemerkung/);
    await expect(page.locator('[data-testid="leistungen-table"] thead th').last()).toContainText("Bemerkung");
  });
});
