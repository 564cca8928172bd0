import type { CSSProperties } from "react";
import { chartPaletteStyle } from "@/lib/charts/colors";
import type { DashboardModel } from "@/lib/view/dashboard";
import { ChartCard } from "@/app/_components/chart-card";
import { ChartPhaseCard } from "./chart-phase-card";
import styles from "./dashboard-charts.module.css";

interface DashboardChartsProps {
  charts: DashboardModel["charts"];
  stack: DashboardModel["chartStack"];
}

/**
 * The charts of the current query below the table: phase (stacked), Themenfeld, Ressort and
 * Priorität, each counting like its facet and toggling filters like it. One sentence sums them
 * up for the table's services; „Diagramme ausblenden“ leaves only that sentence (in the URL).
 */
export function DashboardCharts({ charts, stack }: DashboardChartsProps) {
  const models = charts.models;
  return (
    <section
      id="diagramme"
      className={styles.section}
      aria-labelledby="diagramme-titel"
      style={models ? (chartPaletteStyle() as CSSProperties) : undefined}
      data-testid="dashboard-charts"
      data-shown={charts.shown}
    >
      <div className={styles.head}>
        <h2 id="diagramme-titel" className="kern-heading-small">
          Diagramme
        </h2>
        <a href={charts.toggle.href} className="kern-link" data-testid="charts-toggle" data-focus-key="diagramme-umschalten">
          {charts.toggle.label}
        </a>
      </div>
      <p className={`kern-body ${styles.glance}`} data-testid="charts-glance">
        {charts.glance}
      </p>
      {models && (
        <div className={styles.grid}>
          <ChartPhaseCard model={models.phase} stack={stack} />
          <ChartCard model={models.ressort} />
          <ChartCard model={models.prioritaet} />
          <ChartCard model={models.themenfeld} />
        </div>
      )}
    </section>
  );
}
