/**
 * The staff filters of declarations (GET /api/nachnutzung, /verwaltung/nachnutzung, the matrix
 * and the export): `ozgId` (repeatable), `kreis` (name, official name or Kreisschlüssel),
 * `status` (repeatable), `abfrage` (a call: its services), `format` (csv, xlsx). Parsed once,
 * German messages; the API answers 400 with them, pages show them and drop the bad value.
 */
import { KREISE, findKreis } from "../reuse-vocabulary/kommunen";
import { REUSE_STATUSES, type ReuseStatus, isReuseStatus } from "../reuse-vocabulary/status";
import { type SearchParamsInput, allValues, lastValue } from "./input";
import { type ParamProblem, paramProblem } from "./problem";
import { InvalidValues, boundedValues } from "./repeated";

export interface ReuseFilter {
  ozgIds: string[];
  /** Kreisschlüssel. */
  kreis: string | null;
  statuses: ReuseStatus[];
  /** A call's id. */
  abfrage: string | null;
}

export const EMPTY_REUSE_FILTER: ReuseFilter = { ozgIds: [], kreis: null, statuses: [], abfrage: null };

const CALL_ID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseReuseFilter(input: SearchParamsInput): { filter: ReuseFilter; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const ozgIds: string[] = [];
  const badIds = new InvalidValues("ozgId", problems);
  for (const raw of boundedValues(input, "ozgId", 200, problems)) {
    if (/^\d{1,12}$/.test(raw)) {
      if (!ozgIds.includes(raw)) ozgIds.push(raw);
    } else badIds.add(raw, `Parameter „ozgId“: „${raw}“ ist keine OZG-ID (nur Ziffern).`);
  }
  badIds.close();

  const kreisRaw = lastValue(input, "kreis");
  const kreis = kreisRaw === undefined ? null : (findKreis(kreisRaw)?.key ?? null);
  if (kreisRaw !== undefined && kreis === null) {
    problems.push(paramProblem("kreis", kreisRaw, `„${kreisRaw}“ ist kein Landkreis und keine kreisfreie Stadt Sachsen-Anhalts. Erlaubt: ${KREISE.map((k) => k.name).join(", ")} (oder ihr Kreisschlüssel).`));
  }

  const statuses: ReuseStatus[] = [];
  const badStatus = new InvalidValues("status", problems);
  for (const raw of boundedValues(input, "status", REUSE_STATUSES.length, problems)) {
    const value = raw.toLowerCase();
    if (isReuseStatus(value)) {
      if (!statuses.includes(value)) statuses.push(value);
    } else badStatus.add(raw, `Parameter „status“: „${raw}“ ist kein Status. Erlaubt: ${REUSE_STATUSES.join(", ")}.`);
  }
  badStatus.close();

  const abfrageRaw = lastValue(input, "abfrage");
  const abfrage = abfrageRaw !== undefined && CALL_ID_RE.test(abfrageRaw) ? abfrageRaw.toLowerCase() : null;
  if (abfrageRaw !== undefined && abfrage === null) problems.push(paramProblem("abfrage", abfrageRaw, `„${abfrageRaw}“ ist keine Kennung einer Abfrage.`));

  return { filter: { ozgIds, kreis, statuses: REUSE_STATUSES.filter((s) => statuses.includes(s)), abfrage }, problems };
}

export type ExportFormat = "json" | "csv" | "xlsx";

/** `format`: csv or xlsx; without it JSON (the API) or the page. */
export function parseExportFormat(input: SearchParamsInput): { format: ExportFormat; problem: ParamProblem | null } {
  const raw = lastValue(input, "format");
  if (raw === undefined) return { format: "json", problem: null };
  const value = raw.toLowerCase();
  if (value === "csv" || value === "xlsx" || value === "json") return { format: value, problem: null };
  return { format: "json", problem: paramProblem("format", raw, `„${raw}“ ist kein Format. Erlaubt: csv, xlsx.`) };
}

/** The filter as URL parameters (canonical order), for links and the export. */
export function reuseFilterParams(filter: ReuseFilter): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  if (filter.ozgIds.length) params.ozgId = [...filter.ozgIds].sort((a, b) => Number(a) - Number(b));
  if (filter.kreis) params.kreis = filter.kreis;
  if (filter.statuses.length) params.status = filter.statuses;
  if (filter.abfrage) params.abfrage = filter.abfrage;
  return params;
}

/** True when some value of a repeatable parameter was given (also an invalid one). */
export function hasParam(input: SearchParamsInput, name: string): boolean {
  return allValues(input, name).some((v) => v.trim() !== "");
}
