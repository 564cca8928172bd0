import type { FacetEntry } from "@/lib/view/facet-panel";
import { FacetOptionLink } from "./facet-option-link";
import styles from "./facet-groups.module.css";

interface FacetOptionListProps {
  title: string;
  options: FacetEntry[];
  more: FacetEntry[];
  moreLabel: string | null;
}

/** A facet's values; those of a long list that matter less wait behind „weitere anzeigen“ (a details: works without JavaScript). */
export function FacetOptionList({ title, options, more, moreLabel }: FacetOptionListProps) {
  return (
    <>
      <ul className={styles.options} aria-label={title}>
        {options.map((option) => (
          <li key={option.value || "nicht festgelegt"}>
            <FacetOptionLink option={option} title={title} />
          </li>
        ))}
      </ul>
      {more.length > 0 && (
        <details className={styles.more} data-testid="facet-more">
          <summary className={styles.moreSummary}>{moreLabel}</summary>
          <ul className={styles.options} aria-label={`${title}: weitere Werte`}>
            {more.map((option) => (
              <li key={option.value || "nicht festgelegt"}>
                <FacetOptionLink option={option} title={title} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
