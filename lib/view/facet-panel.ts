/**
 * The dashboard's filter column as data: per field its options with counts, selection and toggle
 * link. Long lists (Lebenslage, EfA-Federführung on large data sets) show the values that matter
 * first and the rest – above all the values without a hit – behind „weitere anzeigen“.
 */
import { type FacetOption, type FacetSource, facetOptions } from "../facets/options";
import { formatNumber } from "../format";
import { FIELD_GLOSSARY } from "../glossary";
import type { REUSE_PARAM } from "../reuse-vocabulary/stage";
import { glossaryHref } from "../routes";
import { type ControlledField, FIELDS } from "../vocabulary";

/** A column of the file, or a facet derived per service (the reuse stage, lib/view/reuse-facet.ts). */
export type FacetGroupField = ControlledField | typeof REUSE_PARAM;

/**
 * One facet value as the filter column shows it. Only what is drawn: the column is a client
 * component (its props are sent once, not as elements a second time), so no field and no long
 * label; the spoken name is built from it in the browser (lib/view/facet-link-name.ts).
 */
export interface FacetEntry extends Pick<FacetOption, "value" | "shortLabel" | "count" | "selected" | "href"> {
  /** The long form of an abbreviation ("Ministerium für Inneres und Sport"), if any. */
  description?: string;
}

export interface FacetGroup {
  field: FacetGroupField;
  title: string;
  /** The options listed at once: all of a short list; of a long one the selected and the first with hits. */
  options: FacetEntry[];
  /** The rest of a long list, behind „weitere anzeigen“ (still plain links). */
  more: FacetEntry[];
  /** „44 weitere anzeigen (davon 40 ohne Treffer)“ */
  moreLabel: string | null;
  /** Long lists get a search box (with JavaScript). */
  searchable: boolean;
  selectedCount: number;
  /** Open at first: the most used fields, and every field with a selection. */
  open: boolean;
  /** The term explained on /glossar, if it needs explaining. */
  glossaryHref: string | null;
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

/** A list longer than this is "long": it collapses and gets a search box. Themenfeld (14) stays whole. */
export const LONG_LIST = 15;
/** Options with hits a long list shows at once (selected ones always). */
export const SHOWN_OF_LONG = 10;

/** An option as a facet entry; `description` is the long form shown beside the short label. */
export function facetEntry(option: Pick<FacetOption, "value" | "shortLabel" | "count" | "selected" | "href">, description: string | undefined): FacetEntry {
  const { value, shortLabel, count, selected, href } = option;
  return { value, shortLabel, count, selected, href, ...(description === undefined ? null : { description }) };
}

/** Splits a long list: selected and the first SHOWN_OF_LONG with hits first, the rest behind „weitere“. */
export function splitLongList<T extends { selected: boolean; count: number }>(options: readonly T[]): { shown: T[]; more: T[] } {
  if (options.length <= LONG_LIST) return { shown: [...options], more: [] };
  let withHits = 0;
  const shown: T[] = [];
  const more: T[] = [];
  for (const o of options) {
    if (o.selected || (o.count > 0 && withHits < SHOWN_OF_LONG)) {
      if (!o.selected) withHits++;
      shown.push(o);
    } else {
      more.push(o);
    }
  }
  return { shown, more };
}

function moreLabel(more: readonly { count: number }[]): string | null {
  if (more.length === 0) return null;
  const empty = more.filter((o) => o.count === 0).length;
  const without = empty === 0 ? "" : empty === more.length ? " (ohne Treffer)" : ` (davon ${formatNumber(empty)} ohne Treffer)`;
  return `${formatNumber(more.length)} weitere anzeigen${without}`;
}

export function facetGroups(source: FacetSource): FacetGroup[] {
  return FACET_ORDER.map((field) => {
    const title = FIELDS[field].header;
    const all = facetOptions(source, field).map((option) =>
      facetEntry(option, option.label !== option.shortLabel ? option.label : undefined),
    );
    const { shown, more } = splitLongList(all);
    const selectedCount = source.query.filters[field]?.length ?? 0;
    const glossary = FIELD_GLOSSARY[field];
    return {
      field,
      title,
      options: shown,
      more,
      moreLabel: moreLabel(more),
      searchable: all.length > LONG_LIST,
      selectedCount,
      open: OPEN_BY_DEFAULT.has(field) || selectedCount > 0,
      glossaryHref: glossary ? glossaryHref(glossary) : null,
    };
  });
}
