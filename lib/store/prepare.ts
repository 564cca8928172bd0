/**
 * Everything publishing needs from an uploaded file, computed once off the request thread (a
 * worker runs this: lib/worker-tasks): the full report as on /pruefen, and for a valid file the
 * bytes to publish (CSV; a workbook becomes the CSV of its rows), their SHA-256 and the changes
 * against the current Stand. No server-only marker: a worker runs it.
 */
import { createHash } from "node:crypto";
import { type StandDiff, diffDatasets } from "../changes/diff";
import { toCsv } from "../csv/write";
import { buildDataset } from "../dataset/dataset";
import { writeSnapshot } from "../dataset/snapshot";
import { readOverviewFile } from "../overview/read-file";
import { type UploadCheck, uploadReport } from "../overview/upload-report";
import { FIELD_IDS } from "../vocabulary";
import { readStandFile } from "./stand-file";

export interface Publishable {
  csv: Uint8Array;
  sha256: string;
  rows: number;
  /** The Stand compared with, null when there is none yet. */
  against: string | null;
  /** Counts of the changes against it (without one: every row is new). */
  changes: ChangeCounts;
  /** The prepared snapshot of the new Stand (lib/dataset/snapshot.ts), when publishing. */
  snapshot: Uint8Array | null;
  /** The changes themselves, when asked for (the review page); null otherwise or without a Stand to compare with. */
  diff: StandDiff | null;
}

export interface ChangeCounts {
  added: number;
  removed: number;
  changed: number;
}

/** The current Stand, to compare with: its file and date. */
export interface CompareWith {
  file: string;
  stand: string;
}

export interface PreparedStand {
  check: UploadCheck;
  /** Set only when the file has no error. */
  publishable?: Publishable;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * `detail`: "counts" for publishing (the diff of a large Stand is heavy to send back to the
 * request thread), "full" for the review page, which lists and filters the changes.
 */
export async function prepareStand(
  fileName: string,
  bytes: Uint8Array,
  stand: string,
  against: CompareWith | null = null,
  detail: "counts" | "full" = "counts",
): Promise<PreparedStand> {
  const check = await uploadReport(fileName, bytes);
  if (!check.ok || check.report.errors.length > 0 || check.moreErrors) return { check };
  const result = await readOverviewFile(bytes);
  if (result.errors.length > 0) return { check };
  // Published Stände are CSV: a workbook is published as the CSV of its rows (all 17 columns),
  // which reads back to the same rows (the export's round trip).
  const csv = result.format === "xlsx" ? new TextEncoder().encode(toCsv(result.rows, FIELD_IDS)) : bytes;
  const dataset = buildDataset(stand, result.rows);
  // Compared here, off the request thread: at 100,000 rows a diff takes the better part of a second.
  const diff = against ? diffDatasets(await readStandFile(against.file, against.stand), dataset) : null;
  const rows = result.rows.length;
  const changes = diff ? { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length } : { added: rows, removed: 0, changed: 0 };
  const sha256 = sha256Hex(csv);
  // Publishing writes the snapshot beside the CSV, so the new Stand is ready in milliseconds.
  const snapshot = detail === "counts" ? writeSnapshot(dataset, sha256) : null;
  return { check, publishable: { csv, sha256, rows, against: against?.stand ?? null, changes, snapshot, diff: detail === "full" ? diff : null } };
}
