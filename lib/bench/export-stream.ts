/** Times the streamed CSV export of every row through the real export path (exportStream). */
import type { Dataset } from "../dataset/dataset";
import { exportStream } from "../export/csv-stream";
import { EMPTY_QUERY } from "../query/query";
import { runQuery } from "../query/run";

export async function exportBenchStream(dataset: Dataset) {
  const start = performance.now();
  const result = runQuery(dataset, EMPTY_QUERY);
  const reader = exportStream({ dataset, result, query: EMPTY_QUERY, stand: dataset.stand }).getReader();
  let firstChunkMs = 0;
  let bytes = 0;
  const rssStart = process.memoryUsage().rss;
  let peakRss = rssStart;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    if (bytes === 0) firstChunkMs = performance.now() - start;
    bytes += chunk.value.byteLength;
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
