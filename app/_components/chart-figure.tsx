"use client";

import { Suspense, lazy, useEffect, useState } from "react";
import { chartHeight } from "@/lib/charts/config";
import type { ChartBarsProps } from "./chart-bars";
import { ChartFallback } from "./chart-fallback";
import styles from "./chart.module.css";

// Recharts arrives in its own chunk after the page is usable; the links and tables are already there.
const ChartBars = lazy(() => import("./chart-bars").then((m) => ({ default: m.ChartBars })));

type ChartFigureProps = Omit<ChartBarsProps, "height">;

/**
 * The drawn chart, loaded lazily into a box of its final size (no layout shift). Until it is
 * drawn – and without JavaScript – the box holds the same numbers as HTML bars.
 */
export function ChartFigure(props: ChartFigureProps) {
  const height = chartHeight(props.horizontal, props.values.length);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const fallback = <ChartFallback values={props.values} stack={props.stack} />;
  return (
    <div className={styles.figure} style={{ height }} aria-hidden="true" data-testid="chart-figure">
      {mounted ? (
        <Suspense fallback={fallback}>
          <ChartBars {...props} height={height} />
        </Suspense>
      ) : (
        fallback
      )}
    </div>
  );
}
