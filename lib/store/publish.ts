/**
 * Publishing a new Stand (from CSV or a workbook): validate the whole file first, then write it under a temporary name
 * and link it into place. link() fails when the target exists, so a published Stand is never
 * overwritten, not even by two imports racing each other.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { link, mkdir, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { toCsv } from "../csv/write";
import { isIsoDate } from "../iso-date";
import type { OverviewReadResult } from "../overview/read";
import { readOverviewFile } from "../overview/read-file";
import { FIELD_IDS } from "../vocabulary";
import { standFile, uebersichtDir } from "./data-dir";

export type PublishOutcome =
  | { status: "published"; stand: string; file: string; result: OverviewReadResult }
  | { status: "invalid"; result: OverviewReadResult }
  | { status: "refused"; message: string; result?: OverviewReadResult };

export async function publishStand(bytes: Uint8Array, stand: string, root: string): Promise<PublishOutcome> {
  if (!isIsoDate(stand)) {
    return { status: "refused", message: `„${stand}“ ist kein gültiger Stand (ein Datum im Format JJJJ-MM-TT).` };
  }
  const result = await readOverviewFile(bytes);
  if (result.errors.length > 0) return { status: "invalid", result };
  // Published Stände are CSV: a workbook is published as the CSV of its rows (all 17 columns),
  // which reads back to the same rows (the export's round trip).
  const published = result.format === "xlsx" ? new TextEncoder().encode(toCsv(result.rows, FIELD_IDS)) : bytes;

  const target = standFile(stand, root);
  await mkdir(uebersichtDir(root), { recursive: true });
  // A random part: pid and time alone collide when one process publishes twice in a millisecond.
  const temp = path.join(uebersichtDir(root), `.${stand}.${process.pid}.${randomUUID()}.tmp`);
  try {
    // Inside try, so that a failed write (disk full) leaves no partial temporary file behind.
    await writeFile(temp, published, { flag: "wx" });
    try {
      await link(temp, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") {
        return { status: "refused", message: `Der Stand ${stand} ist bereits veröffentlicht und wird nicht überschrieben.`, result };
      }
      throw error;
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  return { status: "published", stand, file: target, result };
}
