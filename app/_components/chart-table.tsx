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

const num = `kern-table__cell kern-table__cell--numeric ${styles.num}`;
const numHeader = `kern-table__header kern-table__header--numeric ${styles.num}`;

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
      <thead className="kern-table__head">
        <tr className="kern-table__row">
          <th scope="col" className="kern-table__header">
            {model.fieldLabel}
          </th>
          <th scope="col" className={numHeader}>
            Leistungen
          </th>
        </tr>
      </thead>
      <tbody className="kern-table__body">
        {model.values.map((v) => (
          <tr key={v.value || "nicht festgelegt"} className="kern-table__row" data-value={v.value}>
            <th scope="row" className="kern-table__header">
              {v.label}
            </th>
            <td className={num}>{formatNumber(v.count)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot className="kern-table__footer">
        <tr className="kern-table__row">
          <th scope="row" className="kern-table__header">
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
      <thead className="kern-table__head">
        <tr className="kern-table__row">
          <th scope="col" className="kern-table__header">
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
      <tbody className="kern-table__body">
        {stack.segments.map((s, j) => (
          <tr key={s.value || "nicht festgelegt"} className="kern-table__row" data-value={s.value}>
            <th scope="row" className="kern-table__header">
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
      <tfoot className="kern-table__footer">
        <tr className="kern-table__row" data-value="summe">
          <th scope="row" className="kern-table__header">
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
