import AxeBuilder from "@axe-core/playwright";
import { type Page, expect } from "@playwright/test";

/** Collects page errors and console errors; a spec asserts the list stays empty. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Fails on any request to another host: the app must be self-contained (DSGVO). */
export function forbidForeignHosts(page: Page, baseURL: string): string[] {
  const foreign: string[] = [];
  const own = new URL(baseURL).host;
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && url.host !== own) foreign.push(request.url());
  });
  return foreign;
}

/** WCAG 2.1 A and AA rules only, as BITV 2.0 requires. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

/** The body rows of the result table (not the "no results" row). */
export function tableRows(page: Page) {
  return page.locator('[data-testid="leistungen-table"] tbody tr[data-ozg-id]');
}

/** Text of one column in every visible row, by field id. */
export async function columnTexts(page: Page, field: string): Promise<string[]> {
  return page.locator(`[data-testid="leistungen-table"] tbody td[data-field="${field}"]`).allInnerTexts();
}

/**
 * Recharts draws a chart once its box comes near the viewport, after hydration and its lazily
 * loaded chunk: scroll each chart box into view and wait for all drawings.
 */
export async function drawCharts(page: Page, count: number): Promise<void> {
  const figures = page.getByTestId("chart-figure");
  await expect(figures).toHaveCount(count);
  for (const figure of await figures.all()) await figure.scrollIntoViewIfNeeded();
  await expect(page.locator('[data-testid="chart-figure"] .recharts-surface')).toHaveCount(count);
}
