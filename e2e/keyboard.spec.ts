import { type Locator, type Page, expect, test } from "@playwright/test";
import { columnTexts, tableRows } from "./helpers";

/** Presses Tab (or Shift+Tab) until `target` has focus; returns how many presses it took. */
async function tabTo(page: Page, target: Locator, { back = false, max = 120 } = {}): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`not reached with ${max} presses`);
}

test.describe("Keyboard", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("filter, sort, page, export and open a service with the keyboard alone, counting the Tab presses", async ({ page }) => {
    const counts: Record<string, number> = {};
    await page.goto("/?size=10");

    // Filter: the skip link „Zu den Filtern“, then the third Themenfeld.
    counts.skipToFilters = await tabTo(page, page.getByRole("link", { name: "Zu den Filtern" }));
    await page.keyboard.press("Enter");
    const bildung = page.getByTestId("facet-panel").getByRole("link", { name: /^Themenfeld: Bildung, / });
    counts.toFacet = await tabTo(page, bildung);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?themenfeld=Bildung&size=10$/);
    await expect(page.locator("#ergebnis-anzahl")).toContainText("13 Leistungen");
    await expect(bildung).toBeFocused();

    // Back to the results: „13 Ergebnisse anzeigen“ at the top of the filters.
    const toResults = page.getByTestId("filter-to-results");
    await expect(toResults).toHaveText("13 Ergebnisse anzeigen");
    counts.backToResults = await tabTo(page, toResults, { back: true });
    await page.keyboard.press("Enter");

    // Sort by Leistung.
    const sortLeistung = page.locator('th a[data-field="leistung"]');
    counts.toSort = await tabTo(page, sortLeistung);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/sort=leistung/);
    await expect(page.locator('th[aria-sort="ascending"]')).toContainText("Leistung");
    await expect(sortLeistung).toBeFocused();
    const names = await columnTexts(page, "leistung");
    expect(names).toEqual([...names].sort(new Intl.Collator("de").compare));

    // Page 2: focus lands on the results' heading, the view at the table.
    const next = page.getByRole("navigation", { name: "Seiten" }).getByRole("link", { name: /Weiter/ });
    counts.toNextPage = await tabTo(page, next);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/page=2/);
    await expect(page.locator("#ergebnisse-titel")).toBeFocused();
    await expect(tableRows(page)).toHaveCount(3);

    // Export this view (all its rows, not only the page).
    const csv = page.getByTestId("export-link");
    counts.toExport = await tabTo(page, csv);
    const download = page.waitForEvent("download");
    await page.keyboard.press("Enter");
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);

    // Open the first service of the page.
    const first = tableRows(page).first().locator('td[data-field="leistung"] a').first();
    const name = (await first.innerText()).trim();
    counts.toService = await tabTo(page, first);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`Tab presses: ${JSON.stringify(counts)}, total ${total}`);
    test.info().annotations.push({ type: "tab-presses", description: `${JSON.stringify(counts)} total ${total}` });
    expect(total).toBeLessThanOrEqual(60);
  });

  test("every focusable element of the dashboard shows a focus ring, the table's scroll region too", async ({ page }) => {
    await page.goto("/?q=kind&size=10");
    const missing: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < 250; i++) {
      await page.keyboard.press("Tab");
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        if (el.dataset.ringChecked) return { name: "", ring: true, key: "again" };
        el.dataset.ringChecked = "1";
        const style = getComputedStyle(el);
        const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none";
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}[${(el.getAttribute("data-testid") ?? el.textContent ?? "").trim().slice(0, 40)}]`;
        return { name, ring, key: `${seenCount()}:${name}` };
        function seenCount() {
          return document.querySelectorAll("[data-ring-checked]").length;
        }
      });
      if (!info || info.key === "again") break;
      seen.add(info.key);
      if (!info.ring) missing.push(info.name);
    }
    console.log(`focus rings checked on ${seen.size} Tab stops`);
    expect(missing).toEqual([]);
    expect(seen.size).toBeGreaterThan(40);
    expect([...seen].some((k) => k.includes("table-region"))).toBe(true);
  });

  test("focus returns to the control that was used after in-place updates", async ({ page }) => {
    await page.goto("/");
    // Column chooser: „Übernehmen“ keeps the focus.
    await page.getByText("Spalten wählen").click();
    await page.getByRole("checkbox", { name: "Bemerkung" }).check();
    const apply = page.getByRole("button", { name: "Übernehmen" });
    await apply.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/cols=.*bemerkung/);
    await expect(apply).toBeFocused();

    // A facet keeps the focus; removing its chip moves focus to the results' heading.
    const betrieb = page.getByTestId("facet-panel").getByRole("link", { name: /^Phase: Betrieb, / });
    await betrieb.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/phase=Betrieb/);
    await expect(page.getByTestId("facet-panel").getByRole("link", { name: /^Phase: Betrieb, .*ausgewählt/ })).toBeFocused();
    const chip = page.getByRole("link", { name: "Phase: Betrieb – entfernen" });
    await chip.focus();
    await page.keyboard.press("Enter");
    await expect(page).not.toHaveURL(/phase=Betrieb/);
    await expect(page.locator("#ergebnisse-titel")).toBeFocused();

    // Sorting keeps the focus on the header.
    const sort = page.locator('th a[data-field="phase"]');
    await sort.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/sort=phase/);
    await expect(sort).toBeFocused();

    // A chart's value link keeps the focus too (found again by its list's focus group and value).
    const hoch = page.locator('[data-chart="prioritaet"] [data-testid="chart-link"][data-value="hoch"]');
    await hoch.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/prioritaet=hoch/);
    await expect(hoch).toHaveAttribute("aria-label", /ausgewählt – Filter entfernen$/);
    await expect(hoch).toBeFocused();
  });

  test("a value whose facet closes when it is removed hands the focus to the results' heading", async ({ page }) => {
    await page.goto("/");
    const lebenslage = page.locator('[data-testid="facet"][data-field="lebenslage"]');
    await lebenslage.locator("summary").first().click();
    const more = lebenslage.getByTestId("facet-more");
    await more.locator("summary").click();
    const value = more.locator("a[data-count]:not([data-empty])").first();
    const text = (await value.textContent())!;
    await value.focus();
    await page.keyboard.press("Enter");
    // Chosen, the value is listed at the top of its open facet, and keeps the focus there.
    await expect(page).toHaveURL(/lebenslage=/);
    const chosen = lebenslage.locator(":scope > ul a[data-selected]");
    await expect(chosen).toHaveText(text);
    await expect(chosen).toBeFocused();
    // Removed again, its facet (closed by default) closes: the link is there but hidden, focus cannot go to it.
    await page.keyboard.press("Enter");
    await expect(page).not.toHaveURL(/lebenslage=/);
    await expect(page.locator("#ergebnisse-titel")).toBeFocused();
  });
});
