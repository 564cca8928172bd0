/**
 * The HTTP part of `npm run bench`: for each query, `/` rendered (asked with `Cache-Control:
 * no-cache`, so the page cache renders it afresh), `/` as the page cache answers it, and
 * `/api/leistungen` of a running production server asked in turn (warm-up first), the time until
 * the whole answer has arrived on loopback (median and p95), the answer sizes, the flight payload
 * and the page's first-load JavaScript (gzip).
 */
import { HTTP_QUERIES } from "./http-queries";
import { firstLoadGzip, flightBytes } from "./page-scripts";
import { percentile } from "./stats";

export interface Side {
  medianMs: number;
  p95Ms: number;
  bytes: number;
}

export interface HttpQueryResult {
  name: string;
  search: string;
  total: number;
  /** `/` rendered for this request. */
  page: Side & { flightBytes: number };
  /** `/` from the page cache (the same bytes, a fresh nonce). */
  cached: Side;
  api: Side;
  /** Rendered page median / API median. */
  ratio: number;
  /** Cached page median / API median. */
  cachedRatio: number;
}

async function timed(url: string, fresh = false): Promise<{ ms: number; body: string; status: number }> {
  const start = performance.now();
  const response = await fetch(url, { headers: { "accept-encoding": "identity", ...(fresh ? { "cache-control": "no-cache" } : {}) } });
  const body = await response.text();
  return { ms: performance.now() - start, body, status: response.status };
}

function side(times: number[], bytes: number): Side {
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95), bytes };
}

export async function runHttpQueries(base: string, runs: number, warmup = 3): Promise<HttpQueryResult[]> {
  const results: HttpQueryResult[] = [];
  for (const { name, search } of HTTP_QUERIES) {
    const pageUrl = `${base}/${search ? `?${search}` : ""}`;
    const apiUrl = `${base}/api/leistungen${search ? `?${search}` : ""}`;
    let html = "";
    let json = "";
    for (let i = 0; i < warmup; i++) {
      html = (await timed(pageUrl, true)).body;
      await timed(pageUrl);
      json = (await timed(apiUrl)).body;
    }
    const pageTimes: number[] = [];
    const cachedTimes: number[] = [];
    const apiTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      // In turn keeps all sides under the same conditions (GC, a neighbour's load).
      const p = await timed(pageUrl, true);
      const c = await timed(pageUrl);
      const a = await timed(apiUrl);
      if (p.status !== 200 || c.status !== 200 || a.status !== 200) throw new Error(`${name}: / antwortete ${p.status} und ${c.status}, die API ${a.status}`);
      pageTimes.push(p.ms);
      cachedTimes.push(c.ms);
      apiTimes.push(a.ms);
    }
    const page = side(pageTimes, Buffer.byteLength(html));
    const cached = side(cachedTimes, Buffer.byteLength(html));
    const api = side(apiTimes, Buffer.byteLength(json));
    results.push({
      name,
      search,
      total: (JSON.parse(json) as { total: number }).total,
      page: { ...page, flightBytes: flightBytes(html) },
      cached,
      api,
      ratio: page.medianMs / api.medianMs,
      cachedRatio: cached.medianMs / api.medianMs,
    });
  }
  return results;
}

/** First-load JavaScript of the default view, gzip. */
export async function defaultViewScripts(base: string) {
  const html = await (await fetch(`${base}/`)).text();
  return firstLoadGzip(html, `${base}/`);
}
