/** The dashboard's filter column as data: per field its options with counts, selection and toggle link. */
import { type FacetOption, type FacetSource, facetOptions } from "../facets/options";
import { formatNumber } from "../format";
import type { REUSE_PARAM } from "../reuse/stage";
import { type ControlledField, FIELDS } from "../vocabulary";

/** A column of the file, or a facet derived per service (the reuse stage, lib/view/reuse-facet.ts). */
export type FacetGroupField = ControlledField | typeof REUSE_PARAM;

export interface FacetEntry extends Omit<FacetOption, "field"> {
  field: FacetGroupField;
  /** The long form of an abbreviation ("Ministerium für Inneres und Sport"), if any. */
  description?: string;
  /** The whole option spoken in one text, containing the visible words in order (WCAG 2.5.3). */
  spokenName: string;
}

export interface FacetGroup {
  field: FacetGroupField;
  title: string;
  options: FacetEntry[];
  selectedCount: number;
  /** Open at first: the most used fields, and every field with a selection. */
  open: boolean;
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

const OPEN_BY_DEFAULT: ReadonlySet<ControlledField> = new Set(["themenfeld", "ressort", "phase", "prioritaet", "umsetzungsmodell"]);

/** "Ressort: MI (Ministerium für Inneres und Sport), 35 Leistungen, ausgewählt – Filter entfernen" */
export function spokenName(title: string, option: Pick<FacetOption, "shortLabel" | "count" | "selected">, description: string | undefined): string {
  const long = description ? ` (${description})` : "";
  const count = `${formatNumber(option.count)} ${option.count === 1 ? "Leistung" : "Leistungen"}`;
  return `${title}: ${option.shortLabel}${long}, ${count}${option.selected ? ", ausgewählt – Filter entfernen" : ""}`;
}

export function facetGroups(source: FacetSource): FacetGroup[] {
  return FACET_ORDER.map((field) => {
    const title = FIELDS[field].header;
    const options = facetOptions(source, field).map((option): FacetEntry => {
      const description = option.label !== option.shortLabel ? option.label : undefined;
      return { ...option, description, spokenName: spokenName(title, option, description) };
    });
    const selectedCount = source.query.filters[field]?.length ?? 0;
    return { field, title, options, selectedCount, open: OPEN_BY_DEFAULT.has(field) || selectedCount > 0 };
  });
}
