/** The `facets` of GET /api/leistungen (docs/contract.md §5): every value with its count, empty cells as "nicht festgelegt". */
import type { Dataset } from "../dataset/dataset";
import { facetCodes } from "../facets/options";
import type { QueryResult } from "../query/run";
import { CONTROLLED_FIELDS, type ControlledField, NOT_SET } from "../vocabulary";

export interface FacetValue {
  value: string;
  count: number;
}

export type Facets = Record<ControlledField, FacetValue[]>;

export function facetsJson(dataset: Dataset, result: Pick<QueryResult, "facetCounts">): Facets {
  const facets = {} as Facets;
  for (const field of CONTROLLED_FIELDS) {
    const dictionary = dataset.dictionaries[field];
    const counts = result.facetCounts[field];
    facets[field] = facetCodes(dataset, field).map((code) => ({ value: code === 0 ? NOT_SET : dictionary[code], count: counts[code] }));
  }
  return facets;
}
