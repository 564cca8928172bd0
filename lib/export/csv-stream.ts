/**
 * The export as a byte stream: chunks of CSV text are produced only when the consumer pulls,
 * so 100,000 rows start arriving at once and the file is never held in memory as a whole.
 */
import { csvChunks } from "../csv/write";
import type { Dataset } from "../dataset/dataset";
import type { Query } from "../query/query";
import { type QueryResult, matchingRows } from "../query/run";
import type { FieldId } from "../vocabulary";
import { exportColumns } from "./columns";

/** What an export needs of a loaded view (loadOverview gives it; the bench builds it too). */
export interface ExportView {
  dataset: Dataset;
  result: Pick<QueryResult, "matches" | "order" | "total">;
  query: Query;
  stand: string;
}

export interface ExportStreamOptions {
  /** Columns to write; default: the query's `cols`, or all 17 fields. */
  cols?: readonly FieldId[];
  /** Rows per chunk (one pull encodes one chunk). */
  chunkRows?: number;
}

const DEFAULT_CHUNK_ROWS = 2000;

/** UTF-8 bytes of text chunks, one chunk per pull; cancelling stops the producer. */
export function textByteStream(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    cancel() {
      iterator.return?.();
    },
  });
}

/** The CSV file (BOM, German headers, `;`, CRLF) of every matching row in the view's sort order. */
export function exportStream(view: ExportView, options: ExportStreamOptions = {}): ReadableStream<Uint8Array> {
  const cols = options.cols ?? exportColumns(view.query);
  return textByteStream(csvChunks(matchingRows(view.dataset, view.result), cols, options.chunkRows ?? DEFAULT_CHUNK_ROWS));
}
