/**
 * The record (Protokoll): an append-only log of every sign-in, publication, withdrawal, news
 * change, account change and reuse step. This module only ever inserts and reads; the database
 * refuses UPDATE and DELETE on the table (triggers in lib/db/migrations.ts).
 */
import type { Db } from "../db/schema";
import { type Clock, readJson, systemClock, toIso, toNumber } from "../db/values";
import { noteDataChange } from "../data-changes";

export const RECORD_ACTIONS = [
  "anmeldung",
  "anmeldung-fehlgeschlagen",
  "veroeffentlichung",
  "rueckzug",
  "aktuelles",
  "konto",
  "nachnutzung",
] as const;
export type RecordAction = (typeof RECORD_ACTIONS)[number];

export type RecordDetails = Record<string, unknown>;

export interface RecordEntry {
  id: number;
  /** ISO 8601 UTC. */
  at: string;
  /** Who did it: an account's e-mail address, or „Kommandozeile“, „System“. */
  actor: string;
  action: RecordAction;
  details: RecordDetails;
}

export interface NewRecordEntry {
  actor: string;
  action: RecordAction;
  details?: RecordDetails;
}

export interface RecordFilter {
  action?: RecordAction;
  actor?: string;
  /** Entries at or after this instant (ISO 8601; a bare date means 00:00 UTC). */
  from?: string;
  /** Entries before this instant (exclusive). */
  to?: string;
  /** At most this many entries (default 100, at most 10,000). */
  limit?: number;
  offset?: number;
}

export const RECORD_DEFAULT_LIMIT = 100;
export const RECORD_MAX_LIMIT = 10_000;

export function isRecordAction(value: string): value is RecordAction {
  return (RECORD_ACTIONS as readonly string[]).includes(value);
}

/** Adds one entry; returns it as stored. Pass a transaction to make it part of the change it records. */
export async function appendRecord(db: Db, entry: NewRecordEntry, clock: Clock = systemClock): Promise<RecordEntry> {
  if (!isRecordAction(entry.action)) throw new TypeError(`Unknown record action: ${String(entry.action)}`);
  const at = clock().toISOString();
  const details = entry.details ?? {};
  const { id } = await db
    .insertInto("protokoll")
    .values({ at, actor: entry.actor, action: entry.action, details: JSON.stringify(details) })
    .returning("id")
    .executeTakeFirstOrThrow();
  noteDataChange();
  return { id: toNumber(id), at, actor: entry.actor, action: entry.action, details };
}

function filtered(db: Db, filter: RecordFilter) {
  let query = db.selectFrom("protokoll");
  if (filter.action !== undefined) query = query.where("action", "=", filter.action);
  if (filter.actor !== undefined) query = query.where("actor", "=", filter.actor);
  if (filter.from !== undefined) query = query.where("at", ">=", instant(filter.from));
  if (filter.to !== undefined) query = query.where("at", "<", instant(filter.to));
  return query;
}

/** Entries matching the filter, newest first. */
export async function listRecord(db: Db, filter: RecordFilter = {}): Promise<RecordEntry[]> {
  const limit = Math.min(Math.max(Math.trunc(filter.limit ?? RECORD_DEFAULT_LIMIT), 0), RECORD_MAX_LIMIT);
  const offset = Math.max(Math.trunc(filter.offset ?? 0), 0);
  const rows = await filtered(db, filter).selectAll().orderBy("id", "desc").limit(limit).offset(offset).execute();
  return rows.map((row) => ({
    id: toNumber(row.id),
    at: toIso(row.at),
    actor: row.actor,
    action: row.action as RecordAction,
    details: readJson(row.details) as RecordDetails,
  }));
}

/** How many entries match the filter (limit and offset ignored), for paging. */
export async function countRecord(db: Db, filter: RecordFilter = {}): Promise<number> {
  const { count } = await filtered(db, filter).select((eb) => eb.fn.countAll<number | string>().as("count")).executeTakeFirstOrThrow();
  return toNumber(count);
}

/** The same text form in both stores, so that comparisons in SQLite are by instant. */
function instant(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO 8601 instant: ${value}`);
  return date.toISOString();
}
