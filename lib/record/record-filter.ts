/**
 * The record's filter from a URL (the staff page /verwaltung/protokoll, its export and
 * GET /api/protokoll): `action`, `actor`, `von`, `bis`, and `seite` (page) or `limit`/`offset`.
 * `von`/`bis` are calendar days in Europe/Berlin (YYYY-MM-DD, both included) or, for scripts,
 * ISO 8601 instants with a time zone (`von` included, `bis` excluded). Every bad value gets its
 * own German message; the caller answers 400 (API) or shows them (page).
 */
import { berlinStartOfDay } from "../berlin-time";
import { isIsoDate } from "../iso-date";
import { RECORD_ACTIONS, RECORD_DEFAULT_LIMIT, type RecordAction, type RecordFilter, isRecordAction } from "./record";

export const RECORD_PAGE_SIZE = 100;
export const API_MAX_LIMIT = 1000;
const MAX_ACTOR_LENGTH = 254;
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/** What the form shows again (the raw values), and the filter for the query. */
export interface RecordFilterParams {
  action?: RecordAction;
  actor?: string;
  von?: string;
  bis?: string;
}

export interface ParsedRecordFilter {
  params: RecordFilterParams;
  filter: RecordFilter;
  problems: string[];
}

function single(search: URLSearchParams, name: string, problems: string[]): string | undefined {
  const values = search.getAll(name);
  if (values.length > 1) problems.push(`Der Parameter „${name}“ darf nur einmal vorkommen.`);
  const value = values[0]?.trim();
  return value ? value : undefined;
}

/** The day after an ISO date. */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** An instant (ISO, UTC) from a day or an instant; `end` means "after that day" for days. */
function boundary(name: string, value: string, end: boolean, problems: string[]): string | undefined {
  if (isIsoDate(value)) return new Date(berlinStartOfDay(end ? nextDay(value) : value)).toISOString();
  if (INSTANT_RE.test(value) && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  problems.push(`„${name}“ muss ein Datum (JJJJ-MM-TT) oder ein Zeitpunkt nach ISO 8601 mit Zeitzone sein, nicht „${value}“.`);
  return undefined;
}

function integer(name: string, value: string | undefined, min: number, max: number, problems: string[]): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push(`„${name}“ muss eine ganze Zahl von ${min} bis ${max} sein, nicht „${value}“.`);
    return undefined;
  }
  return n;
}

function parseCommon(search: URLSearchParams, problems: string[]): { params: RecordFilterParams; filter: RecordFilter } {
  const params: RecordFilterParams = {};
  const filter: RecordFilter = {};
  const action = single(search, "action", problems);
  if (action !== undefined) {
    if (isRecordAction(action)) params.action = filter.action = action;
    else problems.push(`„${action}“ ist keine Aktion des Protokolls. Erlaubt: ${RECORD_ACTIONS.join(", ")}.`);
  }
  const actor = single(search, "actor", problems);
  if (actor !== undefined) {
    if ([...actor].length > MAX_ACTOR_LENGTH) problems.push(`„actor“ darf höchstens ${MAX_ACTOR_LENGTH} Zeichen lang sein.`);
    // Accounts are stored in lower case; „Kommandozeile“ and „System“ are not.
    else params.actor = filter.actor = actor.includes("@") ? actor.toLowerCase() : actor;
  }
  const von = single(search, "von", problems);
  const bis = single(search, "bis", problems);
  if (von !== undefined) {
    params.von = von;
    filter.from = boundary("von", von, false, problems);
  }
  if (bis !== undefined) {
    params.bis = bis;
    filter.to = boundary("bis", bis, true, problems);
  }
  if (filter.from && filter.to && filter.from >= filter.to) problems.push("„von“ muss vor „bis“ liegen.");
  return { params, filter };
}

/** The staff page and its export: the filter and `seite` (1-based, 100 entries a page). */
export function parsePageRecordFilter(search: URLSearchParams): ParsedRecordFilter & { page: number } {
  const problems: string[] = [];
  const { params, filter } = parseCommon(search, problems);
  const page = integer("seite", single(search, "seite", problems), 1, 1_000_000, problems) ?? 1;
  return { params, filter: { ...filter, limit: RECORD_PAGE_SIZE, offset: (page - 1) * RECORD_PAGE_SIZE }, problems, page };
}

/** GET /api/protokoll: the filter with `limit` (1 to 1000, default 100) and `offset`. */
export function parseApiRecordFilter(search: URLSearchParams): ParsedRecordFilter {
  const problems: string[] = [];
  const { params, filter } = parseCommon(search, problems);
  const limit = integer("limit", single(search, "limit", problems), 1, API_MAX_LIMIT, problems) ?? RECORD_DEFAULT_LIMIT;
  const offset = integer("offset", single(search, "offset", problems), 0, 100_000_000, problems) ?? 0;
  return { params, filter: { ...filter, limit, offset }, problems };
}
