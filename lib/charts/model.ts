/**
 * The charts as data: what a chart component draws, already counted, ordered, labelled and
 * coloured, with the toggle link of every value. Plain objects only (they cross to client
 * components); this module holds types and is free of server code.
 */
import type { ControlledField } from "../vocabulary";
import type { StackField } from "./params";

export type ChartId = "phase" | "themenfeld" | "ressort" | "prioritaet";

/** One bar (or one stack segment kind): a value of the charted field. */
export interface ChartValue {
  /** The filter value; "" is "nicht festgelegt". */
  value: string;
  /** Full label, e.g. "Ministerium für Inneres und Sport" or "nicht festgelegt". */
  label: string;
  /** Label on the axis, e.g. "MI". */
  shortLabel: string;
  count: number;
  /** The value is one of the field's active filters. */
  selected: boolean;
  /** The current view with this value toggled as a filter (as the facet's link). */
  href: string;
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
}

/** The phase chart: bars by phase, stacked by one of `stacks` (the dashboard offers two). */
export interface PhaseChartModel extends BarChartModel {
  id: "phase";
  stacks: ChartStack[];
}
