import type { DashboardModel } from "@/lib/view/dashboard";
import { ActiveFilters } from "./active-filters";
import { ColumnChooser } from "./column-chooser";
import { DashboardCharts } from "./dashboard-charts";
import { DashboardHeading } from "./dashboard-heading";
import { ExportLink } from "@/app/_components/export-link";
import { FacetPanel } from "./facet-panel";
import { LeistungenTable } from "./leistungen-table";
import { NewsAside } from "./news-aside";
import { Pagination } from "./pagination";
import { ParamNotices } from "@/app/_components/param-notices";
import { SearchForm } from "./search-form";
import styles from "./dashboard.module.css";

interface DashboardProps {
  model: DashboardModel;
}

/** The Übersicht: search, facets, charts, the table and its tools, and the latest news. */
export function Dashboard({ model }: DashboardProps) {
  return (
    <div>
      <DashboardHeading heading={model.heading} />
      <ParamNotices problems={model.problems} />
      <SearchForm search={model.search} />
      <DashboardCharts charts={model.charts} stack={model.chartStack} />
      <div className={styles.body}>
        <FacetPanel groups={model.facets} />
        <section className={styles.results} aria-labelledby="ergebnisse-titel">
          <h2 id="ergebnisse-titel" className="kern-heading-small">
            Leistungen
          </h2>
          <ActiveFilters model={model.activeFilters} />
          <div className={styles.toolbar}>
            <ExportLink model={model.exportLink} />
            <ColumnChooser model={model.columnChooser} />
          </div>
          <LeistungenTable model={model.table} />
          <Pagination model={model.pagination} />
        </section>
        {model.news && <NewsAside model={model.news} className={styles.news} />}
      </div>
    </div>
  );
}
