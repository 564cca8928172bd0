/**
 * Chart series from the query engine's results: each chart of a field counts exactly like that
 * field's facet (the same facet options: all other filters and the search apply, the field's own
 * filter does not), in vocabulary order with "nicht festgelegt" last, so chart and facet agree.
 * The stacked phase chart reads the cross-tabs that runQuery counted in the same pass.
 */
import { type FacetSource, facetCodes, facetOption, facetOptions } from "../facets/options";
import type { CrossTabSpec, QueryResult } from "../query/run";
import { STACK_OPTIONS, type StackField } from "../query/stack";
import { type ControlledField, FIELDS, type SingleControlledField } from "../vocabulary";
import { colorOf } from "./colors";
import type { BarChartModel, ChartId, ChartStack, ChartValue, PhaseChartModel } from "./model";
import { chartSummary, scopedSummary, selectionNote } from "./summary";

/** The inputs of every chart: one Stand, one query, and runQuery's result for them. */
export interface ChartSource extends FacetSource {
  result: Pick<QueryResult, "facetCounts" | "crossTabs">;
}

/** The cross-tabs the phase chart stacked by `stackBy` needs; pass them to runQuery. */
export function phaseStackTabs(stackBy: readonly StackField[]): CrossTabSpec[] {
  return stackBy.map((colField) => ({ rowField: "phase", colField }));
}

/** Every stacking the dashboard offers. */
export const DASHBOARD_CROSS_TABS = phaseStackTabs(STACK_OPTIONS.map((o) => o.field));

function asChartValue<T extends { field: ControlledField; value: string; shortLabel: string }>(option: T): T & Pick<ChartValue, "axisLabel" | "color"> {
  // Ressorts are known by their abbreviation; the axis has room for nothing longer.
  const axisLabel = option.field === "ressort" && option.value === "" ? "ohne" : option.shortLabel;
  return { ...option, axisLabel, color: colorOf(option.field, option.value) };
}

/** The bars of a field's chart: its facet options, in facet order. */
export function seriesFor(source: ChartSource, field: ControlledField): ChartValue[] {
  return facetOptions(source, field).map(asChartValue);
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

/** Charts drawn in one colour: their value links need no swatches. */
const SINGLE_COLOUR: ReadonlySet<ChartId> = new Set(["themenfeld"]);

/** Fields whose long labels run the bars horizontally, with labels on the left. */
const HORIZONTAL: ReadonlySet<ChartId> = new Set(["themenfeld"]);

export function barChart(source: ChartSource, id: ChartId): BarChartModel {
  const field = FIELD_OF[id];
  const values = seriesFor(source, field);
  const total = values.reduce((sum, v) => sum + v.count, 0);
  const fieldLabel = FIELDS[field].header;
  const selected = values.filter((v) => v.selected);
  return {
    id,
    field,
    fieldLabel,
    title: TITLES[id],
    summary: scopedSummary(chartSummary(id, values, total), fieldLabel, selected.length > 0),
    selectionNote: selectionNote(selected),
    total,
    values,
    horizontal: HORIZONTAL.has(id),
    valueColors: !SINGLE_COLOUR.has(id),
  };
}

/** The phase chart with one stack per field in `stackBy`; the result must hold phaseStackTabs(stackBy). */
export function phaseChart(source: ChartSource, stackBy: readonly StackField[]): PhaseChartModel {
  const base = barChart(source, "phase");
  const { dataset } = source;
  const phaseCodes = facetCodes(dataset, "phase");
  const stacks = stackBy.map((field): ChartStack => {
    const tab = source.result.crossTabs.find((t) => t.rowField === "phase" && t.colField === field);
    if (!tab) throw new Error(`runQuery was run without the cross-tab phase × ${field}`);
    const segmentCodes = facetCodes(dataset, field);
    const counts = phaseCodes.map((p) => segmentCodes.map((s) => tab.counts[p][s]));
    const dictionary = dataset.dictionaries[field];
    const segments = segmentCodes.map((s, j) =>
      asChartValue(facetOption(source, field, dictionary[s], counts.reduce((sum, row) => sum + row[j], 0))),
    );
    const fieldLabel = STACK_OPTIONS.find((o) => o.field === field)?.label ?? FIELDS[field].header;
    return { field, fieldLabel, segments, counts };
  });
  // The bars are coloured by the stack's values: its legend is the only one.
  return { ...base, id: "phase", stacks, valueColors: stacks.length === 0 };
}

export interface DashboardChartModels {
  phase: PhaseChartModel;
  themenfeld: BarChartModel;
  ressort: BarChartModel;
  prioritaet: BarChartModel;
}

/** The dashboard's four charts for the current view; the result must hold DASHBOARD_CROSS_TABS. */
export function dashboardCharts(source: ChartSource): DashboardChartModels {
  return {
    phase: phaseChart(source, STACK_OPTIONS.map((o) => o.field)),
    themenfeld: barChart(source, "themenfeld"),
    ressort: barChart(source, "ressort"),
    prioritaet: barChart(source, "prioritaet"),
  };
}
