/**
 * What a facet link says and the group focus finds it in again, derived in the browser from what
 * the filter column is given: a hundred and more links would otherwise carry both texts in the page's
 * payload. It imports nothing but the number format, so it costs the browser next to nothing.
 */
import { leistungenCount } from "../format";

interface NamedOption {
  shortLabel: string;
  count: number;
  selected: boolean;
  description?: string;
}

/** "Ressort: MI (Ministerium für Inneres und Sport), 35 Leistungen, ausgewählt – Filter entfernen" */
export function facetLinkName(title: string, option: NamedOption): string {
  const long = option.description ? ` (${option.description})` : "";
  return `${title}: ${option.shortLabel}${long}, ${leistungenCount(option.count)}${option.selected ? ", ausgewählt – Filter entfernen" : ""}`;
}

/** The facet's `data-focus-group`: with a link's text it identifies the link across re-renders. */
export function facetFocusGroup(field: string): string {
  return `facet:${field}`;
}
