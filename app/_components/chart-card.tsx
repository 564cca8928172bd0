"use client";

import type { ReactNode } from "react";
import type { BarChartModel, ChartStack } from "@/lib/charts/model";
import { ChartFigure } from "./chart-figure";
import { ChartTable } from "./chart-table";
import { ChartValueLinks } from "./chart-value-links";
import styles from "./chart.module.css";

interface ChartCardProps {
  model: BarChartModel;
  /** Draw stacked by this field (the phase chart). */
  stack?: ChartStack;
  /** Heading level of the chart's title within the page. */
  level?: 2 | 3;
  /** Extra controls under the summary (the stacking switch). */
  controls?: ReactNode;
  /** Prefix for element ids, unique on the page. */
  idPrefix?: string;
}

/**
 * One chart: title, a summary sentence, the lazily drawn bars, the values as filter links (the
 * keyboard way to use the chart), and the numbers as a table on demand (always when printed).
 * A client component although it only renders what it is given: its props are the chart's
 * numbers, sent once; drawn on the server, its value links, legend and table would travel a
 * second time as elements in the flight payload, beside the same numbers for the drawing.
 */
export function ChartCard({ model, stack, level = 3, controls, idPrefix = "diagramm" }: ChartCardProps) {
  const Heading = level === 2 ? "h2" : "h3";
  const headingId = `${idPrefix}-${model.id}`;
  return (
    <section className={styles.card} aria-labelledby={headingId} data-testid="chart" data-chart={model.id}>
      <Heading id={headingId} className={`kern-heading-small ${styles.title}`}>
        {model.title}
      </Heading>
      <p className={`kern-body ${styles.summary}`} data-testid="chart-summary">
        {model.summary}
      </p>
      {model.selectionNote && <p className={`kern-body kern-body--small ${styles.note}`}>{model.selectionNote}</p>}
      {controls}
      <ChartFigure values={model.values} stack={stack} horizontal={model.horizontal} />
      {stack && (
        <p className={`kern-body kern-body--small ${styles.legendTitle}`} aria-hidden="true">
          Als Filter wählen ({model.fieldLabel}):
        </p>
      )}
      <ChartValueLinks
        field={model.field}
        fieldLabel={model.fieldLabel}
        values={model.values}
        label={`${model.title}: als Filter wählen`}
        swatches={model.valueColors && !stack}
        focusPrefix={headingId}
      />
      {stack && (
        <div className={styles.legend}>
          <p className={`kern-body kern-body--small ${styles.legendTitle}`} id={`${headingId}-legende`}>
            Farben: {stack.fieldLabel}
          </p>
          <ChartValueLinks
            field={stack.field}
            fieldLabel={stack.fieldLabel}
            values={stack.segments}
            label={`Legende ${stack.fieldLabel}: als Filter wählen`}
            focusPrefix={`${headingId}-legende`}
          />
        </div>
      )}
      <details className={styles.details}>
        <summary className={styles.detailsSummary}>Zahlen als Tabelle</summary>
        <ChartTable model={model} stack={stack} idPrefix={idPrefix} />
      </details>
    </section>
  );
}
