/** Reuse in public JSON answers (docs/contract.md §7): counts per status and the Kommunen named, never contact data. */
import { REUSE_STAGE_CODES, REUSE_STAGES, type ReuseStage } from "../reuse-vocabulary/stage";
import type { ServiceReuse, StatusCounts } from "./statistics";

export interface ReuseJson {
  counts: StatusCounts;
  kommunen: string[];
}

export function reuseJson(reuse: ServiceReuse): ReuseJson {
  return { counts: { ...reuse.counts }, kommunen: [...reuse.kommunen] };
}

/** The facet `nachnutzung` of /api/leistungen: every stage with its count, in facet order. */
export function stageFacetJson(counts: Uint32Array): { value: ReuseStage; count: number }[] {
  return REUSE_STAGES.map((value) => ({ value, count: counts[REUSE_STAGE_CODES[value]] }));
}
