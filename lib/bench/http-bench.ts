/**
 * One data folder measured over HTTP: a fresh `next start` on loopback (cold start to the first
 * `/`), the first-load JavaScript of `/`, page vs API for the same queries, a bounded burst of
 * `/` at 20 connections (requests/s, peak RSS under it) and the RSS after the run.
 */
import autocannon from "autocannon";
import { type HttpQueryResult, defaultViewScripts, runHttpQueries } from "./http-run";
import { treeRssMb } from "./rss";
import { startBenchServer } from "./server";

export interface HttpBenchResult {
  label: string;
  dataDir: string;
  coldStartMs: number;
  /** Of the cold start, until the port accepted connections (Node's and Next's boot). */
  listenMs: number;
  /** The first `/?sort=leistung` right after the first `/`: a text sort order, never built on a request. */
  firstSortMs: number;
  firstLoadJs: { scripts: number; gzip: number };
  queries: HttpQueryResult[];
  /** The burst of `/` as readers get it (the page cache answers repeated views). */
  load: { connections: number; requests: number; requestsPerSecond: number; p50Ms: number; p99Ms: number; failed: number; peakRssMb: number | null };
  /** The same burst with `Cache-Control: no-cache`: every answer rendered. */
  renderedLoad: HttpBenchResult["load"];
  rssAfterMb: number | null;
}

export interface HttpBenchOptions {
  port: number;
  runs: number;
  connections: number;
  /** Requests of the load burst (bounded: the burst ends after this many). */
  amount: number;
}

type Load = HttpBenchResult["load"];

/** A bounded burst; `fresh` asks with `Cache-Control: no-cache`, so every answer is rendered. */
async function burst(url: string, pid: number, connections: number, amount: number, fresh = false): Promise<Load> {
  let peak: number | null = treeRssMb(pid);
  const sampler = setInterval(() => {
    const now = treeRssMb(pid);
    if (now !== null) peak = Math.max(peak ?? 0, now);
  }, 100);
  try {
    const result = await autocannon({ url, connections, amount, timeout: 30, headers: fresh ? { "cache-control": "no-cache" } : {} });
    return {
      connections,
      requests: result.requests.total,
      requestsPerSecond: result.requests.total / (result.duration || 1),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      failed: result.non2xx + result.errors + result.timeouts,
      peakRssMb: peak,
    };
  } finally {
    clearInterval(sampler);
  }
}

export async function httpBench(label: string, dataDir: string, options: HttpBenchOptions): Promise<HttpBenchResult> {
  const server = await startBenchServer(options.port, dataDir);
  try {
    const pid = server.child.pid!;
    const sortStarted = performance.now();
    const sorted = await fetch(`${server.base}/?sort=leistung`);
    await sorted.arrayBuffer();
    const firstSortMs = performance.now() - sortStarted;
    const firstLoadJs = await defaultViewScripts(server.base);
    const queries = await runHttpQueries(server.base, options.runs);
    // The readers' burst first: its RSS is then not the one the rendering burst left behind.
    const load = await burst(`${server.base}/`, pid, options.connections, options.amount);
    const renderedLoad = await burst(`${server.base}/`, pid, options.connections, options.amount, true);
    return { label, dataDir, coldStartMs: server.coldStartMs, listenMs: server.listenMs, firstSortMs, firstLoadJs, queries, load, renderedLoad, rssAfterMb: treeRssMb(pid) };
  } finally {
    await server.stop();
  }
}
