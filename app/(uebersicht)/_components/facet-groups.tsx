"use client";

import Link from "next/link";
import { facetFocusGroup } from "@/lib/view/facet-link-name";
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
 * A client component only for its size: its props (the values, counts and links) are sent once;
 * drawn on the server, each of the hundred and more links would be sent again as elements.
 */
export function FacetGroups({ groups }: FacetGroupsProps) {
  return (
    <>
      {groups.map((group) => (
        <details key={group.field} className={styles.facet} open={group.open} data-testid="facet" data-field={group.field} data-focus-group={facetFocusGroup(group.field)}>
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
