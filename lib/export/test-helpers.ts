/** Test helpers for the export: read a byte stream completely, build a view from rows. */
import { buildDataset } from "../dataset/dataset";
import type { Leistung } from "../leistung";
import { EMPTY_QUERY, type Query } from "../query/query";
import { type QueryResult, runQuery } from "../query/run";
import type { ExportView } from "./csv-stream";

export async function readChunks(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
  }
}

export async function readBytes(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.concat(await readChunks(stream));
}

/** A view as loadOverview would give it, over the given rows. */
export function viewOf(rows: readonly Leistung[], fields: Partial<Query> = {}, stand = "2022-10-28"): ExportView & { result: QueryResult } {
  const dataset = buildDataset(stand, rows);
  const query: Query = { ...EMPTY_QUERY, ...fields };
  return { dataset, query, stand, result: runQuery(dataset, query) };
}
