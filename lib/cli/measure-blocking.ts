/**
 * Main-thread blocking of a page while it loads, in Chromium with the CPU slowed down as a
 * phone's (4× by default): total blocking time and the longest task, median of several loads.
 * Given several servers (say the build before a change and after it), it loads them in turn, so
 * the machine's drift hits all alike – Lighthouse's simulated figures vary too much between
 * runs on a shared machine to show a change of some tens of milliseconds.
 *
 *   npx tsx lib/cli/measure-blocking.ts [--base http://127.0.0.1:3400[,http://127.0.0.1:3401]] [--path /] [--runs 8] [--cpu 4]
 */
import { chromium } from "@playwright/test";
import { totalBlockingTime } from "../bench/blocking";
import { percentile } from "../bench/stats";
import { EXIT_OK, parseArgs, runCli } from "./args";

/** Records the page's long tasks from its very start (also those before the script could observe). */
function observeLongTasks() {
  const tasks: number[] = [];
  (window as unknown as { longTasks: number[] }).longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
}

async function main(): Promise<number> {
  const { flags } = parseArgs(process.argv.slice(2), ["base", "path", "runs", "cpu"]);
  const option = (name: string, fallback: string) => String(flags.get(name) ?? fallback);
  const bases = option("base", "http://127.0.0.1:3400").split(",");
  const path = option("path", "/");
  const runs = Number(option("runs", "8"));
  const cpu = Number(option("cpu", "4"));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  const results = new Map(bases.map((base) => [base, { tbt: [] as number[], longest: [] as number[] }]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const base of bases) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
        const page = await context.newPage();
        await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: cpu });
        await page.addInitScript(observeLongTasks);
        await page.goto(new URL(path, base).href, { waitUntil: "load" });
        // Hydration and the first effects run after `load`; give them time to finish.
        await page.waitForTimeout(2500);
        const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
        results.get(base)!.tbt.push(totalBlockingTime(tasks));
        results.get(base)!.longest.push(Math.max(0, ...tasks));
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
  console.log(`${path}, CPU ${cpu}× slower, ${runs} loads each:`);
  for (const [base, r] of results) {
    console.log(`${base}: total blocking time median ${median(r.tbt).toFixed(0)} ms, longest task median ${median(r.longest).toFixed(0)} ms (each load: ${r.tbt.map((t) => t.toFixed(0)).join(", ")} ms)`);
  }
  return EXIT_OK;
}

runCli(main);
