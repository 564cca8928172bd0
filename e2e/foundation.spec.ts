import { expect, test } from "@playwright/test";
import { collectErrors, columnTexts, expectNoAxeViolations, forbidForeignHosts, tableRows } from "./helpers";

test.describe("Übersicht on the sample data", () => {
  test("shows the current Stand, its services, the sample notice and no errors", async ({ page, baseURL }) => {
    const errors = collectErrors(page);
    const foreign = forbidForeignHosts(page, baseURL!);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Nachnutzungsübersicht");
    await expect(page.getByText("Stand 28. Oktober 2022 (aktuell)")).toBeVisible();
    await expect(page.getByText("186 Leistungen").first()).toBeVisible();
    await expect(page.getByRole("note", { name: "Hinweis zu den Daten" })).toContainText("Beispieldaten");
    await expect(page.getByRole("banner")).toContainText("Sachsen-Anhalt");
    await expect(page.getByRole("banner")).toContainText("Ministerium für Infrastruktur und Digitales");
    await expect(page.getByRole("contentinfo")).toContainText("ozg@sachsen-anhalt.de");
    // Default columns of the table, in order.
    await expect(page.locator('[data-testid="leistungen-table"] thead th')).toHaveText([
      /OZG-ID/, /Leistung/, /Themenfeld/, /Ressort/, /Priorität/, /Phase/, /Umsetzungsmodell/,
    ]);
    await expect(tableRows(page)).toHaveCount(50);
    const ids = (await columnTexts(page, "ozgId")).map(Number);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  test("?stand= shows an older Stand", async ({ page }) => {
    await page.goto("/?stand=2022-09-30");
    await expect(page.getByText("Stand 30. September 2022 (älterer Stand)")).toBeVisible();
    await expect(page.getByText("184 Leistungen").first()).toBeVisible();
    // Einbürgerung (10257) was added in the newer Stand only.
    await page.goto("/?stand=2022-09-30&q=10257");
    await expect(tableRows(page)).toHaveCount(0);
    await page.goto("/?q=10257");
    await expect(tableRows(page)).toHaveCount(1);
  });

  test("has no WCAG 2.1 AA violations", async ({ page }) => {
    await page.goto("/");
    await expectNoAxeViolations(page);
  });

  test("serves fonts and styles itself", async ({ page, request }) => {
    await page.goto("/");
    // KERN's Fira Sans, declared by the app (app/fonts.ts, family name "firaSans") with swap.
    const fontFamily = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(fontFamily).toMatch(/^"?firaSans"?,/);
    await page.evaluate(() => document.fonts.ready);
    const faces = await page.evaluate(() => [...document.fonts].map((f) => ({ family: f.family.replace(/"/g, ""), status: f.status, display: f.display })));
    const loaded = faces.filter((f) => f.family === "firaSans" && f.status === "loaded");
    expect(loaded.length).toBeGreaterThan(0);
    for (const face of loaded) expect(face.display).toBe("swap");
    // The font files come from this host.
    const fontUrls = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((u) => u.endsWith(".woff2")));
    expect(fontUrls.length).toBeGreaterThan(0);
    for (const url of fontUrls) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
    const response = await request.get("/");
    expect(response.status()).toBe(200);
    // The browser itself refuses requests to other hosts.
    expect(response.headers()["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers()["content-security-policy"]).toContain("connect-src 'self'");
  });
});

test.describe("JSON API", () => {
  test("GET /api/leistungen returns stand, total, page, size and rows", async ({ request }) => {
    const response = await request.get("/api/leistungen?themenfeld=Bildung&size=5");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = await response.json();
    expect(body.stand).toBe("2022-10-28");
    expect(body.page).toBe(1);
    expect(body.size).toBe(5);
    expect(body.rows).toHaveLength(5);
    expect(body.total).toBeGreaterThan(5);
    for (const row of body.rows) {
      expect(row.themenfeld).toBe("Bildung");
      expect(Array.isArray(row.lebenslage)).toBe(true);
      expect(Array.isArray(row.leikaSchluessel)).toBe(true);
      expect(Array.isArray(row.rechtsgrundlagen)).toBe(true);
    }
  });

  test("an invalid value of a known parameter is a 400 with a German message", async ({ request }) => {
    for (const query of ["size=abc", "sort=unbekannt", "stand=1999-01-01", "phase=Umsetzen", "page=0"]) {
      const response = await request.get(`/api/leistungen?${query}`);
      expect(response.status(), query).toBe(400);
      const body = await response.json();
      expect(typeof body.error, query).toBe("string");
      expect(body.error, query).toMatch(/Parameter|Filter/);
    }
  });
});

test.describe("Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache", () => {
  for (const [label, heading] of [
    ["Impressum", "Impressum"],
    ["Datenschutz", "Datenschutz"],
    ["Barrierefreiheit", "Erklärung zur Barrierefreiheit"],
    ["Leichte Sprache", "Informationen in Leichter Sprache"],
  ]) {
    test(`${label} is linked from the footer and accessible`, async ({ page }) => {
      await page.goto("/");
      await page.getByRole("contentinfo").getByRole("link", { name: label }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.getByRole("note", { name: "Hinweis zu den Daten" })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("installable web app", () => {
  test("the manifest makes the app installable", async ({ request }) => {
    const manifest = await (await request.get("/manifest.webmanifest")).json();
    expect(manifest.name).toBe("OZG-Nachnutzungsübersicht Sachsen-Anhalt");
    expect(manifest.display).toBe("standalone");
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  });
});

test.describe("a broken data folder", () => {
  // A second server (playwright.config.ts) runs with DATA_DIR=e2e/fixtures/broken-data.
  const broken = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

  test("pages show the reason with every problem, never an empty table", async ({ page }) => {
    await page.goto(`${broken}/`);
    const alert = page.getByTestId("data-error");
    await expect(alert).toHaveAttribute("role", "alert");
    await expect(alert).toContainText("Die Daten können nicht angezeigt werden");
    await expect(alert).toContainText("Der veröffentlichte Stand 2022-10-28 ist fehlerhaft (2 Fehler)");
    await expect(alert).toContainText("Zeile 3, Spalte „Phase“: „Umsetzen“ ist keine bekannte Phase.");
    await expect(alert).toContainText("Zeile 4, Spalte „OZG-ID“: Die OZG-ID „10056“ kommt doppelt vor (Zeile 3 und 4).");
    await expect(page.locator('[data-testid="leistungen-table"]')).toHaveCount(0);
  });

  test("the API answers 503 with the reason", async ({ request }) => {
    const response = await request.get(`${broken}/api/leistungen`);
    expect(response.status()).toBe(503);
    expect((await response.json()).error).toContain("fehlerhaft");
  });
});

test.describe("malformed addresses", () => {
  test("a broken percent-encoding is a 400 with a German page, never a 500", async ({ request }) => {
    for (const path of ["/leistungen/%E0%A4%A", "/ressorts/%E0%A4%A", "/aktuelles/%E0%A4%A"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(await response.text(), path).toContain("Ungültige Adresse");
    }
  });
});
