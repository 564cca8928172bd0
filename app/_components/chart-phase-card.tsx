import Link from "next/link";
import type { PhaseChartModel } from "@/lib/charts/model";
import { STACK_OPTIONS, type StackField } from "@/lib/charts/params";
import { ChartCard } from "./chart-card";
import styles from "./chart.module.css";

interface ChartPhaseCardProps {
  model: PhaseChartModel;
  /** The stacking chosen in the URL (Query.chart). */
  stackField: StackField;
  /** The view's URL with each stacking, for the switch. */
  stackHrefs: Record<StackField, string>;
  level?: 2 | 3;
}

/**
 * The phase chart of the dashboard, stacked by Umsetzungsmodell or Ressort as `chart=` in the
 * URL says. The switch is a link: the stacking is part of the view's URL, so every other link
 * of the page (filters, sort, pages) keeps it.
 */
export function ChartPhaseCard({ model, stackField, stackHrefs, level = 3 }: ChartPhaseCardProps) {
  const stack = model.stacks.find((s) => s.field === stackField) ?? model.stacks[0];

  const options = STACK_OPTIONS.filter((o) => model.stacks.some((s) => s.field === o.field));
  const controls =
    options.length > 1 ? (
      <div className={styles.switch} role="group" aria-label="Balken gestapelt nach">
        <span aria-hidden="true">Gestapelt nach:</span>
        {options.map((o) => (
          <Link
            key={o.field}
            href={stackHrefs[o.field]}
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
