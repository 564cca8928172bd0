/**
 * How the charts are drawn: sizes, margins, the look of selected and dimmed bars. Shared by the
 * lazily loaded Recharts component and its placeholder, so the page does not jump when the
 * chart arrives. Colours are CSS variables (see colors.ts). Client-safe.
 */
export interface ChartDrawConfig {
  /** Height of a chart with vertical bars, in px. */
  columnHeight: number;
  /** Height per bar of a chart with horizontal bars, plus the axis, in px. */
  rowHeight: number;
  axisHeight: number;
  /** Width of the category labels left of horizontal bars, in px. */
  labelWidth: number;
  margin: { top: number; right: number; bottom: number; left: number };
  maxBarSize: number;
  /** Below this width per column, category labels slant so they do not overlap. */
  minColumnWidth: number;
  slantedAxisHeight: number;
  /** Outline of a bar whose value is an active filter. */
  selectedStroke: string;
  selectedStrokeWidth: number;
  /** Opacity of the other bars while a value of the field is selected. */
  dimmedOpacity: number;
  /** Line between stacked segments, so adjacent colours stay apart (also two dark or two mid tones). */
  segmentStroke: string;
  segmentStrokeWidth: number;
  gridStroke: string;
  tickColor: string;
  cursorFill: string;
}

export const CHART_CONFIG = {
  columnHeight: 260,
  rowHeight: 26,
  axisHeight: 36,
  labelWidth: 200,
  margin: { top: 8, right: 16, bottom: 4, left: 4 },
  maxBarSize: 56,
  minColumnWidth: 72,
  slantedAxisHeight: 64,
  selectedStroke: "var(--kern-color-layout-text-default, #171a1f)",
  selectedStrokeWidth: 2,
  dimmedOpacity: 0.3,
  segmentStroke: "#ffffff",
  segmentStrokeWidth: 2,
  gridStroke: "var(--kern-color-layout-border, #7b7f88)",
  tickColor: "var(--kern-color-layout-text-default, #171a1f)",
  cursorFill: "rgba(11, 58, 99, 0.08)",
} satisfies ChartDrawConfig;

/** The height a chart needs: fixed for columns, by number of bars for horizontal bars. */
export function chartHeight(horizontal: boolean, bars: number): number {
  return horizontal ? bars * CHART_CONFIG.rowHeight + CHART_CONFIG.axisHeight : CHART_CONFIG.columnHeight;
}
