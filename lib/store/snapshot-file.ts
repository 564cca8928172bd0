/**
 * Where a Stand's prepared snapshot (lib/dataset/snapshot.ts) lives: beside its CSV, in the
 * folder uebersicht/.index/, as JJJJ-MM-TT.snapshot. Derived data: it may be deleted at any time
 * and is rebuilt from the CSV; it is used only when it names the CSV's SHA-256 and its own body
 * is intact. No server-only marker: a worker reads and writes it.
 */
import { randomUUID } from "node:crypto";
import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

export const SNAPSHOT_FOLDER = ".index";

export function snapshotFileOf(standFile: string): string {
  return path.join(/*turbopackIgnore: true*/ path.dirname(standFile), SNAPSHOT_FOLDER, `${path.basename(standFile, ".csv")}.snapshot`);
}

/** Writes atomically (temporary name, then rename): a reader sees the old snapshot or the new one. */
export async function writeSnapshotFile(standFile: string, bytes: Uint8Array): Promise<void> {
  const target = snapshotFileOf(standFile);
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, target);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
