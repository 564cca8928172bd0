import Link from "next/link";
import { formatNumber } from "@/lib/format";
import type { FacetGroup } from "@/lib/view/facet-panel";
import { ResponsiveDetails } from "./responsive-details";

interface FacetPanelProps {
  groups: FacetGroup[];
}

/**
 * Facet filters as links: each toggles one value in the URL, so they work without JavaScript
 * and, with it, update the page in place. Counts apply all other filters but not the field's own.
 */
export function FacetPanel({ groups }: FacetPanelProps) {
  return (
    <nav className="facet-panel" aria-labelledby="filter-titel">
      <ResponsiveDetails
        summary={
          <h2 id="filter-titel" className="kern-heading-small">
            Filter
          </h2>
        }
      >
        {groups.map((group) => (
          <details key={group.field} className="facet" open={group.open}>
            <summary className="facet__title">
              {group.title}
              {group.selectedCount > 0 && <span className="facet__badge">{group.selectedCount} gewählt</span>}
            </summary>
            <ul className="facet__options" aria-label={group.title}>
              {group.options.map((option) => (
                <li key={option.value || "nicht festgelegt"}>
                  <Link
                    href={option.href}
                    scroll={false}
                    className="facet__option"
                    data-selected={option.selected || undefined}
                    data-empty={option.count === 0 || undefined}
                  >
                    {/* One spoken text; it contains the visible words in order (WCAG 2.5.3, label in name). */}
                    <span className="visually-hidden">{option.spokenName}</span>
                    <span className="facet__check" aria-hidden="true" />
                    <span className="facet__label" aria-hidden="true">
                      {option.shortLabel}
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
