import { formatNumber } from "@/lib/format";
import type { FacetEntry } from "@/lib/view/facet-panel";
import styles from "./facet-groups.module.css";

/**
 * One facet value as a link that toggles it: a check box look (CSS), the label, the count. The
 * markup is lean – there are a hundred and more of these on the page, each sent twice (HTML and
 * flight payload) – so the spoken name is the link's aria-label, not hidden text beside spans
 * hidden from assistive technology, and the count is drawn by CSS from `data-count` (the spoken
 * name says it): one element per value, two where a description follows the label.
 */
export function FacetOptionLink({ option }: { option: FacetEntry }) {
  return (
    <a
      href={option.href}
      className={styles.option}
      data-testid="facet-option"
      {...(option.selected ? { "data-selected": true } : null)}
      {...(option.count === 0 ? { "data-empty": true } : null)}
      data-focus-key={option.focusKey}
      data-count={formatNumber(option.count)}
      // One spoken text; it contains the visible words in order (WCAG 2.5.3, label in name).
      aria-label={option.spokenName}
    >
      {option.description ? (
        <span>
          {option.shortLabel}
          <span className={styles.description}>{option.description}</span>
        </span>
      ) : (
        option.shortLabel
      )}
    </a>
  );
}
