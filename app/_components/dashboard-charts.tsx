import type { CSSProperties } from "react";
import { chartPaletteStyle } from "@/lib/charts/colors";
import { dashboardCharts } from "@/lib/charts/series";
import { hrefFor } from "@/lib/query/query";
import type { OverviewView } from "@/lib/view/overview-view";
import { ChartCard } from "./chart-card";
import { ChartPhaseCard } from "./chart-phase-card";
import styles from "./chart.module.css";
import { ResponsiveDetails } from "./responsive-details";

interface DashboardChartsProps {
  view: OverviewView;
}

/**
 * The charts of the current query: phase (stacked), Themenfeld, Ressort and Priorität. Each
 * counts like its facet and toggles filters like it; the numbers arrive with the page, the
 * drawing follows lazily.
 */
export function DashboardCharts({ view }: DashboardChartsProps) {
  const charts = dashboardCharts({ dataset: view.dataset, query: view.query, result: view.result });
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
          <ChartPhaseCard
            model={charts.phase}
            stackField={view.query.chart}
            stackHrefs={{
              umsetzungsmodell: hrefFor("/", { ...view.query, chart: "umsetzungsmodell" }),
              ressort: hrefFor("/", { ...view.query, chart: "ressort" }),
            }}
          />
          <ChartCard model={charts.ressort} />
          <ChartCard model={charts.prioritaet} />
          <ChartCard model={charts.themenfeld} />
        </div>
      </ResponsiveDetails>
    </section>
  );
}
