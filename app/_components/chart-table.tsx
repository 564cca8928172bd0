import type { BarChartModel, ChartStack } from "@/lib/charts/model";
import { formatNumber } from "@/lib/format";
import styles from "./chart.module.css";

interface ChartTableProps {
  model: BarChartModel;
  /** For a stacked chart: rows are the stack's values, columns the bars. */
  stack?: ChartStack;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
}

// KERN's table look comes from chart.module.css (.table th/td), not from a class on every cell:
// the four charts' tables are a good part of the page's HTML.
const num = styles.num;
const numHeader = styles.num;

/** The chart's numbers as a table, for screen readers, for checking and for print. */
export function ChartTable({ model, stack, idPrefix }: ChartTableProps) {
  const caption = stack ? `${model.title} und ${stack.fieldLabel}` : model.title;
  const captionId = `${idPrefix}-${model.id}-tabelle`;
  return (
    // Focusable, so a table wider than the screen can be scrolled with the keyboard.
    <div className={styles.tableScroll} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={`kern-table kern-table--small ${styles.table}`} data-testid="chart-table" data-chart={model.id}>
        <caption id={captionId} className={styles.caption}>
          {caption}
        </caption>
        {stack ? <StackedBody model={model} stack={stack} /> : <SimpleBody model={model} />}
      </table>
    </div>
  );
}

function SimpleBody({ model }: { model: BarChartModel }) {
  return (
    <>
      <thead>
        <tr>
          <th scope="col">
            {model.fieldLabel}
          </th>
          <th scope="col" className={numHeader}>
            Leistungen
          </th>
        </tr>
      </thead>
      <tbody>
        {model.values.map((v) => (
          <tr key={v.value || "nicht festgelegt"} data-value={v.value}>
            <th scope="row">
              {v.label}
            </th>
            <td className={num}>{formatNumber(v.count)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">
            Summe
          </th>
          <td className={num}>{formatNumber(model.total)}</td>
        </tr>
      </tfoot>
    </>
  );
}

function StackedBody({ model, stack }: { model: BarChartModel; stack: ChartStack }) {
  return (
    <>
      <thead>
        <tr>
          <th scope="col">
            {stack.fieldLabel}
          </th>
          {model.values.map((v) => (
            <th key={v.value} scope="col" className={numHeader}>
              {v.label}
            </th>
          ))}
          <th scope="col" className={numHeader}>
            Summe
          </th>
        </tr>
      </thead>
      <tbody>
        {stack.segments.map((s, j) => (
          <tr key={s.value || "nicht festgelegt"} data-value={s.value}>
            <th scope="row">
              {s.label}
            </th>
            {model.values.map((v, i) => (
              <td key={v.value} className={num}>
                {formatNumber(stack.counts[i][j])}
              </td>
            ))}
            <td className={num}>{formatNumber(s.count)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-value="summe">
          <th scope="row">
            Summe ({model.fieldLabel})
          </th>
          {model.values.map((v) => (
            <td key={v.value} className={num}>
              {formatNumber(v.count)}
            </td>
          ))}
          <td className={num}>{formatNumber(model.total)}</td>
        </tr>
      </tfoot>
    </>
  );
}
