/**
 * Deleting what is no longer needed (docs/reuse.md, the Datenschutz page): contact data and
 * comment 90 days after a withdrawal or after go-live („in Betrieb“), with the private link made
 * void; declarations nobody confirmed within 30 days, entirely; replaced declarations (already
 * without contact data) 90 days after they were replaced. Run at start and daily
 * (lib/reuse/retention-job.ts). What stays is the Kommune, the service, the statuses and dates.
 */
import type { Db } from "../db/schema";
import { inTransaction } from "../db/transaction";
import { type Clock, systemClock } from "../db/values";
import { appendRecord } from "../record/record";
import { kommuneLabel, kreisByKey } from "../reuse-vocabulary/kommunen";
import { SYSTEM_ACTOR } from "./declarations";
import { FINAL_STATUSES, RETENTION_DAYS, UNCONFIRMED_DAYS } from "../reuse-vocabulary/status";

const DAY_MS = 86_400_000;

export interface RetentionResult {
  /** Declarations whose contact data were deleted now. */
  anonymised: number;
  /** Unconfirmed declarations deleted. */
  unconfirmedDeleted: number;
  /** Replaced declarations deleted. */
  replacedDeleted: number;
}

function label(row: { kreis_key: string; gemeinde_name: string | null }): string {
  const kreis = kreisByKey(row.kreis_key);
  return kreis ? kommuneLabel({ kreis, gemeinde: row.gemeinde_name }) : row.kreis_key;
}

export async function applyRetention(db: Db, clock: Clock = systemClock): Promise<RetentionResult> {
  const now = clock();
  const iso = now.toISOString();
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  return inTransaction(db, async (trx) => {
    const due = await trx
      .selectFrom("reuse_declarations")
      .select(["id", "ozg_id", "kreis_key", "gemeinde_name", "status"])
      .where("replaced_by", "is", null)
      .where("status", "in", [...FINAL_STATUSES])
      .where("status_at", "<=", before(RETENTION_DAYS))
      .where((eb) => eb.or([eb("contact_email", "is not", null), eb("contact_name", "is not", null), eb("comment", "is not", null), eb("token_hash", "is not", null)]))
      .execute();
    let anonymised = 0;
    for (const row of due) {
      // Another instance may have done it meanwhile (PostgreSQL re-checks the condition): then it is not recorded twice.
      const updated = await trx
        .updateTable("reuse_declarations")
        .set({ contact_name: null, contact_email: null, contact_phone: null, comment: null, token_hash: null, contact_deleted_at: iso, updated_at: iso })
        .where("id", "=", row.id)
        .where((eb) => eb.or([eb("contact_email", "is not", null), eb("contact_name", "is not", null), eb("comment", "is not", null), eb("token_hash", "is not", null)]))
        .executeTakeFirst();
      if (updated.numUpdatedRows === 0n) continue;
      anonymised++;
      await appendRecord(
        trx,
        {
          actor: SYSTEM_ACTOR,
          action: "nachnutzung",
          details: { event: "kontaktdaten-geloescht", bekundung: row.id, ozgId: row.ozg_id, kommune: label(row), grund: `${RETENTION_DAYS} Tage nach „${row.status}“` },
        },
        clock,
      );
    }

    const unconfirmed = await trx
      .selectFrom("reuse_declarations")
      .select(["id", "ozg_id", "kreis_key", "gemeinde_name"])
      .where("status", "=", "unbestaetigt")
      .where("created_at", "<=", before(UNCONFIRMED_DAYS))
      .execute();
    const replaced = await trx
      .selectFrom("reuse_declarations")
      .select(["id", "ozg_id", "kreis_key", "gemeinde_name"])
      .where("replaced_by", "is not", null)
      .where("status", "<>", "unbestaetigt")
      .where("updated_at", "<=", before(RETENTION_DAYS))
      .execute();
    const gone = new Set<string>();
    const candidates = [...unconfirmed, ...replaced].map((r) => r.id);
    for (let i = 0; i < candidates.length; i += 1000) {
      const deleted = await trx.deleteFrom("reuse_declarations").where("id", "in", candidates.slice(i, i + 1000)).returning("id").execute();
      for (const { id } of deleted) gone.add(id);
    }
    for (const row of unconfirmed.filter((r) => gone.has(r.id))) {
      await appendRecord(
        trx,
        { actor: SYSTEM_ACTOR, action: "nachnutzung", details: { event: "geloescht", bekundung: row.id, ozgId: row.ozg_id, kommune: label(row), grund: `${UNCONFIRMED_DAYS} Tage unbestätigt` } },
        clock,
      );
    }
    return {
      anonymised,
      unconfirmedDeleted: unconfirmed.filter((r) => gone.has(r.id)).length,
      replacedDeleted: replaced.filter((r) => gone.has(r.id)).length,
    };
  });
}
