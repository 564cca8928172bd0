import { type PhaseChartModel, withoutStacks } from "@/lib/charts/model";
import type { DashboardModel } from "@/lib/view/dashboard";
import { ChartCard } from "@/app/_components/chart-card";
import styles from "./dashboard-charts.module.css";

interface ChartPhaseCardProps {
  model: PhaseChartModel;
  /** The stacking chosen in the URL (Query.chart), and the view's URL with each stacking. */
  stack: DashboardModel["chartStack"];
  level?: 2 | 3;
}

/**
 * The phase chart of the dashboard, stacked by Umsetzungsmodell or Ressort as `chart=` in the
 * URL says. The switch is a link: the stacking is part of the view's URL, so every other link
 * of the page (filters, sort, pages) keeps it.
 */
export function ChartPhaseCard({ model, stack, level = 3 }: ChartPhaseCardProps) {
  const shown = model.stacks.find((s) => s.field === stack.field) ?? model.stacks[0];
  const options = stack.options.filter((o) => model.stacks.some((s) => s.field === o.field));
  const controls =
    options.length > 1 ? (
      <div className={styles.switch} role="group" aria-label="Balken gestapelt nach">
        <span aria-hidden="true">Gestapelt nach:</span>
        {options.map((o) => (
          <a
            key={o.field}
            href={o.href}
            className={styles.switchLink}
            aria-current={o.field === shown.field ? "true" : undefined}
            data-testid="chart-stack-switch"
            data-stack={o.field}
            data-focus-key={`stapel:${o.field}`}
          >
            {o.label}
          </a>
        ))}
      </div>
    ) : null;

  return <ChartCard model={withoutStacks(model)} stack={shown} level={level} controls={controls} />;
}
