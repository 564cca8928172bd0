"use client";

import dynamic from "next/dynamic";
import { chartHeight } from "@/lib/charts/config";
import type { ChartBarsProps } from "./chart-bars";
import styles from "./chart.module.css";

// Recharts arrives in its own chunk after the page is usable; the links and tables are already there.
const ChartBars = dynamic(() => import("./chart-bars").then((m) => m.ChartBars), { ssr: false });

type ChartFigureProps = Omit<ChartBarsProps, "height">;

/** The drawn chart, loaded lazily into a box of its final size (no layout shift). */
export function ChartFigure(props: ChartFigureProps) {
  const height = chartHeight(props.horizontal, props.values.length);
  return (
    <div className={styles.figure} style={{ height }} aria-hidden="true" data-testid="chart-figure">
      <ChartBars {...props} height={height} />
    </div>
  );
}
