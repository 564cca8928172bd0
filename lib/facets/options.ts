/**
 * Facet values as the pages show them: one shape (value, labels, count, selected, toggle link)
 * for the facet lists, the chips of active filters and the charts alike. Counts come from
 * runQuery's facetCounts (all filters but the field's own apply).
 */
import type { Dataset } from "../dataset/dataset";
import type { Query } from "../query/query";
import { toggleFilter } from "../query/query";
import type { QueryResult } from "../query/run";
import { queryHref } from "../routes";
import { type ControlledField, NOT_SET, canBeEmpty, valueLabel } from "../vocabulary";

export interface FacetOption {
  field: ControlledField;
  /** The filter value; "" is "nicht festgelegt". */
  value: string;
  /** Full label, e.g. "Ministerium für Inneres und Sport" or "nicht festgelegt". */
  label: string;
  /** The value as listed, e.g. "MI"; equals `label` where the value is no abbreviation. */
  shortLabel: string;
  count: number;
  /** The value is one of the field's active filters. */
  selected: boolean;
  /** The current view with this value toggled as a filter (back to page 1). */
  href: string;
}

/** What facet options are built from: one Stand, one query and runQuery's counts for them. */
export interface FacetSource {
  dataset: Dataset;
  query: Query;
  result: Pick<QueryResult, "facetCounts">;
  /** Where toggle links go; the dashboard by default. */
  path?: string;
}

/** Dictionary codes of a field in facet order: vocabulary order, then "nicht festgelegt" (code 0) where a cell can be empty. */
export function facetCodes(dataset: Dataset, field: ControlledField): number[] {
  const codes = dataset.dictionaries[field].map((_, code) => code).slice(1);
  return canBeEmpty(field) ? [...codes, 0] : codes;
}

/** One value of a field with its count and toggle link. */
export function facetOption(source: Pick<FacetSource, "query" | "path">, field: ControlledField, value: string, count: number): FacetOption {
  const { query, path } = source;
  return {
    field,
    value,
    label: valueLabel(field, value),
    shortLabel: value === "" ? NOT_SET : value,
    count,
    selected: (query.filters[field] ?? []).includes(value),
    href: queryHref(toggleFilter(query, field, value), path),
  };
}

/** Every value of a field's facet, in facet order, with its count. */
export function facetOptions(source: FacetSource, field: ControlledField): FacetOption[] {
  const counts = source.result.facetCounts[field];
  const dictionary = source.dataset.dictionaries[field];
  return facetCodes(source.dataset, field).map((code) => facetOption(source, field, dictionary[code], counts[code]));
}
