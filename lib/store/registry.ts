/**
 * The registry of published Stände: SHA-256 and rows of each published file (so that a file that
 * no longer matches is not served), who published it, and its withdrawal. A Stand is never
 * deleted; withdrawing hides it, an admin can restore it. Every step is on record, in the same
 * transaction.
 */
import { appendRecord, type RecordDetails } from "../record/record";
import type { Db } from "../db/schema";
import { inTransaction } from "../db/transaction";
import { type Clock, isUniqueViolation, systemClock, toIso, toIsoOrNull } from "../db/values";

export interface StandEntry {
  stand: string;
  sha256: string;
  rows: number;
  fileName: string | null;
  publishedAt: string;
  publishedBy: string;
  withdrawn: boolean;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
  withdrawnReason: string | null;
  restoredAt: string | null;
  restoredBy: string | null;
}

export interface RegisterStandInput {
  stand: string;
  sha256: string;
  rows: number;
  fileName?: string | null;
  actor: string;
  /** The file itself, where Stände live in the database (PostgreSQL with several instances). */
  bytes?: Buffer;
  /** More for the record entry, e.g. the changes against the previous Stand: { added, removed, changed }. */
  details?: RecordDetails;
}

const COLUMNS = [
  "stand",
  "sha256",
  "row_count",
  "file_name",
  "published_at",
  "published_by",
  "withdrawn_at",
  "withdrawn_by",
  "withdrawn_reason",
  "restored_at",
  "restored_by",
] as const;

type Row = {
  stand: string;
  sha256: string;
  row_count: number;
  file_name: string | null;
  published_at: Date | string;
  published_by: string;
  withdrawn_at: Date | string | null;
  withdrawn_by: string | null;
  withdrawn_reason: string | null;
  restored_at: Date | string | null;
  restored_by: string | null;
};

function toEntry(row: Row): StandEntry {
  return {
    stand: row.stand,
    sha256: row.sha256,
    rows: Number(row.row_count),
    fileName: row.file_name,
    publishedAt: toIso(row.published_at),
    publishedBy: row.published_by,
    withdrawn: row.withdrawn_at !== null,
    withdrawnAt: toIsoOrNull(row.withdrawn_at),
    withdrawnBy: row.withdrawn_by,
    withdrawnReason: row.withdrawn_reason,
    restoredAt: toIsoOrNull(row.restored_at),
    restoredBy: row.restored_by,
  };
}

/** Records a published Stand; "exists" when it is registered already (then nothing changes). */
export async function registerStand(
  db: Db,
  input: RegisterStandInput,
  clock: Clock = systemClock,
): Promise<{ status: "registered"; entry: StandEntry } | { status: "exists" }> {
  const row = {
    stand: input.stand,
    sha256: input.sha256,
    row_count: input.rows,
    file_name: input.fileName ?? null,
    published_at: clock().toISOString(),
    published_by: input.actor,
    ...(input.bytes ? { bytes: input.bytes } : {}),
  };
  try {
    await inTransaction(db, async (trx) => {
      await trx.insertInto("staende").values(row).execute();
      await appendRecord(
        trx,
        {
          actor: input.actor,
          action: "veroeffentlichung",
          details: { stand: input.stand, sha256: input.sha256, rows: input.rows, fileName: row.file_name, ...input.details },
        },
        clock,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { status: "exists" };
    throw error;
  }
  return { status: "registered", entry: toEntry({ ...row, withdrawn_at: null, withdrawn_by: null, withdrawn_reason: null, restored_at: null, restored_by: null }) };
}

export async function getStandEntry(db: Db, stand: string): Promise<StandEntry | undefined> {
  const row = await db.selectFrom("staende").select(COLUMNS).where("stand", "=", stand).executeTakeFirst();
  return row && toEntry(row);
}

/** Every registered Stand, oldest first; without the withdrawn ones unless asked. */
export async function listStandEntries(db: Db, options: { includeWithdrawn?: boolean } = {}): Promise<StandEntry[]> {
  let query = db.selectFrom("staende").select(COLUMNS);
  if (!options.includeWithdrawn) query = query.where("withdrawn_at", "is", null);
  return (await query.orderBy("stand").execute()).map(toEntry);
}

/** The stored file of a Stand (PostgreSQL mode), or null when the registry holds none. */
export async function standBytes(db: Db, stand: string): Promise<Buffer | null> {
  const row = await db.selectFrom("staende").select("bytes").where("stand", "=", stand).executeTakeFirst();
  return row?.bytes ?? null;
}

export type WithdrawOutcome = "withdrawn" | "not-found" | "already-withdrawn";

/** Hides a Stand from every public page; `reason` is required and goes on record. */
export async function withdrawStand(db: Db, input: { stand: string; reason: string; actor: string }, clock: Clock = systemClock): Promise<WithdrawOutcome> {
  const reason = input.reason.trim();
  if (!reason) throw new RangeError("A withdrawal needs a reason");
  return inTransaction(db, async (trx) => {
    const now = clock().toISOString();
    const updated = await trx
      .updateTable("staende")
      .set({ withdrawn_at: now, withdrawn_by: input.actor, withdrawn_reason: reason })
      .where("stand", "=", input.stand)
      .where("withdrawn_at", "is", null)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) {
      const exists = await trx.selectFrom("staende").select("stand").where("stand", "=", input.stand).executeTakeFirst();
      return exists ? "already-withdrawn" : "not-found";
    }
    await appendRecord(trx, { actor: input.actor, action: "rueckzug", details: { stand: input.stand, event: "zurueckgezogen", reason } }, clock);
    return "withdrawn";
  });
}

export type RestoreOutcome = "restored" | "not-found" | "not-withdrawn";

/** Shows a withdrawn Stand again (an admin's decision); on record under „rueckzug“. */
export async function restoreStand(db: Db, input: { stand: string; actor: string }, clock: Clock = systemClock): Promise<RestoreOutcome> {
  return inTransaction(db, async (trx) => {
    const before = await trx.selectFrom("staende").select(["withdrawn_at", "withdrawn_reason"]).where("stand", "=", input.stand).executeTakeFirst();
    if (!before) return "not-found";
    if (before.withdrawn_at === null) return "not-withdrawn";
    await trx
      .updateTable("staende")
      .set({ withdrawn_at: null, withdrawn_by: null, withdrawn_reason: null, restored_at: clock().toISOString(), restored_by: input.actor })
      .where("stand", "=", input.stand)
      .execute();
    await appendRecord(
      trx,
      { actor: input.actor, action: "rueckzug", details: { stand: input.stand, event: "wiederhergestellt", withdrawnReason: before.withdrawn_reason } },
      clock,
    );
    return "restored";
  });
}
