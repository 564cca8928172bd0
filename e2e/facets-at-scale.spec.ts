import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { type ExtraServer, startServer } from "./server";

/** The sample grown to 100,000 rows by `npm run generate`, served by a server of this spec's own. */
test.describe("Facet lists at scale (100,000 generated rows)", () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  let server: ExtraServer;
  let dataDir = "";

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    dataDir = await mkdtemp(path.join(os.tmpdir(), "facets-scale-"));
    const generated = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "lib/cli/generate.ts", "--rows", "100000", "--out", dataDir], { encoding: "utf8" });
    expect(generated.status, generated.stderr).toBe(0);
    server = await startServer({ DATA_DIR: dataDir }, Number(process.env.E2E_PORT ?? 3100) + 5);
    // The first request reads and indexes the Stand.
    await expect.poll(async () => (await fetch(`${server.base}/`)).status, { timeout: 120_000 }).toBe(200);
  });

  test.afterAll(async () => {
    server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test("a filtered Lebenslage list shows the values with hits; the others wait behind „weitere anzeigen“ as links", async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(`${server.base}/?themenfeld=Bildung`);
    const lebenslage = page.locator('[data-testid="facet"][data-field="lebenslage"]');
    await lebenslage.locator("summary").first().click();
    const shown = lebenslage.locator(':scope > ul a[data-count]');
    expect(await shown.count()).toBeLessThanOrEqual(10);
    for (const option of await shown.all()) expect(await option.getAttribute("data-empty")).toBeNull();
    const more = lebenslage.getByTestId("facet-more");
    await expect(more.locator("summary")).toHaveText(/^\d+ weitere anzeigen \((davon \d+ )?ohne Treffer\)$/);
    const hidden = more.locator("a[data-count]");
    await expect(hidden.first()).toBeHidden();
    await more.locator("summary").click();
    await expect(hidden.first()).toBeVisible();
    expect(await hidden.first().getAttribute("href")).toMatch(/lebenslage=/);
  });

  test("the search box inside a long facet narrows it", async ({ page }) => {
    await page.goto(`${server.base}/`);
    const lebenslage = page.locator('[data-testid="facet"][data-field="lebenslage"]');
    await lebenslage.locator("summary").first().click();
    await lebenslage.getByTestId("facet-search").fill("geburt");
    const options = lebenslage.locator("a[data-count]");
    await expect(options).not.toHaveCount(0);
    for (const text of await options.allInnerTexts()) expect(text.toLowerCase()).toContain("geburt");
  });

  test("counts like 10.221 never clip a label", async ({ page }) => {
    await page.goto(`${server.base}/`);
    await page.evaluate(() => {
      for (const d of document.querySelectorAll<HTMLDetailsElement>('[data-testid="facet-panel"] details')) d.open = true;
    });
    const problems = await page.getByTestId("facet-panel").evaluate((panel) => {
      const right = panel.getBoundingClientRect().right;
      const out: string[] = [];
      for (const option of panel.querySelectorAll<HTMLElement>("a[data-count]")) {
        // The count is drawn after the label (::after, from data-count): the link must hold both
        // without overflowing, and end inside the panel.
        const box = option.getBoundingClientRect();
        const count = getComputedStyle(option, "::after");
        if (option.scrollWidth > option.clientWidth + 1 || box.right > right + 0.5 || count.content !== `"${option.dataset.count}"`) {
          out.push(`${option.textContent} | ${option.dataset.count}`);
        }
      }
      return out;
    });
    const big = await page.getByTestId("facet-panel").locator("a[data-count]").evaluateAll((links) => links.map((a) => a.getAttribute("data-count") ?? ""));
    expect(big.some((t) => /^\d{1,3}\.\d{3}$/.test(t.trim()))).toBe(true);
    expect(problems).toEqual([]);
  });
});
