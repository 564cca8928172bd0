/**
 * Calls (Abfragen) in the database: staff open one for some services with a deadline and a
 * short text; they can change or delete it. Every change is on record under „nachnutzung“.
 * Input is checked at the edge (lib/reuse/call-input.ts) and trusted here.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../db/schema";
import { inTransaction } from "../db/transaction";
import { type Clock, readJson, systemClock, toIso } from "../db/values";
import { appendRecord } from "../record/record";
import type { ReuseCall } from "./call-state";

export interface CallFields {
  ozgIds: string[];
  frist: string;
  text: string;
  newsSlug: string | null;
}

type Row = {
  id: string;
  ozg_ids: unknown;
  frist: string;
  text: string;
  news_slug: string | null;
  created_at: Date | string;
  created_by: string;
  updated_at: Date | string;
  updated_by: string;
};

function toCall(row: Row): ReuseCall {
  return {
    id: row.id,
    ozgIds: readJson(row.ozg_ids) as string[],
    frist: row.frist,
    text: row.text,
    newsSlug: row.news_slug,
    createdAt: toIso(row.created_at),
    createdBy: row.created_by,
    updatedAt: toIso(row.updated_at),
    updatedBy: row.updated_by,
  };
}

export async function createCall(db: Db, input: CallFields & { actor: string }, clock: Clock = systemClock): Promise<ReuseCall> {
  const id = randomUUID();
  const now = clock().toISOString();
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto("reuse_calls")
      .values({ id, ozg_ids: JSON.stringify(input.ozgIds), frist: input.frist, text: input.text, news_slug: input.newsSlug, created_at: now, created_by: input.actor, updated_at: now, updated_by: input.actor })
      .execute();
    await appendRecord(trx, { actor: input.actor, action: "nachnutzung", details: { event: "abfrage-angelegt", abfrage: id, ozgIds: input.ozgIds, frist: input.frist } }, clock);
  });
  return (await getCall(db, id))!;
}

/** Replaces the fields of a call; undefined when there is none with this id. */
export async function updateCall(db: Db, id: string, input: CallFields & { actor: string }, clock: Clock = systemClock): Promise<ReuseCall | undefined> {
  const changed = await inTransaction(db, async (trx) => {
    const result = await trx
      .updateTable("reuse_calls")
      .set({ ozg_ids: JSON.stringify(input.ozgIds), frist: input.frist, text: input.text, news_slug: input.newsSlug, updated_at: clock().toISOString(), updated_by: input.actor })
      .where("id", "=", id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) return false;
    await appendRecord(trx, { actor: input.actor, action: "nachnutzung", details: { event: "abfrage-geaendert", abfrage: id, ozgIds: input.ozgIds, frist: input.frist } }, clock);
    return true;
  });
  return changed ? getCall(db, id) : undefined;
}

/** Deletes a call; declarations that answered it keep their „late“ mark and lose the link to it. */
export async function deleteCall(db: Db, id: string, actor: string, clock: Clock = systemClock): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const before = await trx.selectFrom("reuse_calls").select(["ozg_ids", "frist"]).where("id", "=", id).executeTakeFirst();
    if (!before) return false;
    await trx.deleteFrom("reuse_calls").where("id", "=", id).execute();
    await appendRecord(trx, { actor, action: "nachnutzung", details: { event: "abfrage-geloescht", abfrage: id, ozgIds: readJson(before.ozg_ids), frist: before.frist } }, clock);
    return true;
  });
}

export async function getCall(db: Db, id: string): Promise<ReuseCall | undefined> {
  const row = await db.selectFrom("reuse_calls").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toCall(row);
}

/** Every call, newest deadline first. */
export async function listCalls(db: Db): Promise<ReuseCall[]> {
  return (await db.selectFrom("reuse_calls").selectAll().orderBy("frist", "desc").orderBy("created_at", "desc").execute()).map(toCall);
}
