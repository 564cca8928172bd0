/** Times the streamed CSV export of every row: first chunk, total, bytes and memory growth. */
import { csvChunks } from "../csv/write";
import type { Dataset } from "../dataset/dataset";
import { EMPTY_QUERY } from "../query/query";
import { matchingRows, runQuery } from "../query/run";
import { FIELD_IDS } from "../vocabulary";

export async function exportBenchStream(dataset: Dataset) {
  const start = performance.now();
  const result = runQuery(dataset, EMPTY_QUERY);
  const encoder = new TextEncoder();
  let firstChunkMs = 0;
  let bytes = 0;
  let peakRss = process.memoryUsage().rss;
  const rssStart = peakRss;
  for (const chunk of csvChunks(matchingRows(dataset, result), FIELD_IDS)) {
    const data = encoder.encode(chunk);
    if (bytes === 0) firstChunkMs = performance.now() - start;
    bytes += data.byteLength;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  return {
    rows: result.total,
    firstChunkMs,
    totalMs: performance.now() - start,
    megabytes: Math.round(bytes / 1024 / 102.4) / 10,
    rssGrowthMb: Math.round((peakRss - rssStart) / 1024 / 1024),
  };
}
