/**
 * Uploads the staff area has checked and found valid, kept until they are published or dropped
 * (at most a day): the publishing form shows their report and changes in later requests without
 * a second upload. Not the record; deleting here is allowed.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../db/schema";
import { type Clock, systemClock, toIso } from "../db/values";

export const DRAFT_LIFETIME_MS = 24 * 60 * 60 * 1000;
const DRAFT_ID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface Draft {
  id: string;
  fileName: string;
  /** SHA-256 of the uploaded bytes. */
  sha256: string;
  rows: number;
  bytes: Uint8Array;
  createdAt: string;
  createdBy: string;
}

export async function saveDraft(db: Db, input: Omit<Draft, "id" | "createdAt">, clock: Clock = systemClock): Promise<string> {
  const id = randomUUID();
  const now = clock();
  await db.deleteFrom("entwuerfe").where("created_at", "<", new Date(now.getTime() - DRAFT_LIFETIME_MS).toISOString()).execute();
  await db
    .insertInto("entwuerfe")
    .values({
      id,
      file_name: input.fileName,
      sha256: input.sha256,
      row_count: input.rows,
      bytes: Buffer.from(input.bytes),
      created_at: now.toISOString(),
      created_by: input.createdBy,
    })
    .execute();
  return id;
}

/** The draft, or undefined when the id is unknown, malformed or older than a day. */
export async function getDraft(db: Db, id: string, clock: Clock = systemClock): Promise<Draft | undefined> {
  if (!DRAFT_ID_RE.test(id)) return undefined;
  const row = await db.selectFrom("entwuerfe").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  const createdAt = toIso(row.created_at);
  if (clock().getTime() - Date.parse(createdAt) > DRAFT_LIFETIME_MS) return undefined;
  return {
    id: row.id,
    fileName: row.file_name,
    sha256: row.sha256,
    rows: Number(row.row_count),
    bytes: new Uint8Array(row.bytes),
    createdAt,
    createdBy: row.created_by,
  };
}

export async function deleteDraft(db: Db, id: string): Promise<void> {
  await db.deleteFrom("entwuerfe").where("id", "=", id).execute();
}
