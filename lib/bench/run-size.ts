/**
 * One benchmark size in its own process (clean memory numbers): load a generated data set the
 * way the server does, then time the queries with run() and with the naive approach, and the
 * streamed CSV export. Prints one JSON object on stdout.
 */
import { readFile } from "node:fs/promises";
import { buildDataset } from "../dataset/dataset";
import { readOverview } from "../overview/read";
import { runQuery } from "../query/run";
import { exportBenchStream } from "./export-stream";
import { naiveQuery } from "./naive";
import { BENCH_QUERIES } from "./queries";
import { type Timing, measure } from "./stats";
import { allRows } from "../dataset/rows";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function main() {
  const [file, runsArg, naiveRunsArg] = process.argv.slice(2);
  const runs = Number(runsArg ?? 30);
  const naiveRuns = Number(naiveRunsArg ?? 5);
  gc();
  const rssBefore = process.memoryUsage().rss;

  const loadStart = performance.now();
  const read = readOverview(await readFile(file));
  if (read.errors.length) throw new Error(`${file}: ${read.errors.length} Fehler, z. B. ${read.errors[0].message}`);
  const dataset = buildDataset("bench", read.rows);
  const loadMs = performance.now() - loadStart;
  // Peak while parsing, then what stays resident once V8 has returned the parse garbage
  // (it does so after a few idle seconds, as in a server between requests).
  const rssPeak = process.resourceUsage().maxRSS * 1024;
  gc();
  await new Promise((resolve) => setTimeout(resolve, 8000));
  gc();
  const rssLoaded = process.memoryUsage().rss;
  // The naive engine works on row objects; made after the memory was measured.
  const rows = [...allRows(dataset)];

  const queries: { name: string; total: number; coldMs: number; indexed: Timing; naive: Timing; ratio: number }[] = [];
  for (const { name, query } of BENCH_QUERIES) {
    // The first run may build and keep a sort order; later runs reuse it.
    const coldStart = performance.now();
    const total = runQuery(dataset, query).total;
    const coldMs = performance.now() - coldStart;
    const naiveTotal = naiveQuery(rows, query).total;
    if (naiveTotal !== total) throw new Error(`${name}: run() ${total} ≠ naiv ${naiveTotal}`);
    const indexed = measure(() => runQuery(dataset, query), runs);
    const naive = measure(() => naiveQuery(rows, query), naiveRuns, 1);
    queries.push({ name, total, coldMs, indexed, naive, ratio: naive.medianMs / indexed.medianMs });
  }

  const exportResult = await exportBenchStream(dataset);
  console.log(
    JSON.stringify({
      file,
      rows: dataset.rowCount,
      loadMs,
      rssBeforeMb: mb(rssBefore),
      rssPeakMb: mb(rssPeak),
      rssLoadedMb: mb(rssLoaded),
      heapUsedMb: mb(process.memoryUsage().heapUsed),
      queries,
      export: exportResult,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
