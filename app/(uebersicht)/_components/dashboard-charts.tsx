import type { CSSProperties } from "react";
import { chartPaletteStyle } from "@/lib/charts/colors";
import type { DashboardChartModels } from "@/lib/charts/series";
import type { DashboardModel } from "@/lib/view/dashboard";
import { ChartCard } from "@/app/_components/chart-card";
import { ChartPhaseCard } from "./chart-phase-card";
import styles from "./dashboard-charts.module.css";
import { ResponsiveDetails } from "./responsive-details";

interface DashboardChartsProps {
  charts: DashboardChartModels;
  stack: DashboardModel["chartStack"];
}

/**
 * The charts of the current query: phase (stacked), Themenfeld, Ressort and Priorität. Each
 * counts like its facet and toggles filters like it; the numbers arrive with the page, the
 * drawing follows lazily.
 */
export function DashboardCharts({ charts, stack }: DashboardChartsProps) {
  return (
    <section className={styles.section} aria-labelledby="diagramme-titel" style={chartPaletteStyle() as CSSProperties} data-testid="dashboard-charts">
      <ResponsiveDetails
        summary={
          <h2 id="diagramme-titel" className="kern-heading-small">
            Diagramme
          </h2>
        }
      >
        <div className={styles.grid}>
          <ChartPhaseCard model={charts.phase} stack={stack} />
          <ChartCard model={charts.ressort} />
          <ChartCard model={charts.prioritaet} />
          <ChartCard model={charts.themenfeld} />
        </div>
      </ResponsiveDetails>
    </section>
  );
}
