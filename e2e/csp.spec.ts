import { type Page, expect, test } from "@playwright/test";
import { collectErrors, drawCharts } from "./helpers";

/** Every CSP violation the page reports, from the browser's own event and its console. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
  });
  // The page's own list is lost on navigation: read it before leaving each page.
  const fromPages: string[] = [];
  return async () => {
    fromPages.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? [])));
    return [...console, ...fromPages];
  };
}

const PAGES = ["/", "/kommunen", "/ressorts", "/ressorts/MI", "/aenderungen", "/aktuelles", "/leistungen/10000", "/pruefen", "/impressum"];

test.describe("Content-Security-Policy with a nonce per request", () => {
  test("the header has a fresh nonce for scripts and no 'unsafe-inline' for them; every script carries it", async ({ request }) => {
    const first = await request.get("/");
    const second = await request.get("/");
    const policy = first.headers()["content-security-policy"];
    const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers()["content-security-policy"]).not.toContain(nonce!);
    expect(/script-src[^;]*unsafe-inline/.test(policy)).toBe(false);
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(3);
    for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);
    // The same holds for an answer of the page cache: its own nonce, in the header and every script.
    const third = await request.get("/");
    expect(third.headers()["x-seiten-cache"]).toBe("treffer");
    const own = /script-src 'self' 'nonce-([^']+)'/.exec(third.headers()["content-security-policy"])![1];
    expect([nonce, /script-src 'self' 'nonce-([^']+)'/.exec(second.headers()["content-security-policy"])![1]]).not.toContain(own);
    const cachedScripts = [...(await third.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(cachedScripts).toHaveLength(scripts.length);
    for (const tag of cachedScripts) expect(tag, tag).toContain(`nonce="${own}"`);
  });

  test("every page hydrates with no CSP violation, and the charts draw", async ({ page }) => {
    const errors = collectErrors(page);
    const violations = await watchCsp(page);
    for (const path of PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await page.waitForLoadState("networkidle");
      expect(await violations(), path).toEqual([]);
    }
    // The dashboard's charts are drawn in the browser only (Recharts, after hydration).
    await page.goto("/");
    await drawCharts(page, 4);
    await expect(page.locator('[data-testid="chart"][data-chart="phase"] path[data-value]').first()).toBeVisible();
    // Hydrated: a click on a bar filters in place through the client router, without a reload.
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await page.locator('[data-testid="chart"][data-chart="phase"] path[data-value="Betrieb"]').filter({ visible: true }).first().click();
    await expect(page).toHaveURL(/phase=Betrieb/);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await page.goto("/ressorts/MI");
    await expect(page.locator('[data-testid="chart-figure"] .recharts-surface').first()).toBeVisible();
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
