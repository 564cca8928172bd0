/**
 * The query language shared by the pages, the JSON API and the export (docs/contract.md §4), as a typed
 * value. This module is free of zod and server code, so client components can build links with it.
 */
import { REUSE_PARAM, type ReuseStage, stageOrder } from "../reuse-vocabulary/stage";
import { CHARTS_HIDDEN, CHARTS_PARAM, CHART_PARAM, DEFAULT_STACK, STACK_OPTIONS, type StackField } from "./stack";
import { CONTROLLED_FIELDS, type ControlledField, FIELD_IDS, type FieldId, NOT_SET, VOCABULARY } from "../vocabulary";

export interface SortSpec {
  field: FieldId;
  desc: boolean;
}

export interface Query {
  /** Search words as typed (trimmed). */
  q: string;
  /** Selected services by OZG-ID (OR), e.g. the services a news item names; empty = all. */
  ozgIds: string[];
  /** Selected values per field, canonical; "" selects empty cells ("nicht festgelegt"). */
  filters: Partial<Record<ControlledField, string[]>>;
  /** How far Kommunen reuse the service (a derived facet, lib/reuse-vocabulary/stage.ts); empty = all. */
  nachnutzung: ReuseStage[];
  sort: SortSpec;
  page: number;
  size: number;
  /** A published Stand, or null for the newest. */
  stand: string | null;
  /** Columns shown / exported, or null for the default set. */
  cols: FieldId[] | null;
  /** What the dashboard's phase chart is stacked by (view only: rows and export ignore it). */
  chart: StackField;
  /** The dashboard shows its charts below the table (default) or only a one-line summary (`diagramme=aus`). View only. */
  chartsShown: boolean;
  /** A published Stand older than the shown one: keep only services new or changed since then. */
  geaendertSeit: string | null;
  /** With `geaendertSeit`: only changes of these fields count; empty = any field. */
  geaendert: FieldId[];
}

export const DEFAULT_SORT: SortSpec = { field: "ozgId", desc: false };
export const DEFAULT_PAGE_SIZE = 50;
export const PAGE_SIZES = [10, 25, 50, 100, 250] as const;
export const MAX_PAGE_SIZE = 500;

/** Columns of the table when the URL names none. */
export const DEFAULT_COLUMNS: readonly FieldId[] = [
  "ozgId",
  "leistung",
  "themenfeld",
  "ressort",
  "prioritaet",
  "phase",
  "umsetzungsmodell",
];

export const EMPTY_QUERY: Query = {
  q: "",
  ozgIds: [],
  filters: {},
  nachnutzung: [],
  sort: DEFAULT_SORT,
  page: 1,
  size: DEFAULT_PAGE_SIZE,
  stand: null,
  cols: null,
  chart: DEFAULT_STACK,
  chartsShown: true,
  geaendertSeit: null,
  geaendert: [],
};

export function sortKey(sort: SortSpec): string {
  return (sort.desc ? "-" : "") + sort.field;
}

/** Filter values as written in the URL: "" is spelled "nicht festgelegt". */
export function filterParamValue(value: string): string {
  return value === "" ? NOT_SET : value;
}

function vocabularyOrder(field: ControlledField, values: string[]): string[] {
  const list = VOCABULARY[field].values;
  if (list.length === 0) return [...values].sort((a, b) => (a === "" ? 1 : b === "" ? -1 : a.localeCompare(b, "de")));
  const rank = (v: string) => (v === "" ? list.length : list.indexOf(v));
  return [...values].sort((a, b) => rank(a) - rank(b));
}

/** The order of parameters in a canonical query string (toSearchParams writes them so). */
export const CANONICAL_PARAM_ORDER: readonly string[] = [
  "q",
  "ozgId",
  ...CONTROLLED_FIELDS,
  "geaendertSeit",
  "geaendert",
  "sort",
  "page",
  "size",
  "stand",
  "cols",
  CHART_PARAM,
  CHARTS_PARAM,
];

/**
 * The canonical query string of a query: defaults and empty values dropped, filters in field
 * and vocabulary order, so that equal views have equal URLs. Without a leading "?".
 */
export function toSearchParams(query: Query): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set("q", query.q.trim());
  for (const id of [...new Set(query.ozgIds)].sort((a, b) => Number(a) - Number(b))) params.append("ozgId", id);
  for (const field of CONTROLLED_FIELDS) {
    const values = query.filters[field];
    if (!values?.length) continue;
    for (const v of vocabularyOrder(field, [...new Set(values)])) params.append(field, filterParamValue(v));
  }
  for (const stage of stageOrder(query.nachnutzung)) params.append(REUSE_PARAM, stage);
  if (query.geaendertSeit) {
    params.set("geaendertSeit", query.geaendertSeit);
    for (const field of FIELD_IDS) if (query.geaendert.includes(field)) params.append("geaendert", field);
  }
  if (query.sort.field !== DEFAULT_SORT.field || query.sort.desc !== DEFAULT_SORT.desc) params.set("sort", sortKey(query.sort));
  if (query.page !== 1) params.set("page", String(query.page));
  if (query.size !== DEFAULT_PAGE_SIZE) params.set("size", String(query.size));
  if (query.stand) params.set("stand", query.stand);
  if (query.cols && query.cols.join(",") !== DEFAULT_COLUMNS.join(",")) params.set("cols", query.cols.join(","));
  if (query.chart !== DEFAULT_STACK) params.set(CHART_PARAM, STACK_OPTIONS.find((o) => o.field === query.chart)!.param);
  if (!query.chartsShown) params.set(CHARTS_PARAM, CHARTS_HIDDEN);
  return params;
}

/** The query with one reuse stage added or removed; back to page 1. */
export function toggleStage(query: Query, stage: ReuseStage): Query {
  const next = query.nachnutzung.includes(stage) ? query.nachnutzung.filter((s) => s !== stage) : [...query.nachnutzung, stage];
  return { ...query, nachnutzung: next, page: 1 };
}

/** The query with one filter value added or removed; back to page 1. */
export function toggleFilter(query: Query, field: ControlledField, value: string): Query {
  const current = query.filters[field] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...query, filters: { ...query.filters, [field]: next }, page: 1 };
}

export function hasActiveFilters(query: Query): boolean {
  return (
    query.q.trim() !== "" ||
    query.ozgIds.length > 0 ||
    query.geaendertSeit !== null ||
    query.nachnutzung.length > 0 ||
    CONTROLLED_FIELDS.some((f) => (query.filters[f]?.length ?? 0) > 0)
  );
}

/** The query without search and filters, keeping Stand, sort, size and columns. */
export function withoutFilters(query: Query): Query {
  return { ...query, q: "", ozgIds: [], filters: {}, nachnutzung: [], geaendertSeit: null, geaendert: [], page: 1 };
}

/**
 * The part of a query that selects services (search, OZG-IDs, filters): what the changes feed
 * depends on. Sort, paging, columns, chart, Stand and "geändert seit" only shape a table; the
 * reuse stage (`nachnutzung`) describes today, not the Stände the feed goes through.
 */
export function selectionQuery(query: Query): Query {
  // Not the reuse stage: it is today's state, not a property of the Stände a changes feed goes through.
  return { ...EMPTY_QUERY, q: query.q, ozgIds: query.ozgIds, filters: query.filters };
}
