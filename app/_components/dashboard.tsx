import type { OverviewView } from "@/lib/view/overview-view";
import { ActiveFilters } from "./active-filters";
import { ColumnChooser } from "./column-chooser";
import { DashboardCharts } from "./dashboard-charts";
import { DashboardHeading } from "./dashboard-heading";
import { ExportLink } from "./export-link";
import { FacetPanel } from "./facet-panel";
import { LeistungenTable } from "./leistungen-table";
import { NewsAside } from "./news-aside";
import { Pagination } from "./pagination";
import { ParamNotices } from "./param-notices";
import { SearchForm } from "./search-form";
import { rowMarkers } from "@/lib/news/markers";
import { tableColumns, tableSortLinks } from "@/lib/view/table-model";

interface DashboardProps {
  view: OverviewView;
}

/** The Übersicht: search, facets, charts, the table and its tools, and the latest news. */
export async function Dashboard({ view }: DashboardProps) {
  const { query, result } = view;
  const columns = tableColumns(query);
  const markers = await rowMarkers(result.rows.map((r) => r.ozgId));
  return (
    <div className="dashboard">
      <DashboardHeading view={view} />
      <ParamNotices problems={view.problems} />
      <SearchForm query={query} />
      <DashboardCharts view={view} />
      <div className="dashboard__body">
        <FacetPanel query={query} facets={result.facets} />
        <section className="dashboard__results" aria-labelledby="ergebnisse-titel">
          <h2 id="ergebnisse-titel" className="kern-heading-small">
            Leistungen
          </h2>
          <ActiveFilters query={query} total={result.total} allCount={view.dataset.rows.length} />
          <div className="results-toolbar">
            <ExportLink query={query} stand={view.stand} total={result.total} />
            <ColumnChooser query={query} />
          </div>
          <LeistungenTable
            rows={result.rows}
            columns={columns}
            sortLinks={tableSortLinks(query, columns)}
            q={query.q}
            markers={markers}
            stand={query.stand}
            caption={`Leistungen, Stand ${view.stand}`}
          />
          <Pagination query={query} total={result.total} />
        </section>
        <NewsAside />
      </div>
    </div>
  );
}
