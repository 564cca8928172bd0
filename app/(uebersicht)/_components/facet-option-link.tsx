import { formatNumber } from "@/lib/format";
import { facetLinkName } from "@/lib/view/facet-link-name";
import type { FacetEntry } from "@/lib/view/facet-panel";
import styles from "./facet-groups.module.css";

interface FacetOptionLinkProps {
  option: FacetEntry;
  /** The facet's German title: the spoken name begins with it. */
  title: string;
}

/**
 * One facet value as a link that toggles it: a check box look, the label, the count (all CSS, by
 * the list's class: no class per link; focus finds it again by its facet's focus group and its
 * text). The markup is lean – there are a hundred and more of these on the page – so the spoken
 * name is the link's aria-label, not hidden text beside spans hidden from assistive technology,
 * and the count is drawn by CSS from `data-count` (the spoken name says it): one element per
 * value, two where a description follows the label.
 */
export function FacetOptionLink({ option, title }: FacetOptionLinkProps) {
  return (
    <a
      href={option.href}
      {...(option.selected ? { "data-selected": true } : null)}
      {...(option.count === 0 ? { "data-empty": true } : null)}
      data-count={formatNumber(option.count)}
      // One spoken text; it contains the visible words in order (WCAG 2.5.3, label in name).
      aria-label={facetLinkName(title, option)}
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
