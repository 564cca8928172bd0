/**
 * Cross-tabs for stacked charts: for the rows a field's facet counts (all filters and the search
 * apply, the field's own filter does not), how many fall into each pair of codes of two fields.
 * run.ts counts facets in one pass but keeps no pairs, so this is a second pass over the same
 * Dataset codes with the same filter rules (candidateRows and selectionMasks from run.ts).
 */
import type { Dataset, SingleControlledField } from "../dataset/dataset";
import type { Query } from "../query/query";
import { candidateRows, selectionMasks } from "../query/run";
import { CONTROLLED_FIELDS, type ControlledField } from "../vocabulary";

export interface CrossTab {
  rowField: SingleControlledField;
  colField: SingleControlledField;
  /** counts[rowCode][colCode], codes as in the Dataset's dictionaries (0 = nicht festgelegt). */
  counts: Uint32Array[];
}

/**
 * 1 for each row that passes the search, the OZG-ID selection and every filter except `except`'s:
 * exactly the rows that `except`'s facet counts in runQuery.
 */
export function rowsCountedFor(dataset: Dataset, query: Query, except: ControlledField): Uint8Array {
  const n = dataset.rows.length;
  const candidate = candidateRows(dataset, query);
  const selected = selectionMasks(dataset, query);
  const single: [Uint16Array, Uint8Array][] = [];
  let lebenslage: Uint8Array | undefined;
  for (const field of CONTROLLED_FIELDS) {
    const mask = selected[field];
    if (field === except || mask === null) continue;
    if (field === "lebenslage") lebenslage = mask;
    else single.push([dataset.codes[field], mask]);
  }
  const { lebenslageStart: start, lebenslageCodes: codes } = dataset;
  const passes = new Uint8Array(n);
  rows: for (let r = 0; r < n; r++) {
    if (candidate !== null && candidate[r] === 0) continue;
    for (const [column, mask] of single) if (mask[column[r]] === 0) continue rows;
    if (lebenslage) {
      // A row without Lebenslage counts as "nicht festgelegt" (code 0), as in run.ts.
      let any = start[r] === start[r + 1] ? lebenslage[0] : 0;
      for (let j = start[r]; j < start[r + 1] && any === 0; j++) any = lebenslage[codes[j]];
      if (any === 0) continue;
    }
    passes[r] = 1;
  }
  return passes;
}

/**
 * Rows of `rowField`'s facet (all filters but its own) counted by the codes of `rowField` and
 * of each of `colFields`, in one pass. Summed over a column field, each row of a tab equals
 * `rowField`'s facet count.
 */
export function crossTabs(
  dataset: Dataset,
  query: Query,
  rowField: SingleControlledField,
  colFields: readonly SingleControlledField[],
): CrossTab[] {
  const passes = rowsCountedFor(dataset, query, rowField);
  const rowCodes = dataset.codes[rowField];
  const tabs = colFields.map((colField) => ({
    rowField,
    colField,
    counts: dataset.dictionaries[rowField].map(() => new Uint32Array(dataset.dictionaries[colField].length)),
  }));
  const columns = colFields.map((f) => dataset.codes[f]);
  for (let r = 0; r < passes.length; r++) {
    if (passes[r] === 0) continue;
    for (let t = 0; t < tabs.length; t++) tabs[t].counts[rowCodes[r]][columns[t][r]]++;
  }
  return tabs;
}

export function crossTab(dataset: Dataset, query: Query, rowField: SingleControlledField, colField: SingleControlledField): CrossTab {
  return crossTabs(dataset, query, rowField, [colField])[0];
}
