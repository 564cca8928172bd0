/**
 * run(query, dataset): the one query engine behind the table, the facet counts, the charts,
 * the JSON API and the export. One pass over the rows decides for each row which filters it
 * fails; a row failing none matches and counts in every facet, a row failing exactly one
 * filter counts only in that field's facet (counts apply all other filters, not the own one).
 */
import type { Dataset, SingleControlledField } from "../dataset/dataset";
import { forEachTextContaining, markRowsContaining } from "../dataset/search-index";
import { SINGLE_CONTROLLED_FIELDS } from "../dataset/dataset";
import { searchWords } from "../fold";
import type { Leistung } from "../overview/schema";
import { CONTROLLED_FIELDS, type ControlledField, NOT_SET, VOCABULARY } from "../vocabulary";
import { type Query, sortKey } from "./query";

export interface FacetValue {
  value: string;
  count: number;
}

export type Facets = Record<ControlledField, FacetValue[]>;

export interface QueryResult {
  total: number;
  page: number;
  size: number;
  rows: Leistung[];
  facets: Facets;
  /** Per controlled field: count per dictionary code (for charts), same numbers as `facets`. */
  facetCounts: Record<ControlledField, Uint32Array>;
  /** 1 for each row index that matches every filter. */
  matches: Uint8Array;
  /** Row indices in the requested sort order (all rows; combine with `matches`). */
  order: Uint32Array;
}

/** Row indices whose search text contains every word (folded); null when there is no search. */
export function searchMatches(dataset: Dataset, q: string): Uint8Array | null {
  const words = searchWords(q);
  if (words.length === 0) return null;
  const n = dataset.rows.length;
  const code = dataset.sharedSearchCode;
  const hits = new Uint8Array(n).fill(1);
  const own = new Uint8Array(n);
  const shared = new Uint8Array(dataset.sharedSearch.start.length - 1);
  for (const word of words) {
    own.fill(0);
    shared.fill(0);
    markRowsContaining(dataset.search, word, own);
    forEachTextContaining(dataset.ozgIdText, word, (r) => (own[r] = 1));
    forEachTextContaining(dataset.sharedSearch, word, (t) => (shared[t] = 1));
    let left = 0;
    for (let r = 0; r < n; r++) {
      if (own[r] === 0 && shared[code[r]] === 0) hits[r] = 0;
      else left += hits[r];
    }
    if (left === 0) break;
  }
  return hits;
}

/** Per field: which dictionary codes are selected, or null when the field is not filtered. */
export function selectionMasks(dataset: Dataset, query: Query): Record<ControlledField, Uint8Array | null> {
  const masks = {} as Record<ControlledField, Uint8Array | null>;
  for (const field of CONTROLLED_FIELDS) {
    const values = query.filters[field];
    if (!values?.length) {
      masks[field] = null;
      continue;
    }
    const dictionary = dataset.dictionaries[field];
    const mask = new Uint8Array(dictionary.length);
    for (const v of values) {
      const code = dictionary.indexOf(v);
      if (code >= 0) mask[code] = 1;
    }
    masks[field] = mask;
  }
  return masks;
}

function facetList(dataset: Dataset, field: ControlledField, counts: Uint32Array): FacetValue[] {
  const dictionary = dataset.dictionaries[field];
  const list: FacetValue[] = [];
  for (let code = 1; code < dictionary.length; code++) list.push({ value: dictionary[code], count: counts[code] });
  // "nicht festgelegt" is a value of its own, except where a cell can never be empty.
  const canBeEmpty = field !== "themenfeld" && VOCABULARY[field].emptyMeans === NOT_SET;
  if (canBeEmpty) list.push({ value: NOT_SET, count: counts[0] });
  return list;
}

/** Search and OZG-ID selection combined: rows that may match at all; null when neither is set. */
export function candidateRows(dataset: Dataset, query: Query): Uint8Array | null {
  const search = searchMatches(dataset, query.q);
  if (query.ozgIds.length === 0) return search;
  const selected = new Uint8Array(dataset.rows.length);
  for (const id of query.ozgIds) {
    const r = dataset.rowIndexById.get(id);
    if (r !== undefined && (search === null || search[r] === 1)) selected[r] = 1;
  }
  return selected;
}

export function runQuery(dataset: Dataset, query: Query): QueryResult {
  const n = dataset.rows.length;
  const search = candidateRows(dataset, query);
  const masks = selectionMasks(dataset, query);

  const singleFields = SINGLE_CONTROLLED_FIELDS;
  const columns: Uint16Array[] = singleFields.map((f) => dataset.codes[f]);
  const filters: (Uint8Array | null)[] = singleFields.map((f) => masks[f]);
  const counts: Uint32Array[] = singleFields.map((f) => new Uint32Array(dataset.dictionaries[f].length));
  const lebenslageFilter = masks.lebenslage;
  const lebenslageCounts = new Uint32Array(dataset.dictionaries.lebenslage.length);
  const { lebenslageStart: llStart, lebenslageCodes: llCodes } = dataset;
  const LEBENSLAGE = -2;
  const activeFields: number[] = [];
  filters.forEach((f, i) => f && activeFields.push(i));
  const fieldCount = columns.length;

  const matches = new Uint8Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) {
    if (search !== null && search[r] === 0) continue;
    let failed = 0;
    let failedField = -1;
    for (let k = 0; k < activeFields.length; k++) {
      const i = activeFields[k];
      if (filters[i]![columns[i][r]] === 0) {
        failed++;
        failedField = i;
        if (failed > 1) break;
      }
    }
    if (failed > 1) continue;
    if (lebenslageFilter !== null) {
      let any = 0;
      const from = llStart[r];
      const to = llStart[r + 1];
      if (from === to) any = lebenslageFilter[0];
      else for (let j = from; j < to && any === 0; j++) any = lebenslageFilter[llCodes[j]];
      if (any === 0) {
        failed++;
        failedField = LEBENSLAGE;
        if (failed > 1) continue;
      }
    }
    if (failed === 0) {
      matches[r] = 1;
      total++;
      for (let i = 0; i < fieldCount; i++) counts[i][columns[i][r]]++;
      countLebenslage(r);
    } else if (failedField === LEBENSLAGE) {
      countLebenslage(r);
    } else {
      counts[failedField][columns[failedField][r]]++;
    }
  }

  function countLebenslage(r: number) {
    const from = llStart[r];
    const to = llStart[r + 1];
    if (from === to) lebenslageCounts[0]++;
    for (let j = from; j < to; j++) lebenslageCounts[llCodes[j]]++;
  }

  const facetCounts = { lebenslage: lebenslageCounts } as Record<ControlledField, Uint32Array>;
  singleFields.forEach((f: SingleControlledField, i) => (facetCounts[f] = counts[i]));
  const facets = {} as Facets;
  for (const field of CONTROLLED_FIELDS) facets[field] = facetList(dataset, field, facetCounts[field]);

  const order = dataset.sortOrder(sortKey(query.sort));
  const rows = pageOf(dataset, order, matches, total, query.page, query.size);
  return { total, page: query.page, size: query.size, rows, facets, facetCounts, matches, order };
}

/** The rows of one page, walking the sort order and skipping rows that do not match. */
function pageOf(dataset: Dataset, order: Uint32Array, matches: Uint8Array, total: number, page: number, size: number): Leistung[] {
  const first = (page - 1) * size;
  if (first >= total) return [];
  const rows: Leistung[] = [];
  let seen = 0;
  for (let i = 0; i < order.length && rows.length < size; i++) {
    const r = order[i];
    if (matches[r] === 0) continue;
    if (seen >= first) rows.push(dataset.rows[r]);
    seen++;
  }
  return rows;
}

/** All matching rows in sort order, lazily (the export streams them). */
export function* matchingRows(dataset: Dataset, result: Pick<QueryResult, "matches" | "order">): Generator<Leistung> {
  const { matches, order } = result;
  for (let i = 0; i < order.length; i++) if (matches[order[i]] === 1) yield dataset.rows[order[i]];
}

export function lastPage(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}
