import type { ChartStack, ChartValue } from "@/lib/charts/model";
import { percent, stackedBackground } from "@/lib/charts/fallback-bar";
import { formatNumber } from "@/lib/format";
import styles from "./chart-fallback.module.css";

interface ChartFallbackProps {
  values: ChartValue[];
  stack?: ChartStack;
}

/**
 * The chart as plain HTML bars with their numbers: what the box shows before the drawing arrives
 * and, without JavaScript, instead of it, so that a chart is never an empty box. A stacked bar
 * is one element with a band per segment (lib/charts/fallback-bar.ts).
 */
export function ChartFallback({ values, stack }: ChartFallbackProps) {
  const max = Math.max(1, ...values.map((v) => v.count));
  return (
    <ul className={styles.bars} style={{ gridTemplateRows: `repeat(${values.length}, minmax(0, 1fr))` }} data-testid="chart-fallback">
      {values.map((v, i) => (
        <li key={v.value || "nicht festgelegt"} className={styles.row}>
          <span className={styles.label}>{v.axisLabel}</span>
          <span className={styles.track}>
            <span
              className={styles.bar}
              style={{
                width: percent(v.count, max),
                background: stack ? stackedBackground(stack.segments.map((s, j) => ({ color: s.color, count: stack.counts[i][j] }))) : v.color,
              }}
            />
          </span>
          <span className={styles.count}>{formatNumber(v.count)}</span>
        </li>
      ))}
    </ul>
  );
}
