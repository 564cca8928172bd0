/**
 * Instances without a shared disk (PostgreSQL mode, docs/betrieb.md): every published Stand's
 * bytes are in the registry, and each instance writes the ones its data folder lacks into it,
 * at start and whenever another instance announces a change. A file is only ever added, through
 * the same atomic link as publishing, and never overwritten: one that differs from its record is
 * the integrity check's to refuse.
 */
import "server-only";
import { access } from "node:fs/promises";
import type { Db } from "../db/schema";
import { standFile } from "./data-dir";
import { sha256Hex } from "./prepare";
import { writeStandFile } from "./publish";

/** Writes the Stände that are on record with bytes but missing here; returns their dates. */
export async function syncStaendeFromDatabase(db: Db, root: string): Promise<string[]> {
  const missing: string[] = [];
  for (const { stand } of await db.selectFrom("staende").select("stand").where("bytes", "is not", null).orderBy("stand").execute()) {
    const present = await access(/*turbopackIgnore: true*/ standFile(stand, root)).then(() => true, () => false);
    if (!present) missing.push(stand);
  }
  const written: string[] = [];
  for (const stand of missing) {
    const row = await db.selectFrom("staende").select(["bytes", "sha256"]).where("stand", "=", stand).executeTakeFirst();
    if (!row?.bytes) continue;
    const bytes = new Uint8Array(row.bytes);
    // Bytes that do not match their own record are not written (a damaged row): logged, skipped.
    if (sha256Hex(bytes) !== row.sha256) {
      console.error(`Stand ${stand}: die gespeicherten Bytes passen nicht zur Prüfsumme im Register; nicht übernommen.`);
      continue;
    }
    if ((await writeStandFile(bytes, stand, root)).status === "written") written.push(stand);
  }
  return written;
}
