import type { ChartStack, ChartValue } from "@/lib/charts/model";
import { formatNumber } from "@/lib/format";
import styles from "./chart-fallback.module.css";

interface ChartFallbackProps {
  values: ChartValue[];
  stack?: ChartStack;
}

/**
 * The chart as plain HTML bars with their numbers: what the box shows before the drawing arrives
 * and, without JavaScript, instead of it, so that a chart is never an empty box.
 */
/** A bar's width in percent, to a tenth (no 15-digit fractions in the page). */
const width = (count: number, max: number) => `${Math.round((1000 * count) / max) / 10}%`;

export function ChartFallback({ values, stack }: ChartFallbackProps) {
  const max = Math.max(1, ...values.map((v) => v.count));
  return (
    <ul className={styles.bars} style={{ gridTemplateRows: `repeat(${values.length}, minmax(0, 1fr))` }} data-testid="chart-fallback">
      {values.map((v, i) => (
        <li key={v.value || "nicht festgelegt"} className={styles.row}>
          <span className={styles.label}>{v.axisLabel}</span>
          <span className={styles.track}>
            {stack ? (
              stack.segments.map((s, j) =>
                stack.counts[i][j] > 0 ? (
                  <span key={s.value || "nicht festgelegt"} className={styles.bar} style={{ width: width(stack.counts[i][j], max), background: s.color }} />
                ) : null,
              )
            ) : (
              <span className={styles.bar} style={{ width: width(v.count, max), background: v.color }} />
            )}
          </span>
          <span className={styles.count}>{formatNumber(v.count)}</span>
        </li>
      ))}
    </ul>
  );
}
