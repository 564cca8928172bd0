import Link from "next/link";
import { formatNumber } from "@/lib/format";
import type { FacetEntry } from "@/lib/view/facet-panel";
import styles from "./facet-groups.module.css";

/** One facet value as a link that toggles it: a check box look, the label, the count. */
export function FacetOptionLink({ option }: { option: FacetEntry }) {
  return (
    <Link
      href={option.href}
      scroll={false}
      className={styles.option}
      data-testid="facet-option"
      data-selected={option.selected || undefined}
      data-empty={option.count === 0 || undefined}
      data-focus-key={option.focusKey}
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
  );
}
