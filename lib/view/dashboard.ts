/**
 * Everything the Übersicht draws, built from one request: the heading with the Stand choice,
 * notices, search, the filter column, chips, the export, the column choice, the table, pages,
 * the charts and the news beside them. Components render this model and compute nothing.
 * Server only.
 */
import "server-only";
import { type DashboardChartModels, DASHBOARD_CROSS_TABS, dashboardCharts } from "../charts/series";
import { formatDate } from "../format";
import { rowMarkers } from "../news/markers";
import { newsToday } from "../news/timeline";
import type { ParsedQuery } from "../params/query";
import type { ParamContext, ParamProblem } from "../params/problem";
import type { Query } from "../query/query";
import { STACK_OPTIONS, type StackField } from "../query/stack";
import { overviewHref } from "../routes";
import { FIELD_IDS, FIELDS, type FieldId } from "../vocabulary";
import { type ActiveFiltersModel, activeFilters } from "./active-filters";
import { type ExportLinkModel, exportLink } from "./export-link";
import { type FacetGroup, facetGroups } from "./facet-panel";
import { type HiddenInput, hiddenInputs } from "./hidden-inputs";
import { type NewsAsideModel, loadNewsAside } from "./news-aside";
import { type OverviewView, loadOverview } from "./overview";
import { type PaginationModel, pagination } from "./pagination";
import { reuseFacetGroup, withReuseFacet } from "./reuse-facet";
import { callMarkers, mergeMarkers } from "./reuse-public";
import { type TableModel, tableColumns, tableModel } from "./table-model";

export interface StandChoice {
  value: string;
  label: string;
}

export interface DashboardModel {
  heading: {
    stand: string;
    isNewest: boolean;
    /** Services in the Stand shown, before any filter. */
    allCount: number;
    staende: StandChoice[];
    standHidden: HiddenInput[];
  };
  problems: ParamProblem[];
  search: { q: string; hidden: HiddenInput[] };
  facets: FacetGroup[];
  activeFilters: ActiveFiltersModel;
  exportLink: ExportLinkModel;
  columnChooser: { options: { field: FieldId; header: string; checked: boolean }[]; hidden: HiddenInput[] };
  table: TableModel;
  pagination: PaginationModel;
  charts: DashboardChartModels;
  /** The stacking of the phase chart chosen in the URL, and the view with each stacking. */
  chartStack: { field: StackField; options: { field: StackField; label: string; href: string }[] };
  news: NewsAsideModel | null;
}

function standChoices(view: OverviewView): StandChoice[] {
  return [...view.staende].reverse().map((s, i) => ({ value: s, label: `${formatDate(s)}${i === 0 ? " (aktuell)" : ""}` }));
}

function columnChooser(query: Query): DashboardModel["columnChooser"] {
  const shown = new Set(tableColumns(query));
  return {
    options: FIELD_IDS.map((field) => ({ field, header: FIELDS[field].header, checked: shown.has(field) })),
    hidden: hiddenInputs(query, ["cols"]),
  };
}

export async function loadDashboard(parsed: ParsedQuery, context: ParamContext): Promise<DashboardModel> {
  const view = await loadOverview(parsed, context, { clampPage: true, dropUnknownValues: true, crossTabs: DASHBOARD_CROSS_TABS });
  const { query, result, dataset } = view;
  const ids = result.rows.map((r) => r.ozgId);
  const [newsMarkers, news] = await Promise.all([rowMarkers(ids), loadNewsAside()]);
  // An open call for reuse interest is marked in the row, before the news (it asks the reader to act).
  const markers = mergeMarkers(callMarkers(view.reuse.calls, ids, newsToday()), newsMarkers);
  return {
    heading: {
      stand: view.stand,
      isNewest: view.stand === view.newestStand,
      allCount: dataset.rows.length,
      staende: standChoices(view),
      standHidden: hiddenInputs(query, ["stand"]),
    },
    problems: view.problems,
    search: { q: query.q, hidden: hiddenInputs(query, ["q"]) },
    facets: withReuseFacet(facetGroups({ dataset, query, result }), reuseFacetGroup(query, result.derivedCounts[0])),
    activeFilters: activeFilters(query, result.total, dataset.rows.length),
    exportLink: exportLink(query, view.stand, result.total),
    columnChooser: columnChooser(query),
    table: tableModel(query, result.rows, markers, view.stand),
    pagination: pagination(query, result.total),
    charts: dashboardCharts({ dataset, query, result }),
    chartStack: {
      field: query.chart,
      options: STACK_OPTIONS.map((o) => ({ field: o.field, label: o.label, href: overviewHref({ ...query, chart: o.field }) })),
    },
    news,
  };
}
