import type { ChartValue } from "@/lib/charts/model";
import { formatNumber } from "@/lib/format";
import { chartLinkName } from "@/lib/view/chart-link-name";
import styles from "./chart.module.css";

interface ChartValueLinksProps {
  /** German field name, e.g. "Phase". */
  fieldLabel: string;
  /** Field id, for tests and styling. */
  field: string;
  values: ChartValue[];
  /** Accessible name of the list. */
  label: string;
  /** Show counts next to the values (legend of a stack: the value's total in this chart). */
  counts?: boolean;
  /** Show each value's colour: only where the drawing uses it (one legend per chart). */
  swatches?: boolean;
  /** Prefix of the links' focus group (see the focus keeper), unique per chart. */
  focusPrefix: string;
}

/**
 * The chart's values as real links that toggle the filter, with colour, label and count: the
 * keyboard and screen-reader way to use the chart (and its legend for everyone). The spoken
 * name is the link's aria-label (lean markup: no hidden text beside the visible spans; the look
 * comes from the list's class, focus finds a link again by the list's group and its value).
 */
export function ChartValueLinks({ fieldLabel, field, values, label, counts = true, swatches = true, focusPrefix }: ChartValueLinksProps) {
  return (
    <ul className={styles.values} aria-label={label} data-focus-group={`${focusPrefix}:${field}`}>
      {values.map((v) => (
        <li key={v.value || "nicht festgelegt"}>
          <a
            href={v.href}
            {...(v.selected ? { "data-selected": true } : null)}
            {...(v.count === 0 ? { "data-empty": true } : null)}
            data-testid="chart-link"
            data-field={field}
            data-value={v.value}
            data-count={v.count}
            aria-label={chartLinkName(fieldLabel, v, counts)}
          >
            {swatches && <span className={styles.swatch} style={{ background: v.color }} />}
            {v.shortLabel !== v.label ? <abbr title={v.label}>{v.shortLabel}</abbr> : <span>{v.label}</span>}
            {counts && <span className={styles.count}>{formatNumber(v.count)}</span>}
          </a>
        </li>
      ))}
    </ul>
  );
}
