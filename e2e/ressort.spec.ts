import { type Page, expect, test } from "@playwright/test";
import { collectErrors, columnTexts, drawCharts, expectNoAxeViolations, tableRows } from "./helpers";

const RESSORTS = ["StK", "MI", "MF", "MS", "MB", "MWL", "MWU", "MID", "MJ"];

/** MI's phase changes 30.09. → 28.10.2022, from the list in data/SAMPLE-DATA.md (services of MI only). */
const MI_PHASE_CHANGES = [
  ["10026", "Planung", "Umsetzung"],
  ["10124", "Pilotierung", "Rollout"],
  ["10160", "Umsetzung", "Rollout"],
  ["10237", "Pilotierung", "Rollout"],
  ["10557", "Rollout", "Betrieb"],
  ["10594", "Planung", "Umsetzung"],
];

/** Recharts draws after hydration and after its lazily loaded chunk. */
async function waitForDrawnCharts(page: Page, count: number) {
  await drawCharts(page, count);
}

/** The counts beside a chart of the page, by field, as numbers. */
async function chartCounts(page: Page, chartId: string, field: string): Promise<number[]> {
  const links = page.locator(`[data-testid="chart"][data-chart="${chartId}"] [data-testid="chart-link"][data-field="${field}"]`);
  return (await links.evaluateAll((els) => els.map((el) => el.getAttribute("data-count")))).map(Number);
}

test.describe("Ressort page", () => {
  test("/ressorts/MI: heading, counts by phase and priority, open high-priority services", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/ressorts/MI");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ministerium für Inneres und Sport");
    await expect(page).toHaveTitle(/MI: Ministerium für Inneres und Sport/);
    await expect(page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Ressorts" })).toHaveAttribute("aria-current", "page");
    const total = Number((await page.getByTestId("ressort-total").innerText()).replace(/\D/g, ""));
    expect(total).toBe(35);

    const byPhase = await chartCounts(page, "phase", "phase");
    expect(byPhase).toHaveLength(6);
    expect(byPhase.reduce((a, b) => a + b, 0)).toBe(total);
    const byPriority = await chartCounts(page, "prioritaet", "prioritaet");
    expect(byPriority.reduce((a, b) => a + b, 0)).toBe(total);

    // Only high-priority services not in Betrieb, and all of them (checked against the JSON API).
    const open = page.getByTestId("ressort-open-high").locator("tbody tr");
    const phases = await page.getByTestId("ressort-open-high").locator('td[data-field="phase"]').allInnerTexts();
    const priorities = await page.getByTestId("ressort-open-high").locator('td[data-field="prioritaet"]').allInnerTexts();
    expect(phases.length).toBeGreaterThan(0);
    for (const p of phases) expect(p.trim()).not.toBe("Betrieb");
    for (const p of priorities) expect(p.trim()).toBe("hoch");
    const api = await (
      await page.request.get("/api/leistungen?ressort=MI&prioritaet=hoch&phase=offen&phase=Planung&phase=Umsetzung&phase=Pilotierung&phase=Rollout&size=500")
    ).json();
    await expect(open).toHaveCount(api.total);
    expect(await open.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-ozg-id")).sort())).toEqual(
      api.rows.map((r: { ozgId: string }) => r.ozgId).sort(),
    );

    await waitForDrawnCharts(page, 2);
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });

  test("lists what moved for MI between 2022-09-30 and 2022-10-28", async ({ page }) => {
    await page.goto("/ressorts/MI");
    const changes = page.getByTestId("ressort-changes");
    await expect(changes.getByRole("heading", { level: 2 })).toHaveText("Änderungen seit dem Stand 30.09.2022");
    const rows = page.getByTestId("ressort-phase-changes").locator("tbody tr");
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute("data-ozg-id"),
        tr.querySelector('[data-field="before"]')!.textContent!.trim(),
        tr.querySelector('[data-field="after"]')!.textContent!.trim(),
      ]),
    );
    expect(shown).toEqual(MI_PHASE_CHANGES);
    // New in this Stand for MI: Einbürgerung and Einbürgerungstest; nothing of MI was dropped.
    await expect(page.getByTestId("ressort-added").locator("li")).toHaveText([/Einbürgerung \(10257/, /Einbürgerungstest \(10258/]);
    await expect(page.getByTestId("ressort-removed")).toHaveCount(0);
  });

  test("links to the dashboard filtered to the Ressort, and exports its services", async ({ page }) => {
    await page.goto("/ressorts/MI");
    await expect(page.getByTestId("export-link")).toHaveAttribute("href", /\/api\/export\?ressort=MI/);
    await expect(page.getByTestId("export-link")).toContainText("35 Leistungen");
    const link = page.getByTestId("ressort-dashboard-link");
    await expect(link).toHaveAttribute("href", "/?ressort=MI");
    await link.click();
    await expect(page).toHaveURL(/\/\?ressort=MI$/);
    await expect(tableRows(page).first()).toBeVisible();
    for (const r of await columnTexts(page, "ressort")) expect(r.trim()).toBe("MI");
  });

  test("matches the abbreviation in any case and redirects to the canonical spelling", async ({ page }) => {
    await page.goto("/ressorts/mi?stand=2022-09-30");
    await expect(page).toHaveURL(/\/ressorts\/MI\?stand=2022-09-30$/);
    await expect(page.getByTestId("ressort-meta")).toContainText("30. September 2022 (älterer Stand)");
    // The oldest Stand has nothing to compare with.
    await expect(page.getByText("Dies ist der älteste veröffentlichte Stand")).toBeVisible();
    await page.goto("/ressorts/stk");
    await expect(page).toHaveURL(/\/ressorts\/StK$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Staatskanzlei und Ministerium für Kultur");
  });

  test("an unknown abbreviation is a 404 that lists the nine Ressorts", async ({ page }) => {
    const response = await page.goto("/ressorts/xyz");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dieses Ressort gibt es nicht");
    const links = page.getByTestId("ressort-valid-list").getByRole("link");
    await expect(links).toHaveCount(9);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(RESSORTS.map((k) => `/ressorts/${k}`));
    await expectNoAxeViolations(page);
  });

  test("/ressorts lists the nine Ressorts with their counts", async ({ page }) => {
    await page.goto("/ressorts");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ressorts");
    const rows = page.getByTestId("ressort-index").locator("tbody tr");
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-ressort")))).toEqual(RESSORTS);
    const totals = (await page.getByTestId("ressort-index").locator('tbody td[data-field="total"]').allInnerTexts()).map(Number);
    const facets = (await (await page.request.get("/api/leistungen?size=1")).json()).facets.ressort as { value: string; count: number }[];
    expect(totals).toEqual(RESSORTS.map((k) => facets.find((f) => f.value === k)!.count));
    await rows.filter({ hasText: "Ministerium für Inneres und Sport" }).getByRole("link").click();
    await expect(page).toHaveURL(/\/ressorts\/MI$/);
  });

  test("has no WCAG 2.1 AA violations (Ressort page with charts, index)", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/ressorts/MI");
    await waitForDrawnCharts(page, 2);
    await expectNoAxeViolations(page);
    await page.goto("/ressorts");
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
});

test.describe("GET /api/aenderungen", () => {
  test("returns the contract's shape and the sample's differences", async ({ request }) => {
    const response = await request.get("/api/aenderungen");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["added", "changed", "from", "removed", "to"]);
    expect(body.from).toBe("2022-09-30");
    expect(body.to).toBe("2022-10-28");
    expect(body.added.map((r: { ozgId: string }) => r.ozgId)).toEqual(["10257", "10258", "10579"]);
    expect(body.removed.map((r: { ozgId: string }) => r.ozgId)).toEqual(["10436"]);
    expect(body.added[0]).toMatchObject({ ozgId: "10257", leistung: "Einbürgerung", ressort: "MI" });
    expect(Array.isArray(body.added[0].lebenslage)).toBe(true);
    expect(body.changed).toHaveLength(20);
    for (const change of body.changed) {
      expect(Object.keys(change).sort()).toEqual(["fields", "leistung", "ozgId"]);
      for (const f of change.fields) {
        expect(Object.keys(f).sort()).toEqual(["after", "before", "field"]);
        expect(typeof f.before).toBe("string");
        expect(typeof f.after).toBe("string");
      }
    }
    expect(body.changed.find((c: { ozgId: string }) => c.ozgId === "10557").fields).toContainEqual({ field: "phase", before: "Rollout", after: "Betrieb" });
    // Same answer when the Stände are named.
    const named = await (await request.get("/api/aenderungen?von=2022-09-30&bis=2022-10-28")).json();
    expect(named).toEqual(body);
  });

  test("an unknown or malformed Stand is a 400 with a German message", async ({ request }) => {
    for (const query of ["von=1999-01-01", "bis=kaputt", "von=2022-10-28&bis=2022-09-30", "bis=2022-09-30"]) {
      const response = await request.get(`/api/aenderungen?${query}`);
      expect(response.status(), query).toBe(400);
      const body = await response.json();
      expect(body.error, query).toMatch(/^Parameter „(von|bis)“/);
    }
  });
});
