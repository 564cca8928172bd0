/** The result count and the active filters as removable chips, plus "Alle zurücksetzen". */
import { facetOption } from "../facets/options";
import { formatDate, formatNumber, leistungenCount } from "../format";
import { type Query, hasActiveFilters, withoutFilters } from "../query/query";
import { overviewHref } from "../routes";
import { CONTROLLED_FIELDS, FIELDS } from "../vocabulary";
import { reuseChips } from "./reuse-facet";

export interface Chip {
  key: string;
  text: string;
  /** The view without this filter. */
  href: string;
}

export interface ActiveFiltersModel {
  /** True when search or filters narrow the view ("12 Leistungen von 186 gefunden"). */
  filtered: boolean;
  totalText: string;
  allText: string;
  chips: Chip[];
  resetHref: string;
}

export function activeFilters(query: Query, total: number, allCount: number): ActiveFiltersModel {
  const source = { query };
  const chips: Chip[] = CONTROLLED_FIELDS.flatMap((field) =>
    (query.filters[field] ?? []).map((value) => {
      const option = facetOption(source, field, value, 0);
      return { key: `${field}=${value}`, text: `${FIELDS[field].header}: ${option.shortLabel}`, href: option.href };
    }),
  );
  chips.push(...reuseChips(query));
  if (query.geaendertSeit) {
    const fields = query.geaendert.length > 0 ? ` (${query.geaendert.map((f) => FIELDS[f].header).join(", ")})` : "";
    chips.unshift({
      key: "geaendertSeit",
      text: `Neu oder geändert seit ${formatDate(query.geaendertSeit)}${fields}`,
      href: overviewHref({ ...query, geaendertSeit: null, geaendert: [], page: 1 }),
    });
  }
  if (query.ozgIds.length > 0) {
    chips.unshift({ key: "ozgId", text: `OZG-ID: ${query.ozgIds.join(", ")}`, href: overviewHref({ ...query, ozgIds: [], page: 1 }) });
  }
  if (query.q) chips.unshift({ key: "q", text: `Suche: „${query.q}“`, href: overviewHref({ ...query, q: "", page: 1 }) });
  return {
    filtered: hasActiveFilters(query),
    totalText: leistungenCount(total),
    allText: formatNumber(allCount),
    chips,
    resetHref: overviewHref(withoutFilters(query)),
  };
}
