/**
 * The reuse stage as a derived facet of the one query engine (lib/query/run.ts DerivedFacet):
 * one code per row of a Dataset, computed from the public statistics and kept per Dataset until
 * the statistics change, so a query pays nothing for it but the counting itself.
 */
import type { Dataset } from "../dataset/dataset";
import type { DerivedFacet } from "../query/run";
import { REUSE_STAGE_CODES, REUSE_STAGE_COUNT, type ReuseStage } from "../reuse-vocabulary/stage";
import type { ServiceReuse } from "./statistics";
import { rowIndexOf } from "../dataset/rows";

const cache = new WeakMap<Dataset, { version: string; codes: Uint8Array }>();

/** Per row of the Dataset its stage's code (0 = keine for services nobody declared). */
export function stageCodes(dataset: Dataset, stats: ReadonlyMap<string, ServiceReuse>, version: string): Uint8Array {
  const cached = cache.get(dataset);
  if (cached && cached.version === version) return cached.codes;
  const codes = new Uint8Array(dataset.rowCount);
  for (const [ozgId, reuse] of stats) {
    const r = rowIndexOf(dataset, ozgId);
    if (r !== undefined) codes[r] = REUSE_STAGE_CODES[reuse.stage];
  }
  cache.set(dataset, { version, codes });
  return codes;
}

export function reuseFacet(codes: Uint8Array, selected: readonly ReuseStage[]): DerivedFacet {
  return { codes, size: REUSE_STAGE_COUNT, selected: selected.map((s) => REUSE_STAGE_CODES[s]) };
}
