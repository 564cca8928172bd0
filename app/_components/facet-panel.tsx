import Link from "next/link";
import { formatNumber } from "@/lib/format";
import type { Query } from "@/lib/query/query";
import type { Facets } from "@/lib/query/run";
import { facetGroups } from "@/lib/view/facet-model";
import { ResponsiveDetails } from "./responsive-details";

interface FacetPanelProps {
  query: Query;
  facets: Facets;
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
                  aria-label={`${group.title}: ${option.label}${option.description ? ` (${option.description})` : ""}, ${formatNumber(option.count)} ${option.count === 1 ? "Leistung" : "Leistungen"}${option.selected ? ", ausgewählt – Filter entfernen" : ""}`}
                >
                  <span className="facet__check" aria-hidden="true" />
                  <span className="facet__label">
                    {option.label}
                    {option.description && <span className="facet__description">{option.description}</span>}
                  </span>
                  <span className="facet__count">{formatNumber(option.count)}</span>
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
