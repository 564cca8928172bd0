/** The facet panel as data: per field its options with counts, selection state and toggle link. */
import { type Query, hrefFor, toggleFilter } from "../query/query";
import type { Facets } from "../query/run";
import { type ControlledField, FIELDS, NOT_SET, canonicalValue, valueLabel } from "../vocabulary";

export interface FacetOption {
  value: string;
  /** Short label shown in the list (abbreviations stay short: "MI"). */
  label: string;
  /** Long form of an abbreviation ("Ministerium für Inneres und Sport"), if any. */
  description?: string;
  count: number;
  selected: boolean;
  href: string;
}

export interface FacetGroup {
  field: ControlledField;
  title: string;
  options: FacetOption[];
  selectedCount: number;
}

/** Facets in the order of the panel; the most used first. */
export const FACET_ORDER: readonly ControlledField[] = [
  "themenfeld",
  "lebenslage",
  "ressort",
  "phase",
  "prioritaet",
  "umsetzungsmodell",
  "zustaendigkeit",
  "nachnutzbarKommunen",
  "efaFederfuehrung",
  "reifegrad",
];

export function facetGroups(query: Query, facets: Facets, path = "/"): FacetGroup[] {
  return FACET_ORDER.map((field) => {
    const selectedValues = query.filters[field] ?? [];
    const options = facets[field].map(({ value, count }) => {
      // Facets list empty cells as "nicht festgelegt"; filters hold them as "".
      const filterValue = value === NOT_SET ? (canonicalValue(field, "") ?? "") : value;
      const long = valueLabel(field, value);
      return {
        value,
        label: value,
        description: long !== value ? long : undefined,
        count,
        selected: selectedValues.includes(filterValue),
        href: hrefFor(path, toggleFilter(query, field, filterValue)),
      };
    });
    return { field, title: FIELDS[field].header, options, selectedCount: selectedValues.length };
  });
}
