"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import type { PhaseChartModel } from "@/lib/charts/model";
import { STACK_OPTIONS, parseStackField, withStackParam } from "@/lib/charts/params";
import { ChartCard } from "./chart-card";
import styles from "./chart.module.css";

interface ChartPhaseCardProps {
  model: PhaseChartModel;
  level?: 2 | 3;
}

/**
 * The phase chart of the dashboard, stacked by Umsetzungsmodell or Ressort as `chart=` in the
 * URL says. The switch is a link: the stacking is part of the view's URL, so every other link
 * of the page (filters, sort, pages) keeps it.
 */
export function ChartPhaseCard({ model, level = 3 }: ChartPhaseCardProps) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const field = parseStackField(searchParams);
  const stack = model.stacks.find((s) => s.field === field) ?? model.stacks[0];
  const current = searchParams.toString() ? `${pathname}?${searchParams.toString()}` : pathname;

  const options = STACK_OPTIONS.filter((o) => model.stacks.some((s) => s.field === o.field));
  const controls =
    options.length > 1 ? (
      <div className={styles.switch} role="group" aria-label="Balken gestapelt nach">
        <span aria-hidden="true">Gestapelt nach:</span>
        {options.map((o) => (
          <Link
            key={o.field}
            href={withStackParam(current, o.field)}
            scroll={false}
            className={styles.switchLink}
            aria-current={o.field === stack.field ? "true" : undefined}
            data-testid="chart-stack-switch"
            data-stack={o.field}
          >
            {o.label}
          </Link>
        ))}
      </div>
    ) : null;

  return <ChartCard model={model} stack={stack} level={level} controls={controls} />;
}
