import { type Page, expect, test } from "@playwright/test";
import { collectErrors, columnTexts, drawCharts, expectNoAxeViolations, tableRows } from "./helpers";

/** A chart card by its id (phase, themenfeld, ressort, prioritaet). */
function chart(page: Page, id: string) {
  return page.locator(`[data-testid="chart"][data-chart="${id}"]`);
}

/** The filter links beside a chart: the keyboard way to use it. */
function chartLink(page: Page, id: string, field: string, value: string) {
  return chart(page, id).locator(`[data-testid="chart-link"][data-field="${field}"][data-value="${value}"]`);
}

/** Recharts draws after hydration and after its lazily loaded chunk; wait for all four drawings. */
async function waitForDrawnCharts(page: Page) {
  await drawCharts(page, 4);
  await expect(chart(page, "phase").locator("path[data-value]").first()).toBeVisible();
}

/** The numbers of a chart's table (present in the HTML even while the details are closed). */
async function tableNumbers(page: Page, id: string): Promise<string> {
  return (await page.locator(`[data-testid="chart-table"][data-chart="${id}"]`).textContent()) ?? "";
}

/** Count shown beside a facet option, found by the filter its link sets (e.g. phase=Betrieb). */
async function facetCount(page: Page, field: string, value: string): Promise<number> {
  const counts = await page.getByTestId("facet-panel").locator("a[data-count]").evaluateAll(
    (links, [f, v]) =>
      links
        .filter((a) => new URL((a as HTMLAnchorElement).href).searchParams.getAll(f).includes(v))
        .map((a) => a.getAttribute("data-count") ?? ""),
    [field, value],
  );
  expect(counts, `one facet option for ${field}=${value}`).toHaveLength(1);
  return Number(counts[0].replace(/\D/g, ""));
}

test.describe("Charts on the dashboard", () => {
  test("the numbers and links arrive with the HTML; the drawing follows lazily", async ({ request }) => {
    const html = await (await request.get("/")).text();
    expect(html).toContain('data-testid="chart-table"');
    expect(html).toContain("Von 186 Leistungen sind 51 in Betrieb");
    expect(html).not.toContain("recharts-surface");
  });

  test("a click on a bar sets the filter; the table and the other charts follow", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/");
    await waitForDrawnCharts(page);
    const ressortBefore = await tableNumbers(page, "ressort");

    await chart(page, "phase").locator('path[data-value="Betrieb"]').filter({ visible: true }).first().click();
    await expect(page).toHaveURL(/\?phase=Betrieb$/);
    await expect.poll(async () => new Set((await columnTexts(page, "phase")).map((t) => t.trim()))).toEqual(new Set(["Betrieb"]));
    expect(await tableRows(page).count()).toBeGreaterThan(0);
    // Every visible row is in Betrieb, and the result count matches the bar.
    for (const text of await columnTexts(page, "phase")) expect(text.trim()).toBe("Betrieb");
    await expect(page.locator("#ergebnis-anzahl")).toContainText("51 Leistungen");

    // The phase chart keeps all phases (its own filter does not apply) and highlights Betrieb.
    await expect(chartLink(page, "phase", "phase", "Betrieb")).toHaveAttribute("data-selected", "true");
    await expect(chartLink(page, "phase", "phase", "Planung")).not.toHaveAttribute("data-selected");
    await expect(chart(page, "phase")).toContainText("Gewählt und hervorgehoben: Betrieb – das sind die 51 Leistungen der Tabelle.");
    // The other charts now count only services in Betrieb.
    await expect.poll(() => tableNumbers(page, "ressort")).not.toBe(ressortBefore);
    await expect(chart(page, "ressort").getByTestId("chart-summary")).toContainText("Die 51 Leistungen");

    // A second click on the highlighted bar removes the filter again.
    await waitForDrawnCharts(page);
    await chart(page, "phase").locator('path[data-value="Betrieb"]').filter({ visible: true }).first().click();
    await expect(page).toHaveURL(/\/$/);
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });

  test("a click on a bar of a simple chart toggles its value (Ressort)", async ({ page }) => {
    await page.goto("/?phase=Betrieb");
    await waitForDrawnCharts(page);
    await chart(page, "ressort").locator('path[data-value="MI"]').click();
    await expect(page).toHaveURL(/\?ressort=MI&phase=Betrieb$/);
    await expect.poll(async () => new Set(await columnTexts(page, "ressort"))).toEqual(new Set(["MI"]));
  });

  test("the charts follow the search, and agree with the facets", async ({ page }) => {
    await page.goto("/");
    const before = await tableNumbers(page, "phase");
    const summaryBefore = await chart(page, "phase").getByTestId("chart-summary").innerText();
    await page.goto("/?q=kind");
    const after = await tableNumbers(page, "phase");
    expect(after).not.toBe(before);
    await expect(chart(page, "phase").getByTestId("chart-summary")).not.toHaveText(summaryBefore);
    // Same counting rule as the facets: the Betrieb bar equals the Betrieb facet.
    for (const [id, value] of [
      ["phase", "Betrieb"],
      ["phase", "Planung"],
      ["ressort", "MS"],
      ["prioritaet", "hoch"],
      ["themenfeld", "Familie & Kind"],
    ] as const) {
      const chartCount = Number(await chartLink(page, id, id, value).getAttribute("data-count"));
      expect(chartCount, `${id} ${value}`).toBe(await facetCount(page, id, value));
    }
  });

  test("works with the keyboard: Tab to a chart's value and press Enter", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/");
    const target = chartLink(page, "phase", "phase", "Planung");
    await expect(target).toBeVisible();
    let reached = false;
    // The charts follow the table (results first), so their links come after its rows in the Tab order.
    for (let i = 0; i < 300 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await target.evaluate((el) => el === document.activeElement);
    }
    expect(reached, "the Planung link of the phase chart is reachable with Tab").toBe(true);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?phase=Planung$/);
    await expect.poll(async () => new Set(await columnTexts(page, "phase"))).toEqual(new Set(["Planung"]));
    await expect(chartLink(page, "phase", "phase", "Planung")).toHaveAttribute("data-selected", "true");
    expect(errors).toEqual([]);
  });

  test("the phase chart switches its stacking in the URL (chart=ressort)", async ({ page }) => {
    await page.goto("/");
    await waitForDrawnCharts(page);
    const legend = chart(page, "phase").locator('[data-testid="chart-link"][data-field="ressort"]');
    await expect(legend).toHaveCount(0);
    await chart(page, "phase").locator('[data-testid="chart-stack-switch"][data-stack="ressort"]').click();
    await expect(page).toHaveURL(/\?chart=ressort$/);
    await expect(legend).toHaveCount(10);
    await expect(chart(page, "phase").locator('[data-testid="chart-stack-switch"][data-stack="ressort"]')).toHaveAttribute("aria-current", "true");
    await expect(page.locator('[data-testid="chart-table"][data-chart="phase"] caption')).toHaveText("Leistungen nach Phase und Ressort");
    // A legend entry toggles the stacking field's filter.
    await chart(page, "phase").locator('[data-testid="chart-link"][data-field="ressort"][data-value="MI"]').click();
    await expect(page).toHaveURL(/[?&]ressort=MI/);
    await expect.poll(async () => new Set(await columnTexts(page, "ressort"))).toEqual(new Set(["MI"]));
    // The stacking is part of the view: filter links keep it, and a reload restores it.
    await expect(page).toHaveURL(/[?&]chart=ressort/);
    await page.reload();
    await expect(page.locator('[data-testid="chart-table"][data-chart="phase"] caption')).toHaveText("Leistungen nach Phase und Ressort");
  });

  test("has no WCAG 2.1 AA violations with the charts drawn and a table open", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/?phase=Betrieb&prioritaet=hoch");
    await waitForDrawnCharts(page);
    await chart(page, "phase").locator("summary", { hasText: "Zahlen als Tabelle" }).click();
    await expect(page.locator('[data-testid="chart-table"][data-chart="phase"]')).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("stays off paper: a printout is the table (issue 10: print)", async ({ page }) => {
    await page.goto("/");
    await page.emulateMedia({ media: "print" });
    for (const id of ["phase", "themenfeld", "ressort", "prioritaet"]) {
      await expect(page.locator(`[data-testid="chart-table"][data-chart="${id}"]`)).toBeHidden();
    }
    await expect(page.getByTestId("leistungen-table")).toBeVisible();
  });
});
