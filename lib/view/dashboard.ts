/**
 * Everything the Übersicht draws, built from one request: the heading with the Stand choice,
 * notices, search, the filter column, chips, the export, the column choice, the table, pages,
 * the charts and the news beside them. Components render this model and compute nothing.
 * Server only.
 */
import "server-only";
import { type DashboardChartModels, DASHBOARD_CROSS_TABS, dashboardCharts } from "../charts/series";
import { chartsGlance } from "../charts/glance";
import { deadlineBadges } from "../deadlines/deadline";
import { serviceDeadlines } from "../deadlines/service-deadlines";
import { filterWords } from "../export/filter-words";
import { formatDate, formatNumber } from "../format";
import { absoluteUrl } from "../http/base-url";
import { rowMarkers } from "../news/markers";
import { newsToday } from "../news/timeline";
import type { ParsedQuery } from "../params/query";
import type { ParamContext, ParamProblem } from "../params/problem";
import { type Query, hasActiveFilters } from "../query/query";
import { STACK_OPTIONS, type StackField } from "../query/stack";
import { changesFeedHref, overviewHref } from "../routes";
import { HISTORY_FIELDS } from "../overview/history-row";
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

/** „Geändert seit“ as a filter: the older Stände to choose from and the fields whose change counts. */
export interface ChangedSinceForm {
  choices: StandChoice[];
  selected: string | null;
  fields: { field: FieldId; header: string; checked: boolean }[];
  hidden: HiddenInput[];
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
  filter: {
    groups: FacetGroup[];
    changedSince: ChangedSinceForm | null;
    /** Active filters (search included), for the phone's „Filter (2)“ button. */
    activeCount: number;
    /** „12 Ergebnisse anzeigen“: closes the phone's filter panel. */
    showResults: string;
  };
  activeFilters: ActiveFiltersModel;
  exportLink: ExportLinkModel;
  /** The changes feed of this selection („Abonnieren“ near the export). */
  subscribe: { href: string; what: string };
  columnChooser: { options: { field: FieldId; header: string; checked: boolean }[]; hidden: HiddenInput[] };
  table: TableModel;
  pagination: PaginationModel;
  charts: {
    shown: boolean;
    /** The four charts; null while the user has collapsed them (diagramme=aus). */
    models: DashboardChartModels | null;
    /** One sentence about the table's services, also when the charts are collapsed. */
    glance: string;
    toggle: { href: string; label: string };
  };
  /** The stacking of the phase chart chosen in the URL, and the view with each stacking. */
  chartStack: { field: StackField; options: { field: StackField; label: string; href: string }[] };
  news: NewsAsideModel | null;
  /** What a printout says above the table: Stand, filters in words, date, the view's address. */
  print: { title: string; lines: string[] };
}

function standChoices(staende: readonly string[], newest: string): StandChoice[] {
  return [...staende].reverse().map((s) => ({ value: s, label: `${formatDate(s)}${s === newest ? " (aktuell)" : ""}` }));
}

function columnChooser(query: Query): DashboardModel["columnChooser"] {
  const shown = new Set(tableColumns(query));
  return {
    options: FIELD_IDS.map((field) => ({ field, header: FIELDS[field].header, checked: shown.has(field) })),
    hidden: hiddenInputs(query, ["cols"]),
  };
}

function changedSinceForm(view: OverviewView): ChangedSinceForm | null {
  const older = view.staende.filter((s) => s < view.stand);
  if (older.length === 0) return null;
  const { query } = view;
  return {
    choices: standChoices(older, view.newestStand),
    selected: query.geaendertSeit,
    fields: HISTORY_FIELDS.map((field) => ({ field, header: FIELDS[field].header, checked: query.geaendert.includes(field) })),
    hidden: hiddenInputs(query, ["geaendertSeit", "geaendert"]),
  };
}

function activeCount(query: Query): number {
  return (query.q ? 1 : 0) + (query.ozgIds.length > 0 ? 1 : 0) + (query.geaendertSeit ? 1 : 0) + Object.values(query.filters).reduce((n, v) => n + (v?.length ?? 0), 0);
}

function printTitle(view: OverviewView, baseUrl: string, today: string): DashboardModel["print"] {
  const { query, result, dataset } = view;
  const filters = [filterWords(query)];
  if (query.geaendertSeit) filters.push(`neu oder geändert seit ${formatDate(query.geaendertSeit)}`);
  return {
    title: `Nachnutzungsübersicht der OZG-Leistungen, Stand ${formatDate(view.stand)}`,
    lines: [
      `Filter: ${filters.join("; ")} – ${formatNumber(result.total)} von ${formatNumber(dataset.rowCount)} Leistungen`,
      `Ausgedruckt am ${formatDate(today)} · ${absoluteUrl(baseUrl, overviewHref(query))}`,
    ],
  };
}

export interface DashboardOptions {
  /** The app's public address, for the printout's link. */
  baseUrl: string;
}

export async function loadDashboard(parsed: ParsedQuery, context: ParamContext, options: DashboardOptions): Promise<DashboardModel> {
  const view = await loadOverview(parsed, context, { clampPage: true, dropUnknownValues: true, crossTabs: DASHBOARD_CROSS_TABS });
  const { query, result, dataset } = view;
  const ids = result.rows.map((r) => r.ozgId);
  const today = newsToday();
  const [newsMarkers, news, deadlines] = await Promise.all([rowMarkers(ids), loadNewsAside(), serviceDeadlines(ids)]);
  // An open call for reuse interest is marked in the row, before the news (it asks the reader to act).
  const markers = mergeMarkers(callMarkers(view.reuse.calls, ids, today), newsMarkers);
  const charts = dashboardCharts({ dataset, query, result });
  return {
    heading: {
      stand: view.stand,
      isNewest: view.stand === view.newestStand,
      allCount: dataset.rowCount,
      staende: standChoices(view.staende, view.newestStand),
      // A new Stand may not be newer than „geändert seit“: the Stand choice starts that filter afresh.
      standHidden: hiddenInputs(query, ["stand", "geaendertSeit", "geaendert"]),
    },
    problems: view.problems,
    search: { q: query.q, hidden: hiddenInputs(query, ["q"]) },
    filter: {
      groups: withReuseFacet(facetGroups({ dataset, query, result }), reuseFacetGroup(query, result.derivedCounts[0])),
      changedSince: changedSinceForm(view),
      activeCount: activeCount(query),
      showResults: result.total === 1 ? "1 Ergebnis anzeigen" : `${formatNumber(result.total)} Ergebnisse anzeigen`,
    },
    activeFilters: activeFilters(query, result.total, dataset.rowCount),
    exportLink: exportLink(query, view.stand, result.total),
    subscribe: {
      href: changesFeedHref(query),
      what: hasActiveFilters(query) ? "die Änderungen der Leistungen dieser Auswahl" : "die Änderungen aller Leistungen",
    },
    columnChooser: columnChooser(query),
    table: tableModel(query, result.rows, markers, view.stand, { deadlines: deadlineBadges(deadlines, today), changes: view.changes }),
    pagination: pagination(query, result.total),
    charts: {
      shown: query.chartsShown,
      models: query.chartsShown ? charts : null,
      glance: chartsGlance(charts, result.total),
      toggle: {
        href: `${overviewHref({ ...query, chartsShown: !query.chartsShown })}#diagramme`,
        label: query.chartsShown ? "Diagramme ausblenden" : "Diagramme anzeigen",
      },
    },
    chartStack: {
      field: query.chart,
      options: STACK_OPTIONS.map((o) => ({ field: o.field, label: o.label, href: overviewHref({ ...query, chart: o.field }) })),
    },
    news,
    print: printTitle(view, options.baseUrl, today),
  };
}
