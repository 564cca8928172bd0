/**
 * npm run bench: generates 100,000 and 1,000,000 rows in the contract's format from the
 * sample (once, into bench-data/), then measures each size in a fresh process: load time,
 * resident memory, queries with run() and the naive approach (median and p95), and the
 * streamed export. Then the HTTP part (needs a production build): the sample and 100,000 (or
 * --http-sizes) generated rows each served by a fresh `next start` on loopback, the page and the API asked
 * the same queries side by side. Prints a Markdown report and writes bench-data/results.json.
 *
 *   npm run bench [-- --sizes 100000] [--only engine|http] [--http-runs 30] [--http-sizes 100000,1000000] [--port 3390]
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { generateRows } from "../bench/generate";
import { writeGeneratedDataDir } from "../bench/write-data-dir";
import { getDataset, listStaende } from "../store/repository";
import { type HttpBenchResult, httpBench } from "../bench/http-bench";
import { hasProductionBuild } from "../bench/server";
import { parseArgs } from "./args";
import { allRows } from "../dataset/rows";

const SIZES = [100_000, 1_000_000];
const HOST_NOTE = "next start on 127.0.0.1, client on the same host";

async function ensureDataSet(rows: number, sampleDir: string): Promise<string> {
  const dir = path.resolve("bench-data", `generated-${rows}`);
  const staende = await listStaende(sampleDir);
  const stand = staende[staende.length - 1];
  const file = path.join(dir, "uebersicht", `${stand}.csv`);
  if (!existsSync(file)) {
    const templates = [...allRows(await getDataset(stand, sampleDir))];
    process.stderr.write(`Erzeuge ${rows} Zeilen aus ${templates.length} Vorlagen → ${file}\n`);
    await writeGeneratedDataDir(dir, stand, generateRows(templates, rows, 1), rows);
  }
  return file;
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const burstCell = (load: HttpBenchResult["load"]) => `${load.requestsPerSecond.toFixed(0)} req/s${load.failed ? ` (${load.failed} failed)` : ""}`;

/** The HTTP report: per data folder the server figures, then page vs API per query. */
function httpReport(results: HttpBenchResult[]): string[] {
  const lines = [
    "| data | cold start: listening / first `/` | then first `/?sort=leistung` | first-load JS of `/` (gzip) | `/` at 20 connections: rendered / page cache | p50 / p99 (page cache) | RSS peak under load (rendered / page cache) | RSS after the run |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of results) {
    lines.push(
      `| ${r.label} | ${(r.listenMs / 1000).toFixed(2)} s / ${(r.coldStartMs / 1000).toFixed(2)} s | ${r.firstSortMs.toFixed(0)} ms | ${kb(r.firstLoadJs.gzip)} (${r.firstLoadJs.scripts} scripts) | ${burstCell(r.renderedLoad)} / ${burstCell(r.load)} | ${r.load.p50Ms} / ${r.load.p99Ms} ms | ${r.renderedLoad.peakRssMb ?? "–"} / ${r.load.peakRssMb ?? "–"} MB | ${r.rssAfterMb ?? "–"} MB |`,
    );
  }
  lines.push("| publish swap | see docs/performance.md | | | | | | |");
  lines.push(
    "",
    "| data | query | matches | `/` rendered, median / p95 | `/` page cache, median / p95 | API median / p95 | `/` ÷ API: rendered / page cache | HTML of `/` (flight) | API JSON |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const r of results) {
    for (const q of r.queries) {
      lines.push(
        `| ${r.label} | ${q.name} | ${q.total.toLocaleString("en")} | ${fmt(q.page.medianMs)} / ${fmt(q.page.p95Ms)} ms | ${fmt(q.cached.medianMs)} / ${fmt(q.cached.p95Ms)} ms | ${fmt(q.api.medianMs)} / ${fmt(q.api.p95Ms)} ms | ${q.ratio.toFixed(2)}× / ${q.cachedRatio.toFixed(2)}× | ${kb(q.page.bytes)} (${kb(q.page.flightBytes)}) | ${kb(q.api.bytes)} |`,
      );
    }
  }
  return lines;
}

async function main() {
  const { flags } = parseArgs(process.argv.slice(2), ["sizes", "runs", "naive-runs", "only", "http-runs", "http-sizes", "port"]);
  const only = flags.get("only");
  const httpRuns = Math.min(100, Math.max(5, Number(flags.get("http-runs") ?? 30)));
  const port = Number(flags.get("port") ?? 3390);
  if (only !== "engine" && !hasProductionBuild()) {
    console.error("Kein Produktions-Build gefunden: bitte zuerst „npm run build“ (oder --only engine).");
    process.exit(2);
  }
  const sizes = flags.has("sizes") ? String(flags.get("sizes")).split(",").map(Number) : SIZES;
  const runs = Number(flags.get("runs") ?? 30);
  const naiveRuns = Number(flags.get("naive-runs") ?? 5);
  const sampleDir = path.resolve("data");
  const results = [];
  for (const size of only === "http" ? [] : sizes) {
    const file = await ensureDataSet(size, sampleDir);
    process.stderr.write(`Messe ${size} Zeilen …\n`);
    const out = execFileSync(
      process.execPath,
      ["--expose-gc", "--max-old-space-size=8192", "--import", "tsx", "lib/bench/run-size.ts", file, String(runs), String(naiveRuns)],
      { encoding: "utf8", maxBuffer: 16 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] },
    );
    results.push(JSON.parse(out));
  }
  const http: HttpBenchResult[] = [];
  if (only !== "engine") {
    const httpSizes = String(flags.get("http-sizes") ?? "100000").split(",").map(Number);
    const folders: [string, string][] = [["sample (186 rows)", sampleDir]];
    for (const size of httpSizes) folders.push([`${size.toLocaleString("en")} generated rows`, path.dirname(path.dirname(await ensureDataSet(size, sampleDir)))]);
    for (const [label, dir] of folders) {
      process.stderr.write(`HTTP: ${label} …\n`);
      http.push(await httpBench(label, dir, { port, runs: httpRuns, connections: 20, amount: 400 }));
    }
  }
  await writeFile(path.resolve("bench-data", "results.json"), JSON.stringify({ engine: results, http }, null, 2));

  const lines = [`Benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${runs} Läufe je Abfrage, naiv ${naiveRuns})`, ""];
  if (results.length > 0) lines.push("| rows | load | resident (settled) | peak while loading | export: first chunk / total / size |", "|---:|---:|---:|---:|---|");
  for (const r of results) {
    lines.push(
      `| ${r.rows.toLocaleString("en")} | ${(r.loadMs / 1000).toFixed(2)} s | ${r.rssLoadedMb} MB | ${r.rssPeakMb} MB | ${fmt(r.export.firstChunkMs)} ms / ${(r.export.totalMs / 1000).toFixed(2)} s / ${r.export.megabytes} MB |`,
    );
  }
  if (results.length > 0) lines.push("", "| rows | query | matches | first run | run() median | run() p95 | naive median | naive / run() |", "|---:|---|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    for (const q of r.queries) {
      lines.push(
        `| ${r.rows.toLocaleString("en")} | ${q.name} | ${q.total.toLocaleString("en")} | ${fmt(q.coldMs)} ms | ${fmt(q.indexed.medianMs)} ms | ${fmt(q.indexed.p95Ms)} ms | ${fmt(q.naive.medianMs)} ms | ${Math.round(q.ratio)}× |`,
      );
    }
  }
  if (http.length > 0) {
    lines.push("", `HTTP (production build, ${HOST_NOTE}, ${httpRuns} runs per query and side after 3 warm-up runs; load: 400 requests of \`/\` at 20 connections):`, "", ...httpReport(http));
  }
  console.log(lines.join("\n"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
