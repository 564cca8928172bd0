import type { RowChangeView } from "@/lib/view/table-model";
import styles from "./change-badge.module.css";

interface ChangeBadgeProps {
  ozgId: string;
  change: RowChangeView;
}

/**
 * „neu“ / „geändert“ beside a row's name, with before → after of every changed field: shown on
 * hover and on keyboard focus (the badge is focusable), and always in the DOM for screen readers.
 */
export function ChangeBadge({ ozgId, change }: ChangeBadgeProps) {
  return (
    <span className={styles.badge} data-kind={change.kind} tabIndex={0} data-testid="change-badge" data-focus-key={`aenderung:${ozgId}`}>
      {change.kind === "neu" ? "neu" : "geändert"}
      <span className={styles.tip} data-testid="change-details">
        <span className={styles.tipTitle}> ({change.label}</span>
        {change.fields.length > 0 ? ": " : ")"}
        {change.fields.map((f, i) => (
          <span key={f.field} className={styles.tipLine}>
            {f.header}: {f.before} → {f.after}
            {i < change.fields.length - 1 ? "; " : ")"}
          </span>
        ))}
      </span>
    </span>
  );
}
