import Link from "next/link";
import type { FacetGroup } from "@/lib/view/facet-panel";
import { FacetOptionList } from "./facet-option-list";
import { FacetSearch } from "./facet-search";
import styles from "./facet-groups.module.css";

interface FacetGroupsProps {
  groups: FacetGroup[];
}

/**
 * Facet filters as links: each toggles one value in the URL, so they work without JavaScript
 * and, with it, update the page in place. Counts apply all other filters but not the field's own.
 */
export function FacetGroups({ groups }: FacetGroupsProps) {
  return (
    <>
      {groups.map((group) => (
        <details key={group.field} className={styles.facet} open={group.open} data-testid="facet" data-field={group.field}>
          <summary className={styles.title}>
            {group.title}
            {group.selectedCount > 0 && <span className={styles.badge}>{group.selectedCount} gewählt</span>}
          </summary>
          {group.glossaryHref && (
            <p className={styles.help}>
              <Link href={group.glossaryHref} className="kern-link">
                Was bedeutet „{group.title}“?
              </Link>
            </p>
          )}
          {group.searchable ? (
            <FacetSearch title={group.title} options={group.options} more={group.more} moreLabel={group.moreLabel} />
          ) : (
            <FacetOptionList title={group.title} options={group.options} more={group.more} moreLabel={group.moreLabel} />
          )}
        </details>
      ))}
    </>
  );
}
