"use client";

import { Suspense, lazy, useEffect, useRef, useState } from "react";
import { chartHeight } from "@/lib/charts/config";
import type { ChartBarsProps } from "./chart-bars";
import { ChartFallback } from "./chart-fallback";
import styles from "./chart.module.css";

// Recharts arrives in its own chunk after the page is usable; the links and tables are already there.
// A chart is drawn when its box comes near the viewport: the dashboard's charts sit below the
// table, and drawing four of them at load would hold up a phone's first interaction.
const NEAR_VIEWPORT = "300px 0px";

const ChartBars = lazy(() => import("./chart-bars").then((m) => ({ default: m.ChartBars })));

type ChartFigureProps = Omit<ChartBarsProps, "height">;

/**
 * The drawn chart, loaded lazily into a box of its final size (no layout shift) once the box is
 * near the viewport. Until it is drawn – and without JavaScript – the box holds the same numbers
 * as HTML bars.
 */
export function ChartFigure(props: ChartFigureProps) {
  const height = chartHeight(props.horizontal, props.values.length);
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    if (typeof IntersectionObserver === "undefined") return setNear(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        setNear(true);
        observer.disconnect();
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const fallback = <ChartFallback values={props.values} stack={props.stack} />;
  return (
    <div ref={box} className={styles.figure} style={{ height }} aria-hidden="true" data-testid="chart-figure">
      {near ? (
        <Suspense fallback={fallback}>
          <ChartBars {...props} height={height} />
        </Suspense>
      ) : (
        fallback
      )}
    </div>
  );
}
