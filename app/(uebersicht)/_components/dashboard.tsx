import type { DashboardModel } from "@/lib/view/dashboard";
import { RESULTS_ANCHOR } from "@/lib/routes";
import { ExportLink } from "@/app/_components/export-link";
import { ParamNotices } from "@/app/_components/param-notices";
import { ActiveFilters } from "./active-filters";
import { ColumnChooser } from "./column-chooser";
import { DashboardCharts } from "./dashboard-charts";
import { DashboardHeading } from "./dashboard-heading";
import { FilterArea } from "./filter-area";
import { FocusKeeper } from "./focus-keeper";
import { LeistungenTable } from "./leistungen-table";
import { NewsAside } from "./news-aside";
import { Pagination } from "./pagination";
import { PrintTitle } from "./print-title";
import { RememberView } from "./remember-view";
import { SearchForm } from "./search-form";
import { SubscribeDetails } from "./subscribe-details";
import styles from "./dashboard.module.css";
import { CLIENT_NAV_SCOPE } from "@/lib/view/client-navigation";

interface DashboardProps {
  model: DashboardModel;
}

/**
 * The Übersicht, results first: under the search the count, the active filters, export and the
 * table; the charts below it; the filters beside it (on phones behind „Filter“); the news aside.
 */
export function Dashboard({ model }: DashboardProps) {
  return (
    <div {...CLIENT_NAV_SCOPE}>
      <FocusKeeper fallbackId="ergebnisse-titel" />
      <RememberView />
      <DashboardHeading heading={model.heading} />
      <ParamNotices problems={model.problems} />
      <SearchForm search={model.search} />
      <div className={styles.body}>
        <FilterArea model={model.filter} />
        <div className={styles.main}>
          <section id={RESULTS_ANCHOR} tabIndex={-1} className={styles.results} aria-labelledby="ergebnisse-titel">
            <PrintTitle model={model.print} />
            <h2 id="ergebnisse-titel" className="kern-heading-small" tabIndex={-1}>
              Leistungen
            </h2>
            <ActiveFilters model={model.activeFilters} />
            <div className={styles.toolbar}>
              <ExportLink model={model.exportLink} />
              <ColumnChooser model={model.columnChooser} />
              <SubscribeDetails model={model.subscribe} />
            </div>
            <LeistungenTable model={model.table} />
            <Pagination model={model.pagination} />
          </section>
          <DashboardCharts charts={model.charts} stack={model.chartStack} />
        </div>
        {model.news && <NewsAside model={model.news} className={styles.news} />}
      </div>
    </div>
  );
}
