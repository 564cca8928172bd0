"use client";

import { useRouter } from "next/navigation";
import { type RefObject, useEffect, useRef, useState } from "react";
import { Bar, BarChart, type BarShapeProps, CartesianGrid, Rectangle, Tooltip, type TooltipContentProps, XAxis, YAxis } from "recharts";
import { CHART_CONFIG } from "@/lib/charts/config";
import type { ChartStack, ChartValue } from "@/lib/charts/model";
import { formatNumber } from "@/lib/format";
import styles from "./chart.module.css";

export interface ChartBarsProps {
  values: ChartValue[];
  /** Draw the bars stacked by this field's values. */
  stack?: ChartStack;
  horizontal: boolean;
  height: number;
}

/** One bar as Recharts reads it; segment counts (stacked charts) as s0, s1, … */
interface Datum extends ChartValue {
  [segment: `s${number}`]: number;
}

const SEGMENT_KEY = (j: number) => `s${j}` as const;

function TooltipBody({ active, payload }: TooltipContentProps) {
  if (!active || !payload?.length) return null;
  const datum = payload[0].payload as Datum;
  const parts = payload.filter((p) => p.dataKey !== "count" && Number(p.value) > 0);
  return (
    <div className={styles.tooltip}>
      <strong>
        {datum.label}: {formatNumber(datum.count)}
      </strong>
      {parts.length > 0 && (
        <ul>
          {parts.map((p) => (
            <li key={String(p.dataKey)}>
              <span className={styles.swatch} style={{ background: p.color }} />
              {p.name}: {formatNumber(Number(p.value))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The Recharts drawing of a chart model: bars in the given colours, the selected values
 * outlined and the others dimmed while the field has a filter. A click on a bar follows its
 * toggle link. Decorative for assistive technology: the links and the table beside it carry
 * the same content (the container is aria-hidden, Recharts' keyboard layer is off).
 */
export function ChartBars({ values, stack, horizontal, height }: ChartBarsProps) {
  const router = useRouter();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  // Labels slant when columns get narrower than a label (phones; "Pilotierung", "nicht festgelegt").
  const slanted = !horizontal && width > 0 && width / values.length < CHART_CONFIG.minColumnWidth;
  const hasSelection = values.some((v) => v.selected);
  const data: Datum[] = values.map((v, i) => {
    const datum = { ...v } as Datum;
    stack?.counts[i].forEach((count, j) => (datum[SEGMENT_KEY(j)] = count));
    return datum;
  });

  function shape(color: string | undefined) {
    function BarShape(props: BarShapeProps) {
      const datum = props.payload as Datum;
      const dim = hasSelection && !datum.selected;
      return (
        <Rectangle
          {...props}
          fill={color ?? datum.color}
          fillOpacity={dim ? CHART_CONFIG.dimmedOpacity : 1}
          stroke={datum.selected ? CHART_CONFIG.selectedStroke : stack ? CHART_CONFIG.segmentStroke : "none"}
          strokeWidth={datum.selected ? CHART_CONFIG.selectedStrokeWidth : stack ? CHART_CONFIG.segmentStrokeWidth : 0}
          className={styles.bar}
          data-value={datum.value}
          data-selected={datum.selected || undefined}
        />
      );
    }
    return BarShape;
  }

  const follow = (item: { payload?: Datum }) => {
    if (item.payload) router.push(item.payload.href, { scroll: false });
  };

  // German number format on the axis too ("22.000", not "22000").
  const valueAxis = { type: "number" as const, allowDecimals: false, tickFormatter: (n: number) => formatNumber(n), tick: { fill: CHART_CONFIG.tickColor, fontSize: 13 } };
  const categoryAxis = {
    type: "category" as const,
    dataKey: "axisLabel",
    interval: 0,
    tick: { fill: CHART_CONFIG.tickColor, fontSize: horizontal ? 13 : 12 },
    ...(slanted ? { angle: -40, textAnchor: "end" as const, height: CHART_CONFIG.slantedAxisHeight } : {}),
  };
  const bars = stack
    ? stack.segments.map((segment, j) => (
        <Bar
          key={segment.value || "nicht festgelegt"}
          dataKey={SEGMENT_KEY(j)}
          name={segment.label}
          stackId="stack"
          fill={segment.color}
          shape={shape(segment.color)}
          maxBarSize={CHART_CONFIG.maxBarSize}
          isAnimationActive={false}
          onClick={follow}
        />
      ))
    : [
        <Bar
          key="count"
          dataKey="count"
          name="Leistungen"
          shape={shape(undefined)}
          maxBarSize={CHART_CONFIG.maxBarSize}
          isAnimationActive={false}
          onClick={follow}
        />,
      ];

  return (
    <div ref={box} className={styles.drawing}>
      <BarChart
        data={data}
        layout={horizontal ? "vertical" : "horizontal"}
        height={height}
        responsive
        style={{ width: "100%", height }}
        margin={CHART_CONFIG.margin}
        accessibilityLayer={false}
        barCategoryGap="18%"
      >
        <CartesianGrid stroke={CHART_CONFIG.gridStroke} strokeOpacity={0.35} horizontal={!horizontal} vertical={horizontal} />
        {horizontal ? (
          <>
            <XAxis {...valueAxis} />
            <YAxis {...categoryAxis} width={CHART_CONFIG.labelWidth} />
          </>
        ) : (
          <>
            <XAxis {...categoryAxis} />
            <YAxis {...valueAxis} width={52} />
          </>
        )}
        <Tooltip content={TooltipBody} cursor={{ fill: CHART_CONFIG.cursorFill }} isAnimationActive={false} />
        {bars}
      </BarChart>
    </div>
  );
}

/** Width of an element, followed as it resizes (0 until measured). */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
