/**
 * The charts as data: what a chart component draws, already counted, ordered, labelled and
 * coloured, with the toggle link of every value. Plain objects only (they cross to client
 * components); this module holds types and is free of server code.
 */
import type { FacetOption } from "../facets/options";
import type { StackField } from "../query/stack";
import type { ControlledField } from "../vocabulary";

export type ChartId = "phase" | "themenfeld" | "ressort" | "prioritaet";

/** One bar (or one stack segment kind): a value of the charted field, as its facet lists it. */
export interface ChartValue extends FacetOption {
  /** Label on the axis, e.g. "MI", "ohne". */
  axisLabel: string;
  /** CSS colour, e.g. "var(--phase-betrieb)". */
  color: string;
}

export interface ChartStack {
  field: StackField;
  /** German field name, e.g. "Umsetzungsmodell". */
  fieldLabel: string;
  /** Stack values in vocabulary order; `count` is the value's total in this chart, `href` toggles it. */
  segments: ChartValue[];
  /** counts[bar][segment], same order as `values` and `segments`; each row sums to the bar's count. */
  counts: number[][];
}

export interface BarChartModel {
  id: ChartId;
  field: ControlledField;
  /** German field name, e.g. "Phase". */
  fieldLabel: string;
  title: string;
  /** One German sentence about the numbers. */
  summary: string;
  /** Said when the field has a filter: which values are highlighted and why the others stay. */
  selectionNote: string | null;
  /** Services counted: the current view without this field's own filter. */
  total: number;
  /** Bars in vocabulary order, "nicht festgelegt" last. */
  values: ChartValue[];
  /** Long labels (Themenfeld) run the bars horizontally, with labels on the left. */
  horizontal: boolean;
  /**
   * Each bar has its value's own colour, so the value links are the legend (with swatches).
   * False for one-colour charts (Themenfeld) and for stacked charts, whose legend is the stack's.
   */
  valueColors: boolean;
}

/** The phase chart: bars by phase, stacked by one of `stacks` (the dashboard offers two). */
export interface PhaseChartModel extends BarChartModel {
  id: "phase";
  stacks: ChartStack[];
}

/** The bars without the stacks not drawn: what a chart sends to the browser is only what it shows. */
export function withoutStacks({ stacks: _stacks, ...bars }: PhaseChartModel): BarChartModel {
  return bars;
}
