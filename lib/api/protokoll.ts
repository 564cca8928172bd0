/**
 * GET /api/protokoll (Bearer, roles redaktion and admin): the record, newest first, as
 * { "entries": [ { "at", "actor", "action", "details" } ] }; filters `action`, `actor`, `von`,
 * `bis`, `limit` (1 to 1000, default 100), `offset` (lib/record/record-filter.ts).
 */
import "server-only";
import type { Db } from "../db/schema";
import { type RecordEntry, listRecord } from "../record/record";
import { parseApiRecordFilter } from "../record/record-filter";
import { json } from "./json";
import { DATABASE_DOWN_MESSAGE, staffCaller } from "./staff-caller";

export function recordEntryJson(entry: RecordEntry): { at: string; actor: string; action: string; details: Record<string, unknown> } {
  return { at: entry.at, actor: entry.actor, action: entry.action, details: entry.details };
}

/** The answer for a caller already checked (exported for the OpenAPI test). */
export async function protokollAnswer(db: Db, search: URLSearchParams): Promise<Response> {
  const { filter, problems } = parseApiRecordFilter(search);
  if (problems.length > 0) return json({ error: problems.join(" ") }, 400);
  try {
    return json({ entries: (await listRecord(db, filter)).map(recordEntryJson) }, 200, { "Cache-Control": "no-store" });
  } catch (error) {
    console.error(`API: Datenbank nicht erreichbar (${(error as Error).message})`);
    return json({ error: DATABASE_DOWN_MESSAGE }, 503);
  }
}

export async function getProtokollResponse(request: Request): Promise<Response> {
  const caller = await staffCaller(request, {
    roles: ["redaktion", "admin"],
    forbidden: "Ihre Rolle darf das Protokoll nicht lesen.",
    refuseCrossSiteReads: true,
  });
  if (!caller.ok) return caller.response;
  return protokollAnswer(caller.db, new URL(request.url).searchParams);
}
