/**
 * The dashboard's facet „Nachnutzung durch Kommunen“: the reuse stage of each service, counted by
 * runQuery as a derived facet (all other filters apply, not its own), in the shape of the other
 * facet groups, placed after „Nachnutzbar durch Kommunen“. And its chips among the active filters.
 */
import { type Query, toggleStage } from "../query/query";
import { REUSE_FACET_TITLE, REUSE_PARAM, REUSE_STAGE_CODES, REUSE_STAGE_DESCRIPTIONS, REUSE_STAGE_LABELS, REUSE_STAGES } from "../reuse-vocabulary/stage";
import { glossaryHref, overviewHref } from "../routes";
import type { Chip } from "./active-filters";
import { type FacetGroup, facetEntry } from "./facet-panel";

export function reuseFacetGroup(query: Query, counts: Uint32Array): FacetGroup {
  const options = REUSE_STAGES.map((stage) => {
    const option = {
      value: stage,
      shortLabel: REUSE_STAGE_LABELS[stage],
      count: counts[REUSE_STAGE_CODES[stage]],
      selected: query.nachnutzung.includes(stage),
      href: overviewHref(toggleStage(query, stage)),
    };
    return facetEntry(option, REUSE_STAGE_DESCRIPTIONS[stage]);
  });
  const selectedCount = query.nachnutzung.length;
  // Three values: a short list, always whole; the glossary explains reuse under Nachnutzung.
  return {
    field: REUSE_PARAM,
    title: REUSE_FACET_TITLE,
    options,
    more: [],
    moreLabel: null,
    searchable: false,
    selectedCount,
    open: selectedCount > 0,
    glossaryHref: glossaryHref("nachnutzung"),
  };
}

/** The facet groups with the reuse facet after „Nachnutzbar durch Kommunen“ (at the end if that is missing). */
export function withReuseFacet(groups: readonly FacetGroup[], reuse: FacetGroup): FacetGroup[] {
  const at = groups.findIndex((g) => g.field === "nachnutzbarKommunen");
  return at < 0 ? [...groups, reuse] : [...groups.slice(0, at + 1), reuse, ...groups.slice(at + 1)];
}

/** One chip per selected stage: „Nachnutzung durch Kommunen: Interesse bekundet“. */
export function reuseChips(query: Query): Chip[] {
  return query.nachnutzung.map((stage) => ({
    key: `${REUSE_PARAM}=${stage}`,
    text: `${REUSE_FACET_TITLE}: ${REUSE_STAGE_LABELS[stage]}`,
    href: overviewHref(toggleStage(query, stage)),
  }));
}
