/**
 * Measures the JavaScript a page loads, gzipped, against a running production server
 * (`next start`): the scripts named in the server's HTML (first load) and those fetched later
 * (lazily loaded chunks such as the charts' Recharts code).
 *
 *   npx tsx lib/cli/measure-js.ts [--base http://127.0.0.1:3400] [--path /] [--budget 200] [--json]
 *
 * Exit code 0 when the first load is within the budget (kB gzip), 1 when above, 2 on failure.
 */
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { scriptsInHtml } from "../bench/page-scripts";

interface Chunk {
  url: string;
  bytes: number;
  gzip: number;
  firstLoad: boolean;
  recharts: boolean;
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const kB = (n: number) => (n / 1000).toFixed(1);

async function main(): Promise<number> {
  const base = option("base", "http://127.0.0.1:3400");
  const path = option("path", "/");
  const budget = Number(option("budget", "200"));
  const url = new URL(path, base).href;

  const html = await (await fetch(url)).text();
  const firstLoadUrls = scriptsInHtml(html, url);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const chunks = new Map<string, Chunk>();
  const pending: Promise<void>[] = [];
  try {
    const page = await browser.newPage();
    page.on("response", (response) => {
      const u = response.url();
      if (!u.includes("/_next/static/") || !/\.js(\?|$)/.test(u)) return;
      pending.push(
        response.body().then(
          (body) => {
            chunks.set(u, {
              url: u,
              bytes: body.length,
              gzip: gzipSync(body).length,
              firstLoad: firstLoadUrls.has(u),
              recharts: body.includes("recharts-"),
            });
          },
          () => undefined,
        ),
      );
    });
    await page.goto(url, { waitUntil: "networkidle" });
    // Lazy chunks: wait until a chart is drawn, if the page has charts.
    await page.locator(".recharts-surface").first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    await page.waitForLoadState("networkidle");
    await Promise.all(pending);
  } finally {
    await browser.close();
  }

  const list = [...chunks.values()].sort((a, b) => Number(b.firstLoad) - Number(a.firstLoad) || b.gzip - a.gzip);
  const sum = (items: Chunk[]) => items.reduce((s, c) => s + c.gzip, 0);
  const first = list.filter((c) => c.firstLoad);
  const later = list.filter((c) => !c.firstLoad);
  const report = {
    url,
    firstLoadGzip: sum(first),
    lazyGzip: sum(later),
    totalGzip: sum(list),
    rechartsInFirstLoad: first.some((c) => c.recharts),
    rechartsGzip: sum(list.filter((c) => c.recharts)),
    budgetKb: budget,
    chunks: list.map((c) => ({ ...c, url: new URL(c.url).pathname })),
  };

  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log(`JavaScript of ${url} (gzip, zlib default level)`);
    for (const c of report.chunks) {
      console.log(`  ${c.firstLoad ? "first" : "lazy "}  ${kB(c.gzip).padStart(7)} kB  ${c.recharts ? "recharts " : "         "}${c.url}`);
    }
    console.log(`First load:            ${kB(report.firstLoadGzip)} kB (budget ${budget} kB)`);
    console.log(`Loaded later (lazy):   ${kB(report.lazyGzip)} kB`);
    console.log(`All, with lazy chunks: ${kB(report.totalGzip)} kB`);
    console.log(`Recharts chunks:       ${kB(report.rechartsGzip)} kB, ${report.rechartsInFirstLoad ? "IN the first load" : "not in the first load"}`);
  }
  return report.firstLoadGzip <= budget * 1000 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
