import Link from "next/link";
import { formatNumber } from "@/lib/format";
import type { FacetGroup } from "@/lib/view/facet-panel";
import { ResponsiveDetails } from "./responsive-details";
import styles from "./facet-panel.module.css";

interface FacetPanelProps {
  groups: FacetGroup[];
}

/**
 * Facet filters as links: each toggles one value in the URL, so they work without JavaScript
 * and, with it, update the page in place. Counts apply all other filters but not the field's own.
 */
export function FacetPanel({ groups }: FacetPanelProps) {
  return (
    <nav className={styles.panel} aria-labelledby="filter-titel" data-testid="facet-panel">
      <ResponsiveDetails
        summary={
          <h2 id="filter-titel" className="kern-heading-small">
            Filter
          </h2>
        }
      >
        {groups.map((group) => (
          <details key={group.field} className={styles.facet} open={group.open} data-testid="facet">
            <summary className={styles.title}>
              {group.title}
              {group.selectedCount > 0 && <span className={styles.badge}>{group.selectedCount} gewählt</span>}
            </summary>
            <ul className={styles.options} aria-label={group.title}>
              {group.options.map((option) => (
                <li key={option.value || "nicht festgelegt"}>
                  <Link
                    href={option.href}
                    scroll={false}
                    className={styles.option}
                    data-testid="facet-option"
                    data-selected={option.selected || undefined}
                    data-empty={option.count === 0 || undefined}
                  >
                    {/* One spoken text; it contains the visible words in order (WCAG 2.5.3, label in name). */}
                    <span className="visually-hidden">{option.spokenName}</span>
                    <span className={styles.check} aria-hidden="true" />
                    <span className={styles.label} aria-hidden="true">
                      {option.shortLabel}
                      {option.description && <span className={styles.description}>{option.description}</span>}
                    </span>
                    <span className={styles.count} aria-hidden="true" data-testid="facet-count">
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
