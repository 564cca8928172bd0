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
  | { status: "published"; stand: string; file: string; result: OverviewReadResult; bytes: Uint8Array }
  | { status: "invalid"; result: OverviewReadResult }
  /** `exists`: the Stand is published already (a 409 for the API). */
  | { status: "refused"; message: string; result?: OverviewReadResult; exists?: true };

export function invalidStandMessage(stand: string): string {
  return `„${stand}“ ist kein gültiger Stand (ein Datum im Format JJJJ-MM-TT).`;
}

export function existingStandMessage(stand: string): string {
  return `Der Stand ${stand} ist bereits veröffentlicht und wird nicht überschrieben.`;
}

export async function publishStand(bytes: Uint8Array, stand: string, root: string): Promise<PublishOutcome> {
  if (!isIsoDate(stand)) return { status: "refused", message: invalidStandMessage(stand) };
  const result = await readOverviewFile(bytes);
  if (result.errors.length > 0) return { status: "invalid", result };
  // Published Stände are CSV: a workbook is published as the CSV of its rows (all 17 columns),
  // which reads back to the same rows (the export's round trip).
  const published = result.format === "xlsx" ? new TextEncoder().encode(toCsv(result.rows, FIELD_IDS)) : bytes;
  const written = await writeStandFile(published, stand, root);
  if (written.status === "exists") return { status: "refused", message: existingStandMessage(stand), result, exists: true };
  return { status: "published", stand, file: written.file, result, bytes: published };
}

/**
 * Writes a checked Stand's bytes under a temporary name and links them into place: link() fails
 * when the target exists, so of two publishers racing for one Stand exactly one wins.
 */
export async function writeStandFile(published: Uint8Array, stand: string, root: string): Promise<{ status: "written"; file: string } | { status: "exists" }> {
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
      if ((error as NodeJS.ErrnoException).code === "EEXIST") return { status: "exists" };
      throw error;
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  return { status: "written", file: target };
}
