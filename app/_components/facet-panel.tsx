import Link from "next/link";
import { formatNumber } from "@/lib/format";
import type { Query } from "@/lib/query/query";
import type { Facets } from "@/lib/query/run";
import { type FacetOption, facetGroups } from "@/lib/view/facet-model";
import { ResponsiveDetails } from "./responsive-details";

interface FacetPanelProps {
  query: Query;
  facets: Facets;
}

/** "Ressort: MI (Ministerium für Inneres und Sport), 35 Leistungen, ausgewählt – Filter entfernen" */
function optionName(title: string, option: FacetOption): string {
  const description = option.description ? ` (${option.description})` : "";
  const count = `${formatNumber(option.count)} ${option.count === 1 ? "Leistung" : "Leistungen"}`;
  return `${title}: ${option.label}${description}, ${count}${option.selected ? ", ausgewählt – Filter entfernen" : ""}`;
}

/** Fields open at first; the others open when they hold a selection. */
const OPEN_BY_DEFAULT = new Set(["themenfeld", "ressort", "phase", "prioritaet", "umsetzungsmodell"]);

/**
 * Facet filters as links: each toggles one value in the URL, so they work without JavaScript
 * and, with it, update the page in place. Counts apply all other filters but not the field's own.
 */
export function FacetPanel({ query, facets }: FacetPanelProps) {
  return (
    <nav className="facet-panel" aria-labelledby="filter-titel">
      <ResponsiveDetails
        summary={
          <h2 id="filter-titel" className="kern-heading-small">
            Filter
          </h2>
        }
      >
      {facetGroups(query, facets).map((group) => (
        <details key={group.field} className="facet" open={OPEN_BY_DEFAULT.has(group.field) || group.selectedCount > 0}>
          <summary className="facet__title">
            {group.title}
            {group.selectedCount > 0 && <span className="facet__badge">{group.selectedCount} gewählt</span>}
          </summary>
          <ul className="facet__options" aria-label={group.title}>
            {group.options.map((option) => (
              <li key={option.value}>
                <Link
                  href={option.href}
                  scroll={false}
                  className="facet__option"
                  data-selected={option.selected || undefined}
                  data-empty={option.count === 0 || undefined}
                >
                  {/* One spoken text; it contains the visible words in order (WCAG 2.5.3, label in name). */}
                  <span className="visually-hidden">{optionName(group.title, option)}</span>
                  <span className="facet__check" aria-hidden="true" />
                  <span className="facet__label" aria-hidden="true">
                    {option.label}
                    {option.description && <span className="facet__description">{option.description}</span>}
                  </span>
                  <span className="facet__count" aria-hidden="true">
                    {formatNumber(option.count)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </details>
      ))}
      </ResponsiveDetails>
    </nav>
  );
}
