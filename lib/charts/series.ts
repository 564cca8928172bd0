/**
 * Chart series from the query engine's results: each chart of a field counts exactly like that
 * field's facet (runQuery's facetCounts: all other filters and the search apply, the field's own
 * filter does not), in vocabulary order with "nicht festgelegt" last, so chart and facet agree.
 */
import type { Dataset, SingleControlledField } from "../dataset/dataset";
import { type Query, hrefFor, toggleFilter } from "../query/query";
import type { QueryResult } from "../query/run";
import { type ControlledField, FIELDS, NOT_SET, VOCABULARY, valueLabel } from "../vocabulary";
import { colorOf } from "./colors";
import { crossTabs } from "./crosstab";
import type { BarChartModel, ChartId, ChartStack, ChartValue, PhaseChartModel } from "./model";
import { STACK_OPTIONS, type StackField } from "./params";
import { chartSummary, selectionNote } from "./summary";

/** The inputs of every chart: one Stand, one query, and runQuery's result for them. */
export interface ChartSource {
  dataset: Dataset;
  query: Query;
  result: Pick<QueryResult, "facetCounts">;
  /** Where toggle links go (the dashboard, "/"). */
  path?: string;
}

/** As run.ts's facet lists: an empty cell is a value of its own unless the field can never be empty. */
function canBeEmpty(field: ControlledField): boolean {
  return field !== "themenfeld" && VOCABULARY[field].emptyMeans === NOT_SET;
}

/** Dictionary codes of a field in chart order: vocabulary order, "nicht festgelegt" (code 0) last. */
export function chartCodes(dataset: Dataset, field: ControlledField): number[] {
  const codes = dataset.dictionaries[field].map((_, code) => code).slice(1);
  return canBeEmpty(field) ? [...codes, 0] : codes;
}

function shortLabelOf(field: ControlledField, value: string): string {
  // Ressorts are known by their abbreviation; the axis has room for nothing longer.
  if (field === "ressort") return value === "" ? "ohne" : value;
  return valueLabel(field, value);
}

/** One value of a field as the chart shows it, with its count and its toggle link. */
export function chartValue(source: ChartSource, field: ControlledField, value: string, count: number): ChartValue {
  const { query, path = "/" } = source;
  return {
    value,
    label: valueLabel(field, value),
    shortLabel: shortLabelOf(field, value),
    count,
    selected: (query.filters[field] ?? []).includes(value),
    href: hrefFor(path, toggleFilter(query, field, value)),
    color: colorOf(field, value),
  };
}

/** The bars of a field's chart: its facet counts, in chart order. */
export function seriesFor(source: ChartSource, field: ControlledField): ChartValue[] {
  const { dataset, result } = source;
  const counts = result.facetCounts[field];
  const dictionary = dataset.dictionaries[field];
  return chartCodes(dataset, field).map((code) => chartValue(source, field, dictionary[code], counts[code]));
}

const TITLES: Record<ChartId, string> = {
  phase: "Leistungen nach Phase",
  themenfeld: "Leistungen nach Themenfeld",
  ressort: "Leistungen nach Ressort",
  prioritaet: "Leistungen nach Priorität",
};

const FIELD_OF: Record<ChartId, SingleControlledField> = {
  phase: "phase",
  themenfeld: "themenfeld",
  ressort: "ressort",
  prioritaet: "prioritaet",
};

export function barChart(source: ChartSource, id: ChartId): BarChartModel {
  const field = FIELD_OF[id];
  const values = seriesFor(source, field);
  const total = values.reduce((sum, v) => sum + v.count, 0);
  const fieldLabel = FIELDS[field].header;
  return {
    id,
    field,
    fieldLabel,
    title: TITLES[id],
    summary: chartSummary(id, values, total),
    selectionNote: selectionNote(fieldLabel, values.filter((v) => v.selected)),
    total,
    values,
    horizontal: id === "themenfeld",
  };
}

/** The phase chart with one stack per field in `stackBy` (cross-tabs over the phase facet's rows). */
export function phaseChart(source: ChartSource, stackBy: readonly StackField[]): PhaseChartModel {
  const base = barChart(source, "phase");
  const { dataset } = source;
  const phaseCodes = chartCodes(dataset, "phase");
  const tabs = crossTabs(dataset, source.query, "phase", stackBy);
  const stacks = tabs.map((tab): ChartStack => {
    const field = tab.colField as StackField;
    const segmentCodes = chartCodes(dataset, field);
    const counts = phaseCodes.map((p) => segmentCodes.map((s) => tab.counts[p][s]));
    const dictionary = dataset.dictionaries[field];
    const segments = segmentCodes.map((s, j) =>
      chartValue(source, field, dictionary[s], counts.reduce((sum, row) => sum + row[j], 0)),
    );
    const fieldLabel = STACK_OPTIONS.find((o) => o.field === field)?.label ?? FIELDS[field].header;
    return { field, fieldLabel, segments, counts };
  });
  return { ...base, id: "phase", stacks };
}

export interface DashboardChartModels {
  phase: PhaseChartModel;
  themenfeld: BarChartModel;
  ressort: BarChartModel;
  prioritaet: BarChartModel;
}

/** The dashboard's four charts for the current view; the phase chart carries both stackings. */
export function dashboardCharts(source: ChartSource): DashboardChartModels {
  return {
    phase: phaseChart(source, STACK_OPTIONS.map((o) => o.field)),
    themenfeld: barChart(source, "themenfeld"),
    ressort: barChart(source, "ressort"),
    prioritaet: barChart(source, "prioritaet"),
  };
}
