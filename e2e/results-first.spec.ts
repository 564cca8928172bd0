import { type Page, expect, test } from "@playwright/test";
import { collectErrors, drawCharts, tableRows } from "./helpers";

/** The sizes issue 10 names: a laptop and a phone. */
const SIZES = [
  { name: "laptop 1366×768", width: 1366, height: 768 },
  { name: "phone 390×844", width: 390, height: 844 },
] as const;

/** Top of the first result row, in px from the top of the first screen. */
async function firstRowTop(page: Page): Promise<number> {
  const box = await tableRows(page).first().boundingBox();
  expect(box, "a first result row").not.toBeNull();
  return Math.round(box!.y);
}

for (const size of SIZES) {
  test.describe(`Results first, ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const url of ["/", "/?themenfeld=Familie+%26+Kind&phase=Betrieb"]) {
      test(`the first result row of ${url} is on the first screen`, async ({ page }) => {
        await page.goto(url);
        const top = await firstRowTop(page);
        console.log(`first row of ${url} at ${size.width}×${size.height}: y = ${top}`);
        // Its name (the first line of the row or card) is fully in view.
        expect(top + 28).toBeLessThanOrEqual(size.height);
        await expect(page.locator("#ergebnis-anzahl")).toBeInViewport();
      });
    }

    test("nothing scrolls sideways", async ({ page }) => {
      await page.goto("/?phase=Betrieb");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    });
  });
}

test.describe("Phone: filters in a panel with „N Ergebnisse anzeigen“", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("after choosing a filter the new count is in view, and one tap shows the results", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/");
    const panel = page.getByTestId("facet-panel");
    await expect(panel).toBeHidden();
    await page.getByTestId("filter-open").click();
    await expect(panel).toBeVisible();
    await panel.getByRole("link", { name: /^Phase: Betrieb, 51 Leistungen$/ }).click();
    await expect(page).toHaveURL(/\?phase=Betrieb$/);
    // The panel stays open for more filters; its button names the new count and is in view.
    const show = page.getByTestId("filter-show-results");
    await expect(show).toHaveText("51 Ergebnisse anzeigen");
    await expect(show).toBeInViewport();
    await expect(page.getByTestId("filter-open")).toContainText("1 aktiv");
    await show.click();
    await expect(panel).toBeHidden();
    await expect(page.locator("#ergebnis-anzahl")).toBeInViewport();
    await expect(page.locator("#ergebnis-anzahl")).toContainText("51 Leistungen");
    expect(errors).toEqual([]);
  });

  test("the cards show Phase and Ressort of every row, without scrolling sideways", async ({ page }) => {
    await page.goto("/?size=10");
    const region = page.getByTestId("table-region");
    expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    for (const field of ["phase", "ressort", "leistung"]) {
      const cell = tableRows(page).first().locator(`td[data-field="${field}"]`);
      await expect(cell).toBeVisible();
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
  });

  test("from 320 px up nothing scrolls sideways", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const url of ["/", "/?q=kind&phase=Betrieb", "/leistungen/10001", "/kommunen", "/glossar", "/aenderungen"]) {
      await page.goto(url);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(320);
    }
  });
});

test.describe("Phone without JavaScript", () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  test("the Filter button opens the panel, a filter is a plain link, and the count is in view afterwards", async ({ page }) => {
    await page.goto("/");
    await page.getByTestId("filter-open").click();
    const panel = page.getByTestId("facet-panel");
    await expect(panel).toBeVisible();
    await panel.getByRole("link", { name: /^Phase: Betrieb, 51 Leistungen$/ }).click();
    await expect(page).toHaveURL(/\?phase=Betrieb$/);
    await expect(page.locator("#ergebnis-anzahl")).toContainText("51 Leistungen");
    await expect(page.locator("#ergebnis-anzahl")).toBeInViewport();
  });
});

test.describe("Charts below the table, or one line; the URL remembers", () => {
  test("„Diagramme ausblenden“ leaves one sentence about the table's services, and every link keeps the choice", async ({ page }) => {
    await page.goto("/?phase=Betrieb");
    const section = page.getByTestId("dashboard-charts");
    await expect(section.getByTestId("chart")).toHaveCount(4);
    await expect(section.getByTestId("charts-glance")).toContainText("Von 51 Leistungen der Tabelle sind 51 in Betrieb");
    await section.getByTestId("charts-toggle").click();
    await expect(page).toHaveURL(/\?phase=Betrieb&diagramme=aus#diagramme$/);
    await expect(section.getByTestId("chart")).toHaveCount(0);
    await expect(section.getByTestId("charts-glance")).toContainText("Von 51 Leistungen der Tabelle");
    await page.getByTestId("facet-panel").getByRole("link", { name: /^Ressort: MI / }).click();
    await expect(page).toHaveURL(/diagramme=aus/);
    await page.reload();
    await expect(section.getByTestId("chart")).toHaveCount(0);
    await section.getByTestId("charts-toggle").click();
    await expect(section.getByTestId("chart")).toHaveCount(4);
  });

  test("the charts come after the table in the page (and in the Tab order)", async ({ page }) => {
    await page.goto("/");
    const order = await page.evaluate(() => {
      const table = document.querySelector('[data-testid="leistungen-table"]')!;
      const charts = document.querySelector('[data-testid="dashboard-charts"]')!;
      return table.compareDocumentPosition(charts) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
  });

  test("paging keeps the view at the table", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto("/?size=25");
    const next = page.getByRole("navigation", { name: "Seiten" }).getByRole("link", { name: /Weiter/ });
    await next.scrollIntoViewIfNeeded();
    await next.click();
    await expect(page).toHaveURL(/page=2&size=25#ergebnisse$/);
    await expect(page.locator("#ergebnis-anzahl")).toBeInViewport();
    await expect(tableRows(page).first()).toBeInViewport();
    // Keyboard users land at the start of the new page of results.
    await expect(page.locator("#ergebnisse-titel")).toBeFocused();
  });
});

test.describe("Back from a service", () => {
  test("the breadcrumb leads back to the filters the user came from", async ({ page }) => {
    await page.goto("/?themenfeld=Bildung&phase=Betrieb");
    await tableRows(page).first().locator('td[data-field="leistung"] a').first().click();
    await expect(page).toHaveURL(/\/leistungen\//);
    await page.getByTestId("breadcrumb-overview").click();
    await expect(page).toHaveURL(/\/\?themenfeld=Bildung&phase=Betrieb$/);
  });
});

test.describe("One truth per screen", () => {
  test("a chart that leaves out its own filter says so, and its highlighted bars are the table's services", async ({ page }) => {
    await page.goto("/?phase=Betrieb&prioritaet=hoch");
    const total = (await page.locator("#ergebnis-anzahl strong").innerText()).replace(/\D/g, "");
    const phase = page.locator('[data-testid="chart"][data-chart="phase"]');
    await expect(phase.getByTestId("chart-summary")).toContainText("Ohne den Filter „Phase“ gezählt:");
    await expect(phase).toContainText(`Gewählt und hervorgehoben: Betrieb – das sind die ${total} Leistungen der Tabelle.`);
    const ressort = page.locator('[data-testid="chart"][data-chart="ressort"]');
    await expect(ressort.getByTestId("chart-summary")).not.toContainText("Ohne den Filter");
    await expect(ressort.getByTestId("chart-summary")).toContainText(`${total} Leistungen`);
  });

  test("the stacked phase chart has one legend: its phase links carry no colour swatch", async ({ page }) => {
    await page.goto("/");
    const phase = page.locator('[data-testid="chart"][data-chart="phase"]');
    await expect(phase.locator('[data-testid="chart-link"][data-field="phase"]')).toHaveCount(6);
    await expect(phase.locator('[data-testid="chart-link"][data-field="phase"] span[style*="background"]')).toHaveCount(0);
    await expect(phase.locator('[data-testid="chart-link"][data-field="umsetzungsmodell"] span[style*="background"]')).toHaveCount(7);
  });

  test("chart axes use the German number format", async ({ page }) => {
    await page.goto("/");
    await drawCharts(page, 4);
    const ticks = await page.locator(".recharts-cartesian-axis-tick-value").allTextContents();
    expect(ticks.length).toBeGreaterThan(0);
    for (const t of ticks) expect(t, t).not.toMatch(/^\d{4,}$/);
  });
});

test.describe("Without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every chart card holds its numbers, never an empty box", async ({ page }) => {
    await page.goto("/?q=antrag");
    const cards = page.getByTestId("chart");
    await expect(cards).toHaveCount(4);
    for (const card of await cards.all()) {
      const figure = card.getByTestId("chart-figure");
      const counts = await card.locator('[data-testid="chart-link"]').evaluateAll((links) => links.map((a) => a.getAttribute("data-count")));
      const shown = (await figure.getByTestId("chart-fallback").locator("li").allInnerTexts()).map((t) => t.replace(/\s+/g, " "));
      expect(shown.length).toBeGreaterThan(0);
      // Each bar of the box names its count; the bars are the chart's values (the stacked legend comes on top).
      for (let i = 0; i < shown.length; i++) expect(shown[i]).toMatch(new RegExp(`${counts[i]}$`));
    }
  });
});
