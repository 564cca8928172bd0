/**
 * Reuse declarations in the database (docs/contract.md §7, docs/reuse.md): created unconfirmed
 * with a private link (a random token, stored as SHA-256), confirmed, changed, withdrawn and
 * stripped of contact data by the declarant through that link; moved towards go-live by staff.
 * Every step is in the declaration's history and on record (without contact data: the record is
 * append-only and contact data must be deletable).
 *
 * One declaration per Kommune and service: a new one replaces the earlier one when it is
 * confirmed. It keeps the progress staff had recorded (status, history, an in-time mark), since
 * it is the same Kommune's same reuse with new details; after a withdrawal it starts afresh.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { randomSecret, sha256Hex } from "../auth/digest";
import type { Db } from "../db/schema";
import { inTransaction } from "../db/transaction";
import { type Clock, systemClock, toIso, toIsoOrNull } from "../db/values";
import { formatDate } from "../format";
import { appendRecord } from "../record/record";
import type { DeclarationChange, DeclarationFields } from "./declaration-input";
import { type Kommune, kommuneKey, kommuneLabel, kreisByKey } from "../reuse-vocabulary/kommunen";
import { type ReuseStatus, checkStaffTransition, isActive, isReuseStatus, statusLabel } from "../reuse-vocabulary/status";

/** Who acts through the private link, in history and record (never the person's name or address). */
export const KOMMUNE_ACTOR = "Kommune (privater Link)";
export const SYSTEM_ACTOR = "System";

export interface HistoryEntry {
  /** ISO 8601: when it was entered. */
  at: string;
  actor: string;
  status: ReuseStatus;
  previousStatus: ReuseStatus | null;
  /** YYYY-MM-DD: when it happened. */
  date: string;
  note: string | null;
}

export interface Declaration {
  id: string;
  ozgId: string;
  kommune: Kommune;
  kommuneKey: string;
  /** Null once deleted. */
  kontakt: { name: string; email: string; telefon: string | null } | null;
  /** YYYY-MM */
  start: string;
  kommentar: string | null;
  status: ReuseStatus;
  statusAt: string;
  late: boolean;
  callId: string | null;
  replacedBy: string | null;
  createdAt: string;
  updatedAt: string;
  confirmedAt: string | null;
  contactDeletedAt: string | null;
}

export interface DeclarationWithHistory extends Declaration {
  history: HistoryEntry[];
}

type Row = {
  id: string;
  ozg_id: string;
  kreis_key: string;
  gemeinde_name: string | null;
  ags: string | null;
  kommune_key: string;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  start_month: string;
  comment: string | null;
  status: string;
  status_at: Date | string;
  late: number | string;
  call_id: string | null;
  replaced_by: string | null;
  created_at: Date | string;
  updated_at: Date | string;
  confirmed_at: Date | string | null;
  contact_deleted_at: Date | string | null;
};

const COLUMNS = [
  "id",
  "ozg_id",
  "kreis_key",
  "gemeinde_name",
  "ags",
  "kommune_key",
  "contact_name",
  "contact_email",
  "contact_phone",
  "start_month",
  "comment",
  "status",
  "status_at",
  "late",
  "call_id",
  "replaced_by",
  "created_at",
  "updated_at",
  "confirmed_at",
  "contact_deleted_at",
] as const;

function toStatus(value: string): ReuseStatus {
  if (!isReuseStatus(value)) throw new TypeError(`Unknown reuse status in the database: ${value}`);
  return value;
}

function toDeclaration(row: Row): Declaration {
  const kreis = kreisByKey(row.kreis_key);
  if (!kreis) throw new TypeError(`Unknown Kreisschlüssel in the database: ${row.kreis_key}`);
  return {
    id: row.id,
    ozgId: row.ozg_id,
    kommune: { kreis, gemeinde: row.gemeinde_name, ags: row.ags },
    kommuneKey: row.kommune_key,
    kontakt: row.contact_email === null ? null : { name: row.contact_name ?? "", email: row.contact_email, telefon: row.contact_phone },
    start: row.start_month,
    kommentar: row.comment,
    status: toStatus(row.status),
    statusAt: toIso(row.status_at),
    late: Number(row.late) === 1,
    callId: row.call_id,
    replacedBy: row.replaced_by,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
    confirmedAt: toIsoOrNull(row.confirmed_at),
    contactDeletedAt: toIsoOrNull(row.contact_deleted_at),
  };
}

/** The calendar date of an instant in Europe/Berlin: the default date of a step. */
function berlinDay(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

async function addHistory(db: Db, id: string, entry: Omit<HistoryEntry, "at">, now: Date): Promise<void> {
  await db
    .insertInto("reuse_history")
    .values({ declaration_id: id, at: now.toISOString(), actor: entry.actor, status: entry.status, previous_status: entry.previousStatus, step_date: entry.date, note: entry.note })
    .execute();
}

/** The part of a declaration the record keeps: never contact data or the comment. */
function recordOf(d: Pick<Declaration, "id" | "ozgId" | "kommune">): Record<string, string> {
  return { bekundung: d.id, ozgId: d.ozgId, kommune: kommuneLabel(d.kommune) };
}

export interface NewDeclaration {
  declaration: Declaration;
  /** The private link's token: shown or sent once, never stored. */
  token: string;
}

/** Stores a new declaration as „unbestätigt“ with its private link. `late`/`callId` come from the calls (lib/reuse/call-state.ts). */
export async function createDeclaration(
  db: Db,
  input: DeclarationFields & { late: boolean; callId: string | null },
  clock: Clock = systemClock,
): Promise<NewDeclaration> {
  const id = randomUUID();
  const token = randomSecret();
  const now = clock();
  const iso = now.toISOString();
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto("reuse_declarations")
      .values({
        id,
        ozg_id: input.ozgId,
        kreis_key: input.kommune.kreis.key,
        gemeinde_name: input.kommune.gemeinde,
        ags: input.kommune.ags,
        kommune_key: kommuneKey(input.kommune),
        contact_name: input.kontakt.name,
        contact_email: input.kontakt.email,
        contact_phone: input.kontakt.telefon,
        start_month: input.start,
        comment: input.kommentar,
        status: "unbestaetigt",
        status_at: iso,
        late: input.late ? 1 : 0,
        call_id: input.callId,
        token_hash: sha256Hex(token),
        consent_at: iso,
        created_at: iso,
        updated_at: iso,
      })
      .execute();
    await addHistory(trx, id, { actor: KOMMUNE_ACTOR, status: "unbestaetigt", previousStatus: null, date: berlinDay(now), note: null }, now);
    await appendRecord(trx, { actor: KOMMUNE_ACTOR, action: "nachnutzung", details: { event: "bekundet", ...recordOf({ id, ...input }), late: input.late } }, clock);
  });
  return { declaration: (await getDeclaration(db, id))!, token };
}

async function rowByToken(db: Db, token: string): Promise<Row | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  return db.selectFrom("reuse_declarations").select(COLUMNS).where("token_hash", "=", sha256Hex(token)).executeTakeFirst();
}

/** The declaration of a private link (with its history), or undefined when the link is unknown or void. */
export async function declarationByToken(db: Db, token: string): Promise<DeclarationWithHistory | undefined> {
  const row = await rowByToken(db, token);
  return row && withHistory(db, toDeclaration(row));
}

export async function getDeclaration(db: Db, id: string): Promise<DeclarationWithHistory | undefined> {
  const row = await db.selectFrom("reuse_declarations").select(COLUMNS).where("id", "=", id).executeTakeFirst();
  return row && withHistory(db, toDeclaration(row));
}

async function withHistory(db: Db, declaration: Declaration): Promise<DeclarationWithHistory> {
  return { ...declaration, history: (await histories(db, [declaration.id])).get(declaration.id) ?? [] };
}

async function histories(db: Db, ids: readonly string[]): Promise<Map<string, HistoryEntry[]>> {
  const map = new Map<string, HistoryEntry[]>();
  if (ids.length === 0) return map;
  // In chunks: SQLite allows at most 32,766 parameters per statement.
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db
      .selectFrom("reuse_history")
      .selectAll()
      .where("declaration_id", "in", ids.slice(i, i + 1000))
      // By time: a replacing declaration's history holds the earlier one's steps, copied with their times.
      .orderBy("at")
      .orderBy("id")
      .execute();
    for (const row of rows) {
      const list = map.get(row.declaration_id) ?? [];
      list.push({
        at: toIso(row.at),
        actor: row.actor,
        status: toStatus(row.status),
        previousStatus: row.previous_status === null ? null : toStatus(row.previous_status),
        date: row.step_date,
        note: row.note,
      });
      map.set(row.declaration_id, list);
    }
  }
  return map;
}

export type LinkOutcome =
  | { ok: true; declaration: DeclarationWithHistory }
  | { ok: false; reason: "not-found" | "replaced" | "withdrawn" | "already-confirmed"; message: string };

const NOT_FOUND = { ok: false, reason: "not-found", message: "Dieser Link ist ungültig oder nicht mehr gültig." } as const;
const REPLACED = { ok: false, reason: "replaced", message: "Diese Bekundung wurde durch eine neuere derselben Kommune ersetzt." } as const;
const WITHDRAWN = { ok: false, reason: "withdrawn", message: "Diese Bekundung ist zurückgezogen." } as const;

/**
 * Confirms a declaration through its private link: „unbestätigt“ becomes „Interesse“, and an
 * earlier declaration of the same Kommune for the same service is replaced (its progress kept,
 * its contact data deleted at once).
 */
export async function confirmDeclaration(db: Db, token: string, clock: Clock = systemClock): Promise<LinkOutcome> {
  const outcome = await inTransaction(db, async (trx): Promise<LinkOutcome | { ok: true; id: string }> => {
    const row = await rowByToken(trx, token);
    if (!row) return NOT_FOUND;
    if (row.replaced_by !== null) return REPLACED;
    if (row.status !== "unbestaetigt") return { ok: false, reason: "already-confirmed", message: "Diese Bekundung ist schon bestätigt." };
    const now = clock();
    const iso = now.toISOString();
    const others = (
      await trx
        .selectFrom("reuse_declarations")
        .select(COLUMNS)
        .where("ozg_id", "=", row.ozg_id)
        .where("kommune_key", "=", row.kommune_key)
        .where("replaced_by", "is", null)
        .where("id", "<>", row.id)
        .execute()
    ).map(toDeclaration);
    const earlier = others.find((d) => isActive(d.status));
    if (others.length > 0) {
      // First out of the way: the database allows one confirmed declaration per Kommune and service.
      await trx
        .updateTable("reuse_declarations")
        .set({ replaced_by: row.id, contact_name: null, contact_email: null, contact_phone: null, comment: null, contact_deleted_at: iso, updated_at: iso })
        .where("id", "in", others.map((d) => d.id))
        .execute();
    }
    const status: ReuseStatus = earlier?.status ?? "interesse";
    if (earlier) {
      // The history goes on where the earlier declaration left it.
      const previous = (await histories(trx, [earlier.id])).get(earlier.id) ?? [];
      for (const entry of previous) {
        await trx
          .insertInto("reuse_history")
          .values({ declaration_id: row.id, at: entry.at, actor: entry.actor, status: entry.status, previous_status: entry.previousStatus, step_date: entry.date, note: entry.note })
          .execute();
      }
    }
    await trx
      .updateTable("reuse_declarations")
      .set({
        status,
        status_at: earlier ? earlier.statusAt : iso,
        confirmed_at: iso,
        updated_at: iso,
        ...(earlier ? { late: earlier.late ? 1 : 0, call_id: earlier.callId } : {}),
      })
      .where("id", "=", row.id)
      .execute();
    const note = earlier ? `Ersetzt die Bekundung vom ${formatDate(berlinDay(new Date(earlier.createdAt)))}; der Stand „${statusLabel(status)}“ bleibt.` : null;
    await addHistory(trx, row.id, { actor: KOMMUNE_ACTOR, status, previousStatus: "unbestaetigt", date: berlinDay(now), note }, now);
    const d = toDeclaration(row);
    await appendRecord(
      trx,
      { actor: KOMMUNE_ACTOR, action: "nachnutzung", details: { event: "bestaetigt", ...recordOf(d), status, ersetzt: others.map((o) => o.id) } },
      clock,
    );
    return { ok: true, id: row.id };
  });
  if (!outcome.ok) return outcome;
  return { ok: true, declaration: (await getDeclaration(db, (outcome as { id: string }).id))! };
}

/** Changes contact data, planned start and comment through the private link (the Kommune and the service stay). */
export async function changeDeclaration(db: Db, token: string, change: DeclarationChange, clock: Clock = systemClock): Promise<LinkOutcome> {
  const id = await inTransaction(db, async (trx): Promise<LinkOutcome | string> => {
    const row = await rowByToken(trx, token);
    if (!row) return NOT_FOUND;
    if (row.replaced_by !== null) return REPLACED;
    if (row.status === "zurueckgezogen") return WITHDRAWN;
    const iso = clock().toISOString();
    await trx
      .updateTable("reuse_declarations")
      .set({
        contact_name: change.kontakt.name,
        contact_email: change.kontakt.email,
        contact_phone: change.kontakt.telefon,
        start_month: change.start,
        comment: change.kommentar,
        contact_deleted_at: null,
        updated_at: iso,
      })
      .where("id", "=", row.id)
      .execute();
    await appendRecord(trx, { actor: KOMMUNE_ACTOR, action: "nachnutzung", details: { event: "geaendert", ...recordOf(toDeclaration(row)) } }, clock);
    return row.id;
  });
  if (typeof id !== "string") return id;
  return { ok: true, declaration: (await getDeclaration(db, id))! };
}

/** Withdraws a declaration through its private link. */
export async function withdrawByToken(db: Db, token: string, clock: Clock = systemClock): Promise<LinkOutcome> {
  const id = await inTransaction(db, async (trx): Promise<LinkOutcome | string> => {
    const row = await rowByToken(trx, token);
    if (!row) return NOT_FOUND;
    if (row.replaced_by !== null) return REPLACED;
    if (row.status === "zurueckgezogen") return WITHDRAWN;
    const now = clock();
    const d = toDeclaration(row);
    await trx.updateTable("reuse_declarations").set({ status: "zurueckgezogen", status_at: now.toISOString(), updated_at: now.toISOString() }).where("id", "=", row.id).execute();
    await addHistory(trx, row.id, { actor: KOMMUNE_ACTOR, status: "zurueckgezogen", previousStatus: d.status, date: berlinDay(now), note: null }, now);
    await appendRecord(trx, { actor: KOMMUNE_ACTOR, action: "nachnutzung", details: { event: "status", ...recordOf(d), von: d.status, status: "zurueckgezogen" } }, clock);
    return row.id;
  });
  if (typeof id !== "string") return id;
  return { ok: true, declaration: (await getDeclaration(db, id))! };
}

const WITHOUT_CONTACT = { contact_name: null, contact_email: null, contact_phone: null, comment: null } as const;

/** Deletes contact data and comment at the declarant's request; the declaration itself stays (without a way to reach anybody). */
export async function deleteContactByToken(db: Db, token: string, clock: Clock = systemClock): Promise<LinkOutcome> {
  const id = await inTransaction(db, async (trx): Promise<LinkOutcome | string> => {
    const row = await rowByToken(trx, token);
    if (!row) return NOT_FOUND;
    const iso = clock().toISOString();
    await trx
      .updateTable("reuse_declarations")
      .set({ ...WITHOUT_CONTACT, contact_deleted_at: row.contact_deleted_at === null ? iso : toIso(row.contact_deleted_at), updated_at: iso })
      .where("id", "=", row.id)
      .execute();
    if (row.contact_email !== null || row.comment !== null) {
      await appendRecord(trx, { actor: KOMMUNE_ACTOR, action: "nachnutzung", details: { event: "kontaktdaten-geloescht", ...recordOf(toDeclaration(row)), grund: "auf Wunsch" } }, clock);
    }
    return row.id;
  });
  if (typeof id !== "string") return id;
  return { ok: true, declaration: (await getDeclaration(db, id))! };
}

export interface StatusChange {
  id: string;
  status: ReuseStatus;
  note: string | null;
  /** YYYY-MM-DD: when the step happened; default today (Europe/Berlin). */
  date?: string;
  actor: string;
}

export type StatusOutcome =
  | { ok: true; declaration: DeclarationWithHistory }
  | { ok: false; reason: "not-found" | "conflict"; message: string };

/** Staff move a declaration (checkStaffTransition decides); history and record get the step with its date and note. */
export async function setStatus(db: Db, change: StatusChange, clock: Clock = systemClock): Promise<StatusOutcome> {
  const result = await inTransaction(db, async (trx): Promise<StatusOutcome | null> => {
    const row = await trx.selectFrom("reuse_declarations").select(COLUMNS).where("id", "=", change.id).executeTakeFirst();
    if (!row || row.replaced_by !== null) return { ok: false, reason: "not-found", message: `Es gibt keine Bekundung „${change.id}“.` };
    const d = toDeclaration(row);
    const check = checkStaffTransition(d.status, change.status, change.note);
    if (!check.ok) return { ok: false, reason: "conflict", message: check.message };
    const now = clock();
    const date = change.date ?? berlinDay(now);
    await trx.updateTable("reuse_declarations").set({ status: change.status, status_at: now.toISOString(), updated_at: now.toISOString() }).where("id", "=", d.id).execute();
    await addHistory(trx, d.id, { actor: change.actor, status: change.status, previousStatus: d.status, date, note: change.note }, now);
    await appendRecord(
      trx,
      { actor: change.actor, action: "nachnutzung", details: { event: "status", ...recordOf(d), von: d.status, status: change.status, datum: date, notiz: change.note } },
      clock,
    );
    return null;
  });
  if (result) return result;
  return { ok: true, declaration: (await getDeclaration(db, change.id))! };
}

export interface DeclarationFilter {
  /** Services: one (ozgId) or several (a call's). */
  ozgIds?: readonly string[];
  /** Kreisschlüssel: the Kreis and its Gemeinden. */
  kreis?: string;
  statuses?: readonly ReuseStatus[];
}

/** The current declarations (replaced ones left out), by service, then Kommune order, with their histories. */
export async function listDeclarations(db: Db, filter: DeclarationFilter = {}): Promise<DeclarationWithHistory[]> {
  let query = db.selectFrom("reuse_declarations").select(COLUMNS).where("replaced_by", "is", null);
  if (filter.ozgIds) query = filter.ozgIds.length === 0 ? query.where(sql<boolean>`1 = 0`) : query.where("ozg_id", "in", [...filter.ozgIds]);
  if (filter.kreis !== undefined) query = query.where("kreis_key", "=", filter.kreis);
  if (filter.statuses?.length) query = query.where("status", "in", [...filter.statuses]);
  const declarations = (await query.orderBy("ozg_id").orderBy("kommune_key").orderBy("created_at").execute()).map(toDeclaration);
  const map = await histories(db, declarations.map((d) => d.id));
  return declarations.map((d) => ({ ...d, history: map.get(d.id) ?? [] }));
}

/** What the public statistics are computed from: no contact data, no comments, no link. */
export interface PublicDeclarationRow {
  ozgId: string;
  kommuneKey: string;
  kreisKey: string;
  gemeinde: string | null;
  status: ReuseStatus;
  createdAt: string;
}

export async function publicDeclarationRows(db: Db): Promise<PublicDeclarationRow[]> {
  const rows = await db
    .selectFrom("reuse_declarations")
    .select(["ozg_id", "kommune_key", "kreis_key", "gemeinde_name", "status", "created_at"])
    .where("replaced_by", "is", null)
    .execute();
  return rows.map((r) => ({ ozgId: r.ozg_id, kommuneKey: r.kommune_key, kreisKey: r.kreis_key, gemeinde: r.gemeinde_name, status: toStatus(r.status), createdAt: toIso(r.created_at) }));
}
