/**
 * runQuery(dataset, query): the one query engine behind the table, the facet counts, the charts,
 * the JSON API and the export. One pass over the rows decides for each row which filters it
 * fails; a row failing none matches and counts in every facet, a row failing exactly one filter
 * counts only in that field's facet (counts apply all other filters, not the own one). Cross-tabs
 * (the stacked phase chart, the Ressort index) are counted in the same pass, by the same rule.
 */
import type { Dataset } from "../dataset/dataset";
import { forEachTextContaining, markRowsContaining } from "../dataset/search-index";
import { sortOrder } from "../dataset/sort";
import { searchWords } from "../fold";
import type { Leistung } from "../leistung";
import {
  type ControlledField,
  MULTI_CONTROLLED_FIELDS,
  SINGLE_CONTROLLED_FIELDS,
  type SingleControlledField,
} from "../vocabulary";
import type { Query } from "./query";
import { rowAt, rowIndexOf } from "../dataset/rows";

/** Count the rows of `rowField`'s facet by their codes of `rowField` and `colField`. */
export interface CrossTabSpec {
  rowField: SingleControlledField;
  colField: SingleControlledField;
}

export interface CrossTab extends CrossTabSpec {
  /** counts[rowCode][colCode], codes as in the Dataset's dictionaries (0 = nicht festgelegt). */
  counts: Uint32Array[];
}

/**
 * A facet that is no column of the file but is derived per row (e.g. how far Kommunen reuse the
 * service): its codes per row index, 0 … size-1, and the codes selected. It filters and counts
 * exactly like a single-valued column: its counts apply all other filters, not its own.
 */
export interface DerivedFacet {
  /** Per row index of the Dataset: the row's code. */
  codes: Uint8Array;
  /** Number of codes. */
  size: number;
  /** Codes kept; empty or absent: the facet does not filter. */
  selected?: readonly number[];
}

export interface RunOptions {
  crossTabs?: readonly CrossTabSpec[];
  /** Only rows marked 1 here may match (e.g. those changed since an older Stand). */
  rowMask?: Uint8Array;
  derived?: readonly DerivedFacet[];
}

export interface QueryResult {
  total: number;
  page: number;
  size: number;
  rows: Leistung[];
  /** Per controlled field: count per dictionary code (all filters but the field's own apply). */
  facetCounts: Record<ControlledField, Uint32Array>;
  /** Per derived facet of RunOptions, in that order: count per code, by the same rule. */
  derivedCounts: Uint32Array[];
  /** The cross-tabs asked for in RunOptions, in that order; each row sums to the row field's facet count. */
  crossTabs: CrossTab[];
  /** 1 for each row index that matches every filter. */
  matches: Uint8Array;
  /** Row indices in the requested sort order (all rows; combine with `matches`). */
  order: Uint32Array;
}

/** Row indices whose search text contains every word (folded); null when there is no search. */
export function searchMatches(dataset: Dataset, q: string): Uint8Array | null {
  const words = searchWords(q);
  if (words.length === 0) return null;
  const n = dataset.rowCount;
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

/** Which dictionary codes of a field are selected, or null when the field is not filtered. */
function selectionMask(dataset: Dataset, query: Query, field: ControlledField): Uint8Array | null {
  const values = query.filters[field];
  if (!values?.length) return null;
  const dictionary = dataset.dictionaries[field];
  const mask = new Uint8Array(dictionary.length);
  for (const v of values) {
    const code = dictionary.indexOf(v);
    if (code >= 0) mask[code] = 1;
  }
  return mask;
}

/** Search, OZG-ID selection and row mask combined: rows that may match at all; null when none is set. */
function candidateRows(dataset: Dataset, query: Query, rowMask: Uint8Array | undefined): Uint8Array | null {
  let candidate = searchMatches(dataset, query.q);
  if (query.ozgIds.length > 0) {
    const selected = new Uint8Array(dataset.rowCount);
    for (const id of query.ozgIds) {
      const r = rowIndexOf(dataset, id);
      if (r !== undefined && (candidate === null || candidate[r] === 1)) selected[r] = 1;
    }
    candidate = selected;
  }
  if (rowMask) {
    if (candidate === null) return rowMask;
    for (let r = 0; r < candidate.length; r++) candidate[r] &= rowMask[r];
  }
  return candidate;
}

/** A derived facet's selection as a mask over its codes, or null when it does not filter. */
function derivedMask(facet: DerivedFacet): Uint8Array | null {
  if (!facet.selected?.length) return null;
  const mask = new Uint8Array(facet.size);
  for (const code of facet.selected) if (code >= 0 && code < facet.size) mask[code] = 1;
  return mask;
}

/**
 * The filters as parallel arrays, single-valued ones first (the columns in the order of
 * SINGLE_CONTROLLED_FIELDS, then the derived facets), then multi-valued columns; each with its
 * codes, mask and counts. `fields` names the columns; a derived facet is named null.
 */
function filterColumns(dataset: Dataset, query: Query, derived: readonly DerivedFacet[]) {
  const fields: (ControlledField | null)[] = [...SINGLE_CONTROLLED_FIELDS, ...derived.map(() => null), ...MULTI_CONTROLLED_FIELDS];
  const masks = [
    ...SINGLE_CONTROLLED_FIELDS.map((f) => selectionMask(dataset, query, f)),
    ...derived.map(derivedMask),
    ...MULTI_CONTROLLED_FIELDS.map((f) => selectionMask(dataset, query, f)),
  ];
  const counts = [
    ...SINGLE_CONTROLLED_FIELDS.map((f) => new Uint32Array(dataset.dictionaries[f].length)),
    ...derived.map((d) => new Uint32Array(d.size)),
    ...MULTI_CONTROLLED_FIELDS.map((f) => new Uint32Array(dataset.dictionaries[f].length)),
  ];
  const single: ArrayLike<number>[] = [...SINGLE_CONTROLLED_FIELDS.map((f) => dataset.codes[f]), ...derived.map((d) => d.codes)];
  const lists = MULTI_CONTROLLED_FIELDS.map((f) => dataset.lists[f]);
  return { fields, masks, counts, single, lists };
}

export function runQuery(dataset: Dataset, query: Query, options: RunOptions = {}): QueryResult {
  const n = dataset.rowCount;
  const candidate = candidateRows(dataset, query, options.rowMask);
  const derived = options.derived ?? [];
  for (const d of derived) if (d.codes.length !== n) throw new RangeError(`A derived facet needs one code per row (${d.codes.length} for ${n} rows)`);
  const { fields, masks, counts, single, lists } = filterColumns(dataset, query, derived);
  const singleCount = single.length;
  const active = masks.flatMap((mask, i) => (mask ? [i] : []));

  // Each cross-tab is counted into one flat array (rowCode * width + colCode), split into rows at the end.
  const specs = options.crossTabs ?? [];
  const tabWidth = specs.map((s) => dataset.dictionaries[s.colField].length);
  const tabFlat = specs.map((s, t) => new Uint32Array(dataset.dictionaries[s.rowField].length * tabWidth[t]));
  const tabRows = specs.map((s) => dataset.codes[s.rowField]);
  const tabCols = specs.map((s) => dataset.codes[s.colField]);
  const tabField = specs.map((s) => fields.indexOf(s.rowField));
  const tabCount = specs.length;

  function countList(i: number, r: number): void {
    const { start, codes } = lists[i - singleCount];
    const count = counts[i];
    const from = start[r];
    const to = start[r + 1];
    if (from === to) count[0]++;
    for (let j = from; j < to; j++) count[codes[j]]++;
  }

  const fieldCount = fields.length;
  const matches = new Uint8Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) {
    if (candidate !== null && candidate[r] === 0) continue;
    let failed = 0;
    let failedField = -1;
    for (let k = 0; k < active.length; k++) {
      const i = active[k];
      const mask = masks[i]!;
      let passes: boolean;
      if (i < singleCount) {
        passes = mask[single[i][r]] === 1;
      } else {
        // Multi-valued (Lebenslage): any of the row's codes selected; no value counts as code 0.
        const { start, codes } = lists[i - singleCount];
        const from = start[r];
        const to = start[r + 1];
        passes = from === to && mask[0] === 1;
        for (let j = from; j < to && !passes; j++) passes = mask[codes[j]] === 1;
      }
      if (!passes) {
        failedField = i;
        if (++failed > 1) break;
      }
    }
    if (failed > 1) continue;
    if (failed === 0) {
      matches[r] = 1;
      total++;
      // The hot path of an unfiltered view: every row counts in every facet.
      for (let i = 0; i < singleCount; i++) counts[i][single[i][r]]++;
      for (let i = singleCount; i < fieldCount; i++) countList(i, r);
    } else if (failedField < singleCount) {
      counts[failedField][single[failedField][r]]++;
    } else {
      countList(failedField, r);
    }
    for (let t = 0; t < tabCount; t++) {
      if (failed === 0 || tabField[t] === failedField) tabFlat[t][tabRows[t][r] * tabWidth[t] + tabCols[t][r]]++;
    }
  }

  const tabs: CrossTab[] = specs.map((spec, t) => ({
    ...spec,
    counts: dataset.dictionaries[spec.rowField].map((_, code) => tabFlat[t].subarray(code * tabWidth[t], (code + 1) * tabWidth[t])),
  }));

  const facetCounts = {} as Record<ControlledField, Uint32Array>;
  fields.forEach((f, i) => {
    if (f !== null) facetCounts[f] = counts[i];
  });
  const derivedCounts = derived.map((_, k) => counts[SINGLE_CONTROLLED_FIELDS.length + k]);
  const order = sortOrder(dataset, query.sort.field, query.sort.desc);
  const rows = pageOf(dataset, order, matches, total, query.page, query.size);
  return { total, page: query.page, size: query.size, rows, facetCounts, derivedCounts, crossTabs: tabs, matches, order };
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
    if (seen >= first) rows.push(rowAt(dataset, r));
    seen++;
  }
  return rows;
}

/** All matching rows in sort order, lazily (the export streams them). */
export function* matchingRows(dataset: Dataset, result: Pick<QueryResult, "matches" | "order">): Generator<Leistung> {
  const { matches, order } = result;
  for (let i = 0; i < order.length; i++) if (matches[order[i]] === 1) yield rowAt(dataset, order[i]);
}

export function lastPage(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}
